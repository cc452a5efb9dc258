import Foundation
import KoglossLint
import Testing

@Suite struct ReporterTests {
    static let text = "Intro line.\nThe Strategic Military Command met.\n"
    static let results: [LintFileResult] = {
        let findings = LintEngine(termbase: RuleExampleGlossary.termbase).lint(LintDocument(path: "a.txt", english: text))
        return [LintFileResult(path: "a.txt", text: text, findings: findings)]
    }()

    @Test func textReportIsCompilerStyleWithCaretAndSummary() {
        let out = TextReporter(color: false).report(Self.results)
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("a.txt:2:5: error: 'Strategic Military Command' is deprecated; use 'Strategic Force'"))
        #expect(lines[0].hasSuffix("[deprecated-term]"))
        #expect(lines[1] == "    The Strategic Military Command met.")
        #expect(lines[2] == "        ^" + String(repeating: "~", count: 25))
        #expect(lines[3] == "        Strategic Force")
        #expect(out.hasSuffix("1 error, 0 warnings and 0 notes in 1 file\n"))
        #expect(!out.contains("\u{1B}["))
        #expect(TextReporter(color: true).report(Self.results).contains("\u{1B}[1;31m"))
    }

    @Test func jsonReportHasPositionsAndReplacement() throws {
        let json = try JSONSerialization.jsonObject(with: Data(JSONReporter().report(Self.results).utf8)) as! [String: Any]
        let finding = (json["findings"] as! [[String: Any]])[0]
        #expect(finding["line"] as? Int == 2)
        #expect(finding["column"] as? Int == 5)
        #expect(finding["rule"] as? String == "deprecated-term")
        #expect(finding["replacement"] as? String == "Strategic Force")
        #expect((json["summary"] as! [String: Any])["errors"] as? Int == 1)
    }

    @Test func sarifReportFollowsTheSchemaShape() throws {
        let sarif = try JSONSerialization.jsonObject(with: Data(SARIFReporter().report(Self.results).utf8)) as! [String: Any]
        #expect(sarif["version"] as? String == "2.1.0")
        #expect((sarif["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = (sarif["runs"] as! [[String: Any]])[0]
        let driver = (run["tool"] as! [String: Any])["driver"] as! [String: Any]
        let rules = driver["rules"] as! [[String: Any]]
        #expect(rules.map { $0["id"] as! String } == RuleRegistry.ids)
        let result = (run["results"] as! [[String: Any]])[0]
        #expect(result["ruleId"] as? String == "deprecated-term")
        #expect(result["level"] as? String == "error")
        let location = ((result["locations"] as! [[String: Any]])[0]["physicalLocation"]) as! [String: Any]
        #expect((location["artifactLocation"] as! [String: Any])["uri"] as? String == "a.txt")
        let region = location["region"] as! [String: Any]
        #expect(region["startLine"] as? Int == 2 && region["startColumn"] as? Int == 5 && region["endColumn"] as? Int == 31)
        let fix = (result["fixes"] as! [[String: Any]])[0]
        #expect(fix["artifactChanges"] != nil)
    }
}
