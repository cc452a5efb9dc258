import Foundation
import Testing

/// `kogloss lint --pair ID` and `kogloss lint --corpus` against a store built with `kogloss import`.
@Suite struct LintCorpusTests {
    static let starter = CLIRunner.packageRoot.appendingPathComponent("glossary").path

    @Test func pairAndCorpusReports() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("c.sqlite").path
        let seed = "seeds/000_31914b20eae98fcb"
        #expect(try CLIRunner.run(["import", seed + ".txt", seed + ".ko.txt", "--store", store]).status == 0)
        try "The Strategic Force recruited graduates.\n".write(to: dir.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
        try "전략군이 졸업생들을 모집했다.\n".write(to: dir.appendingPathComponent("x.ko.txt"), atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["import", "x.txt", "x.ko.txt", "--store", store], in: dir).status == 0)

        let pair = try CLIRunner.run(["lint", "--pair", "1", "--store", store, "--glossary", Self.starter])
        #expect(pair.status == 1)
        #expect(pair.stdout.split(separator: "\n").filter { $0.hasSuffix("[deprecated-term]") }.count == 6)

        let corpus = try CLIRunner.run(["lint", "--corpus", "--store", store, "--glossary", Self.starter])
        #expect(corpus.status == 0)
        #expect(corpus.stdout.contains("strategic-force (전략군): 2 renderings"))
        #expect(corpus.stdout.contains("Strategic Military Command [deprecated]: 6 uses in 1 pair (pairs 1; Violet Kim: 6)"))
        #expect(corpus.stdout.contains("Strategic Force: 1 use in 1 pair (pairs 2; unknown: 1)"))

        let json = try CLIRunner.run(["lint", "--corpus", "--store", store, "--glossary", Self.starter, "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(root["pairs"] as? Int == 2)

        let missing = try CLIRunner.run(["lint", "--pair", "99", "--store", store, "--glossary", Self.starter])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no pair 99"))
    }
}
