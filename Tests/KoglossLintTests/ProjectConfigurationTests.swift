import Foundation
import KoglossLint
import KoglossText
import Testing

@Suite struct ProjectConfigurationTests {
    @Test func readsGlossaryAndRuleSeverities() throws {
        let c = try ProjectConfiguration.parse("""
        glossary: terms/
        rules:
          missing-term: off
          number-mismatch: error
          untranslated:
            severity: note
        """, file: ".kogloss.yml")
        #expect(c.glossary == "terms/")
        #expect(c.severity(of: "missing-term") == nil)
        #expect(c.severity(of: "number-mismatch") == .error)
        #expect(c.severity(of: "untranslated") == .note)
        #expect(c.severity(of: "deprecated-term") == .error)
    }

    @Test func unknownRuleIsAnErrorWithLineAndColumn() {
        #expect {
            _ = try ProjectConfiguration.parse("rules:\n  no-such-rule: error\n", file: "cfg.yml")
        } throws: { error in
            let e = error as? InputError
            return e?.line == 2 && e?.column == 3 && e?.message.contains("no-such-rule") == true && e?.file == "cfg.yml"
        }
    }

    @Test func unknownKeyAndBadSeverityAreErrors() {
        #expect(throws: InputError.self) { _ = try ProjectConfiguration.parse("colour: red\n", file: "c.yml") }
        #expect(throws: InputError.self) { _ = try ProjectConfiguration.parse("rules:\n  acronym: loud\n", file: "c.yml") }
    }

    @Test func yamlSyntaxErrorHasLineAndColumn() {
        #expect {
            _ = try ProjectConfiguration.parse("rules:\n  acronym: [warning\n", file: "c.yml")
        } throws: { error in
            let e = error as? InputError
            return e?.line != nil && e?.column != nil && e?.message.contains("YAML") == true
        }
    }

    @Test func loadsFromTheProjectRootAndDefaultsWithoutAFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try ProjectConfiguration.load(projectRoot: dir).ruleSeverities.isEmpty)
        try "glossary: g.tbx\n".write(to: dir.appendingPathComponent(".kogloss.yml"), atomically: true, encoding: .utf8)
        let root = ProjectConfiguration.projectRoot(from: dir.appendingPathComponent("sub"))
        #expect(root.standardizedFileURL.path == dir.standardizedFileURL.path)
        let c = try ProjectConfiguration.load(projectRoot: root)
        #expect(c.glossaryURL?.lastPathComponent == "g.tbx")
    }
}
