import KoglossLint
import Testing

@Suite struct SuppressionScannerTests {
    @Test func disablesNamedRulesOnTheNextLineOnly() {
        let text = "<!-- kogloss-disable-next-line deprecated-term -->\nThe Strategic Military Command.\nThe Strategic Military Command.\n"
        let engine = LintEngine(termbase: RuleExampleGlossary.termbase)
        let findings = engine.lint(LintDocument(path: "a.txt", english: text))
        #expect(findings.map(\.ruleID) == ["deprecated-term"])
        #expect(findings.first.map { $0.range.lowerBound > text.utf8.count / 2 } == true)
    }

    @Test func withoutRuleIDsDisablesEveryRule() {
        let scanner = SuppressionScanner.scan("<!-- kogloss-disable-next-line -->\n\nline two\n")
        let f = Finding(ruleID: "acronym", severity: .warning, range: 37..<40, message: "")
        #expect(scanner.isSuppressed(f))
        #expect(!scanner.isSuppressed(Finding(ruleID: "acronym", severity: .warning, range: 0..<3, message: "")))
    }

    @Test func otherRulesStillReport() {
        let text = "<!-- kogloss-disable-next-line acronym -->\nThe Strategic Military Command.\n"
        let findings = LintEngine(termbase: RuleExampleGlossary.termbase).lint(LintDocument(path: "a.txt", english: text))
        #expect(findings.map(\.ruleID) == ["deprecated-term"])
    }
}
