import Foundation
import KoglossLint
import KoglossText
import Testing

@Suite struct FixerTests {
    static let engine = LintEngine(termbase: RuleExampleGlossary.termbase)

    func plan(_ raw: String) throws -> Fixer.Plan {
        let data = Data(raw.utf8)
        let decoded = try TextFileDecoder.decode(data, file: "a.txt")
        let findings = Self.engine.lint(LintDocument(path: "a.txt", english: decoded))
        return try Fixer.plan(path: "a.txt", raw: data, decoded: decoded, findings: findings)
    }

    @Test func replacesDeprecatedTermsAndKeepsEveryOtherByte() throws {
        let p = try plan("The Strategic Military Command’s men.\r\nKim Jong-un went to the Strategic Military Command.\r\n")
        #expect(String(decoding: p.fixed, as: UTF8.self) == "The Strategic Force’s men.\r\nKim Jong Un went to the Strategic Force.\r\n")
        #expect(p.changes.count == 3)
    }

    @Test func keepsAByteOrderMark() throws {
        let p = try plan("\u{FEFF}the Strategic Military Command.\n")
        #expect(Array(p.fixed.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: p.fixed.dropFirst(3), as: UTF8.self) == "the Strategic Force.\n")
    }

    @Test func dryRunDiff() throws {
        let diff = Fixer.unifiedDiff(try plan("a\nThe Strategic Military Command.\nb\n"))
        #expect(diff.contains("-The Strategic Military Command."))
        #expect(diff.contains("+The Strategic Force."))
        #expect(diff.hasPrefix("--- a/a.txt\n+++ b/a.txt\n@@ "))
    }

    @Test func readOnlyFileIsLeftUntouched() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a.txt")
        let original = "The Strategic Military Command.\n"
        try original.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: url.path)
        #expect(throws: InputError.self) { try Fixer.apply(try plan(original), to: url) }
        #expect(try String(contentsOf: url, encoding: .utf8) == original)
    }
}
