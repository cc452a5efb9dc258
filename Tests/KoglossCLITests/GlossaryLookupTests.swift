import Foundation
import Testing

/// `kogloss lookup` end to end, on a copy of the test glossary in a temporary project folder.
@Suite struct GlossaryLookupTests {
    static let sample = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/glossary/kogloss-sample.tbx")

    /// A project folder with glossary/sample.tbx.
    static func project() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory("kogloss-glossary")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("glossary"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: sample, to: dir.appendingPathComponent("glossary/sample.tbx"))
        return dir
    }

    @Test func koreanWithParticleFindsTheConcept() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["lookup", "보위국의"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("보위국 -> Military Security Command  [bowiguk, institution]"))
        #expect(r.stdout.contains("MSC (admitted, acronym)"))
        #expect(r.stdout.contains("valid: from 2016-03-20"))
        #expect(r.stdout.contains("note: Daily NK English still writes"))
    }

    @Test func northSouthSpellingAndRomanisation() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLIRunner.run(["lookup", "노동신문"], in: dir).stdout.contains("Rodong Sinmun"))
        let kim = try CLIRunner.run(["lookup", "Kim", "Jong-un"], in: dir)
        #expect(kim.stdout.contains("'Kim Jong-un' is deprecated, use 'Kim Jong Un'"))
    }

    @Test func jsonForScripts() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["lookup", "lance corporals", "--json"], in: dir)
        #expect(r.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(array.first?["id"] as? String == "lance-corporal")
        #expect((array.first?["match"] as? [String: Any])?["kind"] as? String == "inflection")
        #expect((array.first?["preferred"] as? [String: String])?["ko"] == "상등병")
    }

    @Test func noMatchExitsOne() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["lookup", "qqqzzz"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("no match for 'qqqzzz'"))
    }

    @Test func glossaryFlagSelectsAnotherTermbase() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-glossary")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["lookup", "MSS", "--glossary", CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/glossary/martif-2008.tbx").path], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.contains("국가보위성 -> Ministry of State Security"))
        let missing = try CLIRunner.run(["lookup", "MSS"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no termbase at"))
    }

    @Test func malformedTermbaseExits65WithLocation() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<text><body>\n".utf8).write(to: dir.appendingPathComponent("glossary/broken.tbx"))
        let r = try CLIRunner.run(["lookup", "보위국"], in: dir)
        #expect(r.status == 65)
        #expect(r.stderr.contains("broken.tbx:2:"))
        #expect(r.stderr.contains("unexpected end of file"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}
