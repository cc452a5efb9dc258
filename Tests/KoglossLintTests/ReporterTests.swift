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

    /// A news paragraph on one line, long enough to be shown as a window.
    static let longLine: String = {
        let filler = "Residents said the order came from above and that local officials were told to carry it out without delay, "
        return String(repeating: filler, count: 4) + "and graduates were sent to the Strategic Military Command last year, "
            + String(repeating: filler, count: 4) + "a source said."
    }()

    static func report(_ text: String, color: Bool = false) -> [Substring] {
        let findings = LintEngine(termbase: RuleExampleGlossary.termbase).lint(LintDocument(path: "a.txt", english: text))
        return TextReporter(color: color).report([LintFileResult(path: "a.txt", text: text, findings: findings)])
            .split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test func longLineIsShownAsAWindowAroundTheSpan() throws {
        let lines = Self.report(Self.longLine)
        let prefix = try #require(Self.longLine.range(of: "Strategic Military Command"))
        let column = Self.longLine.unicodeScalars.distance(from: Self.longLine.unicodeScalars.startIndex, to: prefix.lowerBound) + 1
        // The header keeps the column in the whole line.
        #expect(lines[0].hasPrefix("a.txt:1:\(column): error: 'Strategic Military Command' is deprecated"))
        let shown = lines[1]
        #expect(shown.hasPrefix("    …") && shown.hasSuffix("…"))
        #expect(shown.count <= 4 + 100 + 2, "\(shown.count) columns")
        #expect(shown.count >= 4 + 60)
        #expect(shown.contains("graduates were sent to the Strategic Military Command last year"))
        // Cut at spaces, not inside words.
        #expect(shown.dropFirst(5).first != " " && Self.longLine.contains(" " + shown.dropFirst(5).prefix(12)))
        let caretColumn = try #require(lines[2].firstIndex(of: "^"))
        let spanColumn = try #require(shown.range(of: "Strategic Military Command")).lowerBound
        #expect(shown.distance(from: shown.startIndex, to: spanColumn) == lines[2].distance(from: lines[2].startIndex, to: caretColumn))
        #expect(lines[2].hasSuffix("^" + String(repeating: "~", count: 25)))
        #expect(lines[3].trimmingCharacters(in: .whitespaces) == "Strategic Force")
        #expect(lines[3].firstIndex(of: "S").map { lines[3].distance(from: lines[3].startIndex, to: $0) }
            == lines[2].distance(from: lines[2].startIndex, to: caretColumn))
    }

    @Test func windowAtTheStartOrEndOfALongLineIsCutOnOneSideOnly() {
        let start = Self.report("The Strategic Military Command met. " + String(repeating: "Nothing else happened that day. ", count: 20))
        #expect(start[1].hasPrefix("    The Strategic Military Command met."))
        #expect(start[1].hasSuffix("…"))
        #expect(start[2] == "        ^" + String(repeating: "~", count: 25))
        let end = Self.report(String(repeating: "Nothing else happened that day. ", count: 20) + "The Strategic Military Command met.")
        #expect(end[1].hasPrefix("    …"))
        #expect(end[1].hasSuffix("The Strategic Military Command met."))
        #expect(end[1].count <= 4 + 100 + 2)
    }

    @Test func caretCountsWideHangulAsTwoColumns() throws {
        let text = "보위국 and 전략군 said the Strategic Military Command met."
        let lines = Self.report(text)
        let header = try #require(lines.firstIndex { $0.hasSuffix("[deprecated-term]") })
        #expect(lines[header + 1] == "    " + text)
        // 보위국 and 전략군 said the = 6 + 5 + 6 + 10 columns before the span.
        #expect(lines[header + 2] == String(repeating: " ", count: 4 + 27) + "^" + String(repeating: "~", count: 25))
        let wide = String(repeating: "보위국에서 ", count: 40) + "the Strategic Military Command met " + String(repeating: "보위국에서 ", count: 40)
        let window = Self.report(wide).first { $0.hasSuffix("…") && $0.contains("Strategic Military Command") }
        let shown = try #require(window)
        let columns = shown.unicodeScalars.reduce(0) { $0 + ($1.value >= 0xAC00 && $1.value <= 0xD7A3 ? 2 : 1) }
        #expect(columns <= 4 + 100 + 2)
    }

    @Test func reportOfManyFindingsOnOneLineKeepsColumns() {
        let text = String(repeating: "The Strategic Military Command met. ", count: 30)
        let lines = Self.report(text)
        let headers = lines.filter { $0.hasSuffix("[deprecated-term]") }
        #expect(headers.count == 30)
        #expect(headers[0].hasPrefix("a.txt:1:5:"))
        #expect(headers[29].hasPrefix("a.txt:1:\(29 * 36 + 5):"))
    }

    /// Random lines (Hangul, curly quotes, tabs, CRLF, long and short) and spans on scalar boundaries:
    /// the header has `region(of:)`'s line and column, and the excerpt is a piece of the line.
    @Test func headersAndExcerptsHoldForRandomSpans() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(n))
        }
        let pieces = ["the ", "Strategic ", "보위국 ", "“quoted” ", "\t", "a-b ", "ministry ", "전략군에서는 ", "x"]
        for round in 0..<40 {
            var text = ""
            for _ in 0..<(1 + next(4)) {
                for _ in 0..<next(round % 2 == 0 ? 12 : 160) { text += pieces[next(pieces.count)] }
                text += next(3) == 0 ? "\r\n" : "\n"
            }
            let scalars = Array(text.unicodeScalars)
            var offsets: [Int] = [0]
            for s in scalars { offsets.append(offsets.last! + String(s).utf8.count) }
            var findings: [Finding] = []
            for _ in 0..<6 {
                let a = next(offsets.count), b = min(offsets.count - 1, a + next(30))
                findings.append(Finding(ruleID: "r", severity: .warning, range: offsets[a]..<offsets[b], message: "m",
                                        replacement: next(2) == 0 ? "fix" : nil))
            }
            findings.sort { $0.range.lowerBound < $1.range.lowerBound }
            let result = LintFileResult(path: "a.txt", text: text, findings: findings)
            let lines = TextReporter(color: false).report([result]).split(separator: "\n", omittingEmptySubsequences: false)
            var i = 0
            for f in findings {
                let region = result.region(of: f)
                #expect(lines[i] == "a.txt:\(region.startLine):\(region.startColumn): warning: m [r]", "round \(round)")
                let full = String(result.lineIndex.lineText(region.startLine))
                var shown = String(lines[i + 1].dropFirst(4))
                if shown.hasPrefix("…") { shown.removeFirst() }
                if shown.hasSuffix("…") { shown.removeLast() }
                #expect(shown.isEmpty || full.contains(shown), "round \(round): \(shown)")
                #expect(lines[i + 1].unicodeScalars.count <= 4 + 100 + 2)
                #expect(lines[i + 2].trimmingCharacters(in: .whitespaces).hasPrefix("^"))
                i += f.replacement == nil ? 3 : 4
            }
            #expect(lines[i].hasSuffix("in 1 file"))
        }
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

    @Test func jsonAndSARIFEscapeStringsAndStayValid() throws {
        let text = "Kim said \"go\" \\ and/or\tleft 보위국.\nSecond line."
        let finding = Finding(ruleID: "deprecated-term", severity: .warning, range: 0..<3,
                              message: "quote \" backslash \\ slash / tab \t newline \n control \u{01} 보위국 ’",
                              replacement: "a \"b\" / c", englishParagraph: 0)
        let plain = Finding(ruleID: "untranslated", severity: .note, range: 23..<37, message: "m", koreanParagraph: 2)
        let results = [LintFileResult(path: "dir/a b.txt", text: text, findings: [finding, plain]),
                       LintFileResult(path: "b.txt", text: "", findings: [])]
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReporter().report(results).utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        #expect(findings[0]["message"] as? String == finding.message)
        #expect(findings[0]["replacement"] as? String == finding.replacement)
        #expect(findings[0]["text"] as? String == "Kim")
        #expect(findings[0]["file"] as? String == "dir/a b.txt")
        #expect(findings[0]["englishParagraph"] as? Int == 0 && findings[0]["koreanParagraph"] == nil)
        #expect(findings[1]["text"] as? String == "left 보위국")
        #expect(findings[1]["replacement"] == nil && findings[1]["koreanParagraph"] as? Int == 2)
        #expect(findings[1]["byteRange"] as? [Int] == [23, 37])
        #expect(findings[1]["line"] as? Int == 1 && findings[1]["column"] as? Int == 24 && findings[1]["endColumn"] as? Int == 32)
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["warnings"] as? Int == 1 && summary["notes"] as? Int == 1 && summary["files"] as? Int == 2)
        let empty = try #require(try JSONSerialization.jsonObject(with: Data(JSONReporter().report([]).utf8)) as? [String: Any])
        #expect((empty["findings"] as? [Any])?.isEmpty == true)

        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter().report(results).utf8)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let sarifResults = try #require(run["results"] as? [[String: Any]])
        #expect(sarifResults.count == 2)
        #expect((sarifResults[0]["message"] as? [String: Any])?["text"] as? String == finding.message)
        #expect(sarifResults[0]["ruleIndex"] as? Int == RuleRegistry.ids.firstIndex(of: "deprecated-term"))
        #expect(sarifResults[1]["ruleIndex"] as? Int == RuleRegistry.ids.firstIndex(of: "untranslated"))
        #expect(sarifResults[1]["fixes"] == nil && sarifResults[1]["level"] as? String == "note")
        let fix = try #require((sarifResults[0]["fixes"] as? [[String: Any]])?.first)
        #expect((fix["description"] as? [String: Any])?["text"] as? String == "Replace with 'a \"b\" / c'")
        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        #expect((artifacts[0]["location"] as? [String: Any])?["uri"] as? String == "dir/a%20b.txt")
        #expect(artifacts.count == 2)
    }

    /// The writers print what `JSONSerialization` prints for the same objects (pretty, sorted keys,
    /// slashes unescaped), so the output did not change when they replaced it.
    @Test func jsonAndSARIFMatchJSONSerializationOutput() throws {
        let text = "Kim said \"go\" \\ and/or\tleft 보위국.\nThe Strategic Military Command met.\n"
        var findings = LintEngine(termbase: RuleExampleGlossary.termbase).lint(LintDocument(path: "a.txt", english: text))
        findings.append(Finding(ruleID: "untranslated", severity: .note, range: 23..<37, message: "a \"quoted\" / \u{01} note", koreanParagraph: 1))
        let results = [LintFileResult(path: "dir/a b.txt", text: text, findings: findings)]
        for output in [JSONReporter().report(results), SARIFReporter().report(results), JSONReporter().report([])] {
            let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
            let again = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            #expect(output == String(decoding: again, as: UTF8.self) + "\n")
        }
    }

    @Test func jsonColumnsAreRightForFindingsInAnyOrder() throws {
        let text = "첫 줄\n보위국 and MSS here\n"
        let mss = 8 + 3 * 3 + 5
        let findings = [Finding(ruleID: "acronym", severity: .warning, range: mss..<(mss + 3), message: "m"),
                        Finding(ruleID: "untranslated", severity: .warning, range: 8..<17, message: "m"),
                        Finding(ruleID: "untranslated", severity: .warning, range: 0..<3, message: "m")]
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReporter().report([LintFileResult(path: "a.txt", text: text, findings: findings)]).utf8)) as? [String: Any])
        let objects = try #require(json["findings"] as? [[String: Any]])
        #expect(objects.map { $0["line"] as? Int } == [2, 2, 1])
        #expect(objects.map { $0["column"] as? Int } == [9, 1, 1])
        #expect(objects.map { $0["endColumn"] as? Int } == [12, 4, 2])
        #expect(objects.map { $0["text"] as? String } == ["MSS", "보위국", "첫"])
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
