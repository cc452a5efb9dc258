import Foundation
import Testing

/// End-to-end tests of `kogloss lint`: the seeds against the starter glossary, fixes, formats, exit
/// statuses and bad input.
@Suite struct LintCommandTests {
    static let seeds = CLIRunner.packageRoot.appendingPathComponent("seeds")
    static let starter = CLIRunner.packageRoot.appendingPathComponent("glossary").path
    static let testGlossary = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/lint/glossary.tbx").path
    static let seed000 = "000_31914b20eae98fcb"

    func copySeed(_ base: String, to dir: URL) throws {
        for suffix in [".txt", ".ko.txt"] {
            try FileManager.default.copyItem(at: Self.seeds.appendingPathComponent(base + suffix), to: dir.appendingPathComponent(base + suffix))
        }
    }

    @Test func seedFindingsWithTheStarterGlossary() throws {
        let r = try CLIRunner.run(["lint", "seeds/\(Self.seed000).txt", "--source", "seeds/\(Self.seed000).ko.txt", "--glossary", Self.starter])
        #expect(r.status == 1)
        let deprecated = r.stdout.split(separator: "\n").filter { $0.hasSuffix("[deprecated-term]") }
        #expect(deprecated.count == 6)
        #expect(deprecated.allSatisfy { $0.contains("'Strategic Military Command'") && $0.contains("'Strategic Force'") })
        #expect(r.stdout.contains("seeds/\(Self.seed000).txt:1:169: error:"))
        #expect(r.stdout.contains("'MMO' is used before it is introduced"))
        #expect(!r.stdout.contains("\u{1B}["), "NO_COLOR and a pipe: no colour")
        #expect(r.stdout.hasSuffix("in 1 file\n"))
    }

    @Test func fixThenLintCleanOfFixableRules() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try copySeed(Self.seed000, to: dir)
        let en = dir.appendingPathComponent(Self.seed000 + ".txt")
        let dry = try CLIRunner.run(["lint", en.path, "--source", dir.appendingPathComponent(Self.seed000 + ".ko.txt").path, "--glossary", Self.starter, "--fix", "--dry-run"])
        #expect(dry.stdout.contains("-Any graduates who have family members in correctional facilities or have missing relatives are banned from entering the Strategic Military Command"))
        #expect(try Data(contentsOf: en) == Data(contentsOf: Self.seeds.appendingPathComponent(Self.seed000 + ".txt")), "dry run changes nothing")
        let fixed = try CLIRunner.run(["lint", en.path, "--source", dir.appendingPathComponent(Self.seed000 + ".ko.txt").path, "--glossary", Self.starter, "--fix"])
        #expect(fixed.stdout.components(separatedBy: "fixed: 'Strategic Military Command' -> 'Strategic Force'").count - 1 == 6)
        let original = try String(contentsOf: Self.seeds.appendingPathComponent(Self.seed000 + ".txt"), encoding: .utf8)
        #expect(try String(contentsOf: en, encoding: .utf8) == original.replacingOccurrences(of: "Strategic Military Command", with: "Strategic Force"))
        let again = try CLIRunner.run(["lint", en.path, "--glossary", Self.starter, "--rules", "deprecated-term", "wrong-term", "romanization"])
        #expect(again.status == 0)
        #expect(again.stdout == "no findings in 1 file\n")
    }

    @Test func everySeedLintsWithSourceAndTheStarterGlossary() throws {
        for base in ["000_31914b20eae98fcb", "001_5f665c2d8f37da1c", "002_c4ccb5cb50824faf"] {
            let r = try CLIRunner.run(["lint", "seeds/\(base).txt", "--source", "seeds/\(base).ko.txt", "--glossary", Self.starter, "--format", "json"])
            #expect(r.status == 0 || r.status == 1, "\(base): \(r.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            #expect(json?["findings"] != nil)
        }
    }

    @Test func sarifOutput() throws {
        let r = try CLIRunner.run(["lint", "seeds/\(Self.seed000).txt", "--glossary", Self.starter, "--format", "sarif"])
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        #expect(sarif["$schema"] != nil)
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect((driver["rules"] as? [[String: Any]])?.isEmpty == false)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.contains { $0["ruleId"] as? String == "deprecated-term" && $0["level"] as? String == "error" && $0["locations"] != nil })
    }

    @Test func folderOfPairsAndCleanExit() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "The Strategic Force recruited graduates.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "전략군은 졸업생들을 모집했다.\n".write(to: dir.appendingPathComponent("a.ko.txt"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["lint", dir.path, "--glossary", Self.testGlossary])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout == "no findings in 1 file\n")
    }

    @Test func configurationChangesSeveritiesAndSuppressionsSilenceLines() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "glossary: \(Self.testGlossary)\nrules:\n  deprecated-term: warning\n".write(to: dir.appendingPathComponent(".kogloss.yml"), atomically: true, encoding: .utf8)
        try "The Strategic Military Command.\n<!-- kogloss-disable-next-line deprecated-term -->\nThe Strategic Military Command.\n"
            .write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["lint", "a.txt"], in: dir)
        #expect(r.status == 0, "a warning only")
        #expect(r.stdout.contains("a.txt:1:5: warning:"))
        #expect(!r.stdout.contains("a.txt:3:"))
    }

    // MARK: Bad input: a clear message and exit status 2.

    func expectInputError(_ arguments: [String], in dir: URL? = nil, _ fragment: String) throws {
        let r = try CLIRunner.run(arguments, in: dir)
        #expect(r.status == 2, "\(arguments): \(r.stdout) \(r.stderr)")
        #expect(r.stderr.contains(fragment), "\(r.stderr)")
    }

    @Test func missingSourceFile() throws {
        try expectInputError(["lint", "seeds/\(Self.seed000).txt", "--source", "seeds/nope.ko.txt", "--glossary", Self.starter], "no such file")
    }

    @Test func sourceThatIsNotKorean() throws {
        try expectInputError(["lint", "seeds/\(Self.seed000).txt", "--source", "seeds/001_5f665c2d8f37da1c.txt", "--glossary", Self.starter], "not Korean")
    }

    @Test func emptyAndBinaryEnglishFiles() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x41, 0x00, 0x42, 0xFF]).write(to: dir.appendingPathComponent("binary.txt"))
        try expectInputError(["lint", "empty.txt", "--glossary", Self.testGlossary], in: dir, "empty")
        try expectInputError(["lint", "binary.txt", "--glossary", Self.testGlossary], in: dir, "binary.txt")
    }

    @Test func configWithUnknownRuleOrSyntaxError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "The Strategic Force.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "rules:\n  no-such-rule: error\n".write(to: dir.appendingPathComponent(".kogloss.yml"), atomically: true, encoding: .utf8)
        try expectInputError(["lint", "a.txt", "--glossary", Self.testGlossary], in: dir, ".kogloss.yml:2:3: error: unknown rule 'no-such-rule'")
        try "rules: [unclosed\n".write(to: dir.appendingPathComponent(".kogloss.yml"), atomically: true, encoding: .utf8)
        try expectInputError(["lint", "a.txt", "--glossary", Self.testGlossary], in: dir, "YAML syntax error")
    }

    @Test func glossaryThatFailsToLoad() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "The Strategic Force.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "<tbx><broken".write(to: dir.appendingPathComponent("bad.tbx"), atomically: true, encoding: .utf8)
        try expectInputError(["lint", "a.txt", "--glossary", "bad.tbx"], in: dir, "bad.tbx")
        try expectInputError(["lint", "a.txt", "--glossary", "missing.tbx"], in: dir, "glossary not found")
    }

    @Test func fixOnAReadOnlyFileLeavesItUntouched() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a.txt")
        let original = "The Strategic Military Command.\n"
        try original.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: url.path)
        try expectInputError(["lint", "a.txt", "--glossary", Self.testGlossary, "--fix"], in: dir, "read-only; left untouched")
        #expect(try String(contentsOf: url, encoding: .utf8) == original)
    }

    @Test func usageErrors() throws {
        let r = try CLIRunner.run(["lint", "--glossary", Self.testGlossary])
        #expect(r.status == 2)
        #expect(r.stderr.contains("give at least one English file"))
        let bad = try CLIRunner.run(["lint", "seeds/\(Self.seed000).txt", "--date", "31/03/2024", "--glossary", Self.starter])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--date must be YYYY-MM-DD"))
    }
}
