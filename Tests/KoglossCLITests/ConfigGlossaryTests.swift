import Foundation
import Testing

/// `.kogloss.yml`'s `glossary:` selects the termbase for every command, below an explicit --glossary.
@Suite struct ConfigGlossaryTests {
    @Test func configuredGlossaryIsUsedByLookupFromASubfolder() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let terms = dir.appendingPathComponent("terms")
        try FileManager.default.createDirectory(at: terms, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("glossary/dailynk.tbx"),
                                         to: terms.appendingPathComponent("desk.tbx"))
        try "glossary: terms\n".write(to: dir.appendingPathComponent(".kogloss.yml"), atomically: true, encoding: .utf8)
        let sub = dir.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)

        let found = try CLIRunner.run(["lookup", "전략군에서"], in: sub)
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.contains("Strategic Force"))

        // Without the config there is no glossary/ in this folder: a clear error, not a silent empty result.
        try FileManager.default.removeItem(at: dir.appendingPathComponent(".kogloss.yml"))
        let missing = try CLIRunner.run(["lookup", "전략군"], in: sub)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("glossary"))
    }
}
