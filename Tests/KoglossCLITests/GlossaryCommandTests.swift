import Foundation
import Testing

/// `kogloss glossary ...` end to end.
@Suite struct GlossaryCommandTests {
    func project() throws -> URL { try GlossaryLookupTests.project() }

    func file(_ dir: URL) throws -> String {
        try String(contentsOf: dir.appendingPathComponent("glossary/sample.tbx"), encoding: .utf8)
    }

    @Test func addEditShowRemove() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try file(dir)
        let add = try CLIRunner.run(["glossary", "add", "--ko", "국가보위성", "--en", "Ministry of State Security", "--en", "MSS",
                                     "--en-deprecated", "State Security Department", "--subject", "institution",
                                     "--valid-from", "2016-06-29", "--note", "Daily NK writes MSS."], in: dir)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("added ministry-of-state-security"))
        let after = try file(dir)
        // The existing concepts are untouched: the file only grew by the new concept.
        let removedLines = Set(before.split(separator: "\n")).subtracting(after.split(separator: "\n"))
        #expect(removedLines.isEmpty)
        let dup = try CLIRunner.run(["glossary", "add", "--id", "bowiguk", "--ko", "가", "--en", "a"], in: dir)
        #expect(dup.status == 1)
        #expect(dup.stderr.contains("already exists"))

        let edit = try CLIRunner.run(["glossary", "edit", "ministry-of-state-security", "--prefer", "MSS", "--deprecate", "Ministry of State Security",
                                      "--ref", "related:bowiguk"], in: dir)
        #expect(edit.status == 0, "\(edit.stderr)")
        let show = try CLIRunner.run(["glossary", "show", "ministry-of-state-security", "--json"], in: dir)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect((json["preferred"] as? [String: String])?["en"] == "MSS")
        #expect(json["validFrom"] as? String == "2016-06-29")
        #expect((json["crossReferences"] as? [[String: String]])?.first?["target"] == "bowiguk")

        let rm = try CLIRunner.run(["glossary", "rm", "ministry-of-state-security"], in: dir)
        #expect(rm.status == 0)
        #expect(try file(dir) == before)
        let rmMissing = try CLIRunner.run(["glossary", "rm", "nope"], in: dir)
        #expect(rmMissing.status == 1)
    }

    @Test func usageErrorsExitTwo() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["glossary", "add", "--ko", "가", "--en", "a", "--subject", "weather"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown subject field 'weather'"))
        #expect(try CLIRunner.run(["glossary", "add", "--ko", "가"], in: dir).status == 2)
    }

    @Test func listFiltersBySubjectAndStatus() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let institutions = try CLIRunner.run(["glossary", "list", "--subject", "institution"], in: dir)
        #expect(institutions.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["bowiguk", "bowisaryeongbu"])
        let deprecated = try CLIRunner.run(["glossary", "list", "--status", "deprecated"], in: dir)
        #expect(deprecated.stdout == "kim-jong-un\t김정은\tKim Jong Un\tperson\n")
        let stats = try CLIRunner.run(["glossary", "stats", "--json"], in: dir)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(json["concepts"] as? Int == 6)
        #expect(json["terms"] as? Int == 15)
    }

    @Test func validateReportsProblems() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let clean = try CLIRunner.run(["glossary", "validate"], in: dir)
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("sample.tbx:50: warning: [bowisaryeongbu] en term 'Military Security Command' is also a term of bowiguk"))
        _ = try CLIRunner.run(["glossary", "add", "--id", "x1", "--ko", "가나", "--en", "Kim Jong-un", "--ref", "successor:nowhere"], in: dir)
        _ = try CLIRunner.run(["glossary", "add", "--id", "x2", "--ko", "다라", "--en", "Foo", "--en", "Foo2"], in: dir)
        _ = try CLIRunner.run(["glossary", "edit", "x2", "--set-status", "Foo2=preferred", "--set-status", "Foo=deprecated"], in: dir)
        _ = try CLIRunner.run(["glossary", "edit", "x2", "--deprecate", "Foo2", "--add-en", "Bar"], in: dir)
        let r = try CLIRunner.run(["glossary", "validate"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains("error: [x1] dangling cross reference to 'nowhere'"))
        #expect(r.stdout.contains("error: [x1] en term 'Kim Jong-un' is preferred in one concept and deprecated in another"))
        #expect(r.stdout.contains("warning: [x2] no preferred English term"))
    }

    @Test func exportAndImportCSVRoundTrip() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        for layout in ["term", "concept"] {
            let csv = dir.appendingPathComponent("out-\(layout).csv")
            let export = try CLIRunner.run(["glossary", "export", csv.path, "--layout", layout], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let fresh = dir.appendingPathComponent("fresh-\(layout).tbx")
            let imp = try CLIRunner.run(["glossary", "import", csv.path, "--glossary", fresh.path], in: dir)
            #expect(imp.status == 0, "\(imp.stderr)")
            #expect(imp.stdout.contains("6 added"))
            let list = try CLIRunner.run(["glossary", "list", "--glossary", fresh.path], in: dir)
            #expect(list.stdout == (try CLIRunner.run(["glossary", "list"], in: dir)).stdout)
        }
        // Importing again clashes unless --replace.
        let again = try CLIRunner.run(["glossary", "import", dir.appendingPathComponent("out-term.csv").path], in: dir)
        #expect(again.status == 1)
        let replace = try CLIRunner.run(["glossary", "import", dir.appendingPathComponent("out-term.csv").path, "--replace"], in: dir)
        #expect(replace.stdout.contains("6 replaced"))
    }

    @Test func exportTBXToStdoutAndImportTBX2008() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLIRunner.run(["glossary", "export", "--format", "tbx"], in: dir)
        #expect(out.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\""))
        let imp = try CLIRunner.run(["glossary", "import", CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/glossary/martif-2008.tbx").path], in: dir)
        #expect(imp.status == 0)
        #expect(imp.stderr.contains("warning:"))
        #expect(try CLIRunner.run(["lookup", "국가보위성에서"], in: dir).stdout.contains("Ministry of State Security"))
    }

    @Test func eightConcurrentAddsAllLand() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Eight processes started together, each adding one concept.
        let processes = try (0..<8).map { i -> Process in
            let p = Process()
            p.executableURL = CLIRunner.binary
            p.arguments = ["glossary", "add", "--ko", "용어\(i)", "--en", "Concurrent term \(i)"]
            p.currentDirectoryURL = dir
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            return p
        }
        for p in processes { p.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: 8))
        let list = try CLIRunner.run(["glossary", "list"], in: dir)
        for i in 0..<8 { #expect(list.stdout.contains("concurrent-term-\(i)\t용어\(i)")) }
        #expect(list.stdout.split(separator: "\n").count == 14)
    }
}
