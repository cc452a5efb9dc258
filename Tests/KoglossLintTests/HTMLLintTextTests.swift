import Foundation
import KoglossAlign
import KoglossLint
import KoglossText
import Testing

/// HTML pages are linted on their paragraphs' extracted text (what the aligner reads), and their findings
/// are placed back in the page source: the findings of a WordPress-style page are those of its plain-text
/// equivalent, on the same lines, and fixes edit only the bytes of terms the page writes as plain text.
@Suite struct HTMLLintTextTests {
    /// A Daily NK-style page: character references (`&#8217;`, `&nbsp;`), inline tags, a term across tags.
    static let page = """
    <!DOCTYPE html><html><head><title>Arrests - Daily NK</title></head><body><article><div class="entry-content"><p>The Ministry of People&#8217;s Security detained <b>200</b> people in <a href="/tag/ryanggang" title="Ryanggang">Ryanggang Province</a> on Mar.&nbsp;25, the <i>Security Bureau</i> said.</p>

    <p>Soldiers of the People&#8217;s Army and the <em>Strategic Military Command</em> said Kim Jong-un ordered it, a source told <strong>Daily NK</strong>.</p>

    <p>About 30 of them were released in 2021, officials said, and the Strategic <em>Military</em> Command and the Military Security Command agreed.</p>
    </div></article></body></html>

    """
    /// The page's text as a plain-text article, paragraph for paragraph on the same lines.
    static let plain = """
    The Ministry of People’s Security detained 200 people in Ryanggang Province on Mar. 25, the Security Bureau said.

    Soldiers of the People’s Army and the Strategic Military Command said Kim Jong-un ordered it, a source told Daily NK.

    About 30 of them were released in 2021, officials said, and the Strategic Military Command and the Military Security Command agreed.

    """
    static let koreanPage = """
    <html><body><article><p>인민보안성이 3월 24일 양강도에서 <b>300</b>여 명을 구금했다고 보위국이 밝혔다.</p>

    <p>인민군과 전략군은 김정은이 지시했다고 밝혔다고 소식통이 데일리NK에 전했다.</p>

    <p>그중 30명은 2021년에 풀려났다고 관계자들이 말했고 전략군과 보위국도 동의했다.</p></article></body></html>

    """
    static let korean = """
    인민보안성이 3월 24일 양강도에서 300여 명을 구금했다고 보위국이 밝혔다.

    인민군과 전략군은 김정은이 지시했다고 밝혔다고 소식통이 데일리NK에 전했다.

    그중 30명은 2021년에 풀려났다고 관계자들이 말했고 전략군과 보위국도 동의했다.

    """

    struct Files {
        var dir: URL
        var page: URL, koreanPage: URL, plain: URL, korean: URL
    }

    static func files() throws -> Files {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-htmllint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let files = Files(dir: dir, page: dir.appendingPathComponent("a.html"), koreanPage: dir.appendingPathComponent("a.ko.html"),
                          plain: dir.appendingPathComponent("b.txt"), korean: dir.appendingPathComponent("b.ko.txt"))
        try page.write(to: files.page, atomically: true, encoding: .utf8)
        try koreanPage.write(to: files.koreanPage, atomically: true, encoding: .utf8)
        try plain.write(to: files.plain, atomically: true, encoding: .utf8)
        try korean.write(to: files.korean, atomically: true, encoding: .utf8)
        return files
    }

    /// What a reader of the report sees of a finding: rule, severity, message, replacement, line.
    struct Seen: Hashable, CustomStringConvertible {
        var rule: String, severity: Severity, message: String, replacement: String?, line: Int
        var description: String { "\(line): \(rule) \(message) -> \(replacement ?? "-")" }
    }

    static func seen(_ placed: FileFindings) -> [Seen] {
        let lines = LineIndex(placed.text)
        return placed.findings.map {
            Seen(rule: $0.ruleID, severity: $0.severity, message: $0.message, replacement: $0.replacement,
                 line: lines.location(ofUTF8Offset: $0.range.lowerBound).line)
        }
    }

    @Test func aPagePairGivesTheFindingsOfItsPlainTextEquivalent() throws {
        let files = try Self.files()
        defer { try? FileManager.default.removeItem(at: files.dir) }
        let engine = LintEngine(termbase: RuleExampleGlossary.termbase)
        let loader = LintInputLoader(matcher: engine.matcher)
        let html = try loader.load(englishURL: files.page, koreanURL: files.koreanPage, displayPath: "a.html", date: "2019-03-26")
        let text = try loader.load(englishURL: files.plain, koreanURL: files.korean, displayPath: "b.txt", date: "2019-03-26")
        // The rules read the paragraphs' text: the same text, paragraphs, alignment and findings as the plain text.
        #expect(html.document.english == text.document.english)
        #expect(html.document.englishParagraphs == text.document.englishParagraphs)
        #expect(html.document.beads == text.document.beads)
        let htmlFindings = engine.lint(html.document, matches: html.matches, anchors: html.anchors)
        let textFindings = engine.lint(text.document, matches: text.matches, anchors: text.anchors)
        #expect(htmlFindings == textFindings)
        let placed = html.document.fileFindings(htmlFindings)
        let plainPlaced = text.document.fileFindings(textFindings)
        #expect(plainPlaced.text == Self.plain && plainPlaced.findings == textFindings && plainPlaced.inexact.isEmpty)
        // Reported in the page source, on the lines of the plain text.
        #expect(placed.text == Self.page)
        #expect(Self.seen(placed) == Self.seen(plainPlaced))
        // The page's character references are read as text: no number 8217, no missing Ministry of People's Security.
        #expect(!htmlFindings.contains { $0.message.contains("8217") || $0.message.contains("nbsp") })
        #expect(!htmlFindings.contains { $0.ruleID == "missing-term" && $0.message.contains("Ministry") })
        #expect(htmlFindings.contains { $0.ruleID == "number-mismatch" && $0.message.contains("200") })
    }

    /// The placed findings of the page pair, with the page's bytes.
    static func placedPage(_ files: Files) throws -> (placed: FileFindings, raw: Data, lintText: [UInt8], findings: [Finding]) {
        let engine = LintEngine(termbase: RuleExampleGlossary.termbase)
        let loaded = try LintInputLoader(matcher: engine.matcher).load(englishURL: files.page, koreanURL: files.koreanPage, displayPath: "a.html", date: "2019-03-26")
        let findings = engine.lint(loaded.document, matches: loaded.matches, anchors: loaded.anchors)
        return (loaded.document.fileFindings(findings), loaded.raw, Array(loaded.document.english.utf8), findings)
    }

    @Test func termsWrittenAsPlainTextArePlacedOnTheirOwnBytes() throws {
        let files = try Self.files()
        defer { try? FileManager.default.removeItem(at: files.dir) }
        let (placed, _, _, _) = try Self.placedPage(files)
        let page = Array(placed.text.utf8)
        func text(_ f: Finding) -> String { String(decoding: page[f.range], as: UTF8.self) }
        let exact = placed.findings.indices.filter { placed.inexact[$0] == nil }.map { text(placed.findings[$0]) }
        #expect(exact == ["200", "Ryanggang Province", "Security Bureau", "Strategic Military Command", "Kim Jong-un"])
        // Written with a character reference or with markup inside: placed on the page's bytes it was read
        // from, not fixable; the text the rules read goes with it.
        let inexact = placed.inexact.keys.sorted().map { text(placed.findings[$0]) }
        #expect(inexact == ["Mar.&nbsp;25", "People&#8217;s Army", "Strategic <em>Military</em> Command"])
        #expect(placed.inexact.values.sorted() == ["Mar. 25", "People’s Army", "Strategic Military Command"])
        // The column is the term's in the page line (Unicode scalars, 1-based), not the line's start.
        let lines = LineIndex(placed.text)
        let ryanggang = try #require(placed.findings.first { $0.ruleID == "romanization" && text($0) == "Ryanggang Province" })
        let offset = try #require(Self.page.range(of: ">Ryanggang Province<")).lowerBound.utf16Offset(in: Self.page) + 1
        #expect(lines.location(ofUTF8Offset: ryanggang.range.lowerBound) == LineIndex(Self.page).location(ofUTF8Offset: offset))
        #expect(lines.location(ofUTF8Offset: ryanggang.range.lowerBound).column > 200)
    }

    @Test func fixingThePageChangesExactlyTheTermBytesAndSkipsTheRest() throws {
        let files = try Self.files()
        defer { try? FileManager.default.removeItem(at: files.dir) }
        let (placed, raw, _, _) = try Self.placedPage(files)
        let plan = try Fixer.plan(path: "a.html", raw: raw, file: placed)
        var expected = Self.page
        // inconsistent-term is not auto-fixable: 'Security Bureau' stays.
        #expect(!Fixer.fixableRules.contains("inconsistent-term"))
        for (old, new) in [(">Ryanggang Province<", ">Yanggang Province<"), ("<em>Strategic Military Command</em>", "<em>Strategic Force</em>"), ("Kim Jong-un", "Kim Jong Un")] {
            #expect(expected.components(separatedBy: old).count == 2, "\(old) occurs once")
            expected = expected.replacingOccurrences(of: old, with: new)
        }
        #expect(String(decoding: plan.fixed, as: UTF8.self) == expected)
        #expect(plan.changes.map(\.old) == ["Ryanggang Province", "Strategic Military Command", "Kim Jong-un"])
        #expect(plan.changes.map(\.line) == [1, 3, 3])
        // Fixable but not written as plain text in the page: left alone, and said so.
        #expect(plan.skipped.map(\.old) == ["People’s Army", "Strategic Military Command"])
        #expect(plan.skipped.map(\.new) == ["Korean People's Army", "Strategic Force"])
        #expect(plan.skipped.map(\.line) == [3, 5])
        #expect(String(decoding: plan.fixed, as: UTF8.self).contains("People&#8217;s Army"))
    }

    @Test func suppressionCommentsOfThePageApply() throws {
        let files = try Self.files()
        defer { try? FileManager.default.removeItem(at: files.dir) }
        let suppressed = Self.page.replacingOccurrences(of: "\n\n<p>Soldiers", with: "\n<!-- kogloss-disable-next-line deprecated-term -->\n<p>Soldiers")
        try suppressed.write(to: files.page, atomically: true, encoding: .utf8)
        let (placed, _, _, findings) = try Self.placedPage(files)
        #expect(findings.filter { $0.ruleID == "deprecated-term" }.count == 3)
        let page = Array(placed.text.utf8)
        #expect(placed.findings.filter { $0.ruleID == "deprecated-term" }.map { String(decoding: page[$0.range], as: UTF8.self) }
                == ["Strategic <em>Military</em> Command"])
        #expect(placed.findings.contains { $0.ruleID == "romanization" && String(decoding: page[$0.range], as: UTF8.self) == "Kim Jong-un" })
    }

    @Test func plainTextFindingsStayAsTheyAre() throws {
        let files = try Self.files()
        defer { try? FileManager.default.removeItem(at: files.dir) }
        let engine = LintEngine(termbase: RuleExampleGlossary.termbase)
        let loaded = try LintInputLoader(matcher: engine.matcher).load(englishURL: files.plain, koreanURL: files.korean, displayPath: "b.txt", date: nil)
        #expect(loaded.document.htmlSource == nil)
        let findings = engine.lint(loaded.document, matches: loaded.matches, anchors: loaded.anchors)
        let placed = loaded.document.fileFindings(findings)
        #expect(placed.text == loaded.document.english && placed.findings == findings && placed.inexact.isEmpty)
        let plan = try Fixer.plan(path: "b.txt", raw: loaded.raw, file: placed)
        let direct = try Fixer.plan(path: "b.txt", raw: loaded.raw, decoded: loaded.document.english, findings: findings)
        #expect(plan.fixed == direct.fixed && plan.changes == direct.changes && plan.skipped.isEmpty)
    }

    /// Placed findings of a page linted alone with the rule examples' glossary: (line, column, page text) of each.
    static func placements(of page: Data) throws -> (placed: FileFindings, seen: [(line: Int, column: Int, text: String, exact: Bool)], raw: Data) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-htmllint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("p.html")
        try page.write(to: url)
        let engine = LintEngine(termbase: RuleExampleGlossary.termbase)
        let loaded = try LintInputLoader(matcher: engine.matcher).load(englishURL: url, koreanURL: nil, displayPath: "p.html", date: nil)
        let placed = loaded.document.fileFindings(engine.lint(loaded.document, rules: ["romanization", "deprecated-term"]))
        let lines = LineIndex(placed.text), bytes = Array(placed.text.utf8)
        let seen = placed.findings.enumerated().map { i, f in
            let at = lines.location(ofUTF8Offset: f.range.lowerBound)
            return (at.line, at.column, String(decoding: bytes[f.range], as: UTF8.self), placed.inexact[i] == nil)
        }
        return (placed, seen, loaded.raw)
    }

    @Test func blocksSharingALineOrSpanningLinesArePlacedOnTheirOwnText() throws {
        let page = """
        <html><body><h1>Kim Jong-un &amp; the Strategic Military Command</h1>
        <article><p>First, Kim Jong-un spoke.</p><p>Then Kim Jong-un left &amp; the
           Strategic Military Command stayed, and Kim
        Jong-un returned.</p><ul><li>A list item on Kim Jong-un.</li></ul>
        </article></body></html>

        """
        let (_, seen, _) = try Self.placements(of: Data(page.utf8))
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func column(_ line: Int, _ needle: String, after: String = "") -> Int {
            let text = lines[line - 1]
            let from = after.isEmpty ? text.startIndex : text.range(of: after)!.upperBound
            return text.distance(from: text.startIndex, to: text.range(of: needle, range: from..<text.endIndex)!.lowerBound) + 1
        }
        let expected: [(Int, Int, String, Bool)] = [
            (1, column(1, "Kim Jong-un"), "Kim Jong-un", true),
            (1, column(1, "Strategic"), "Strategic Military Command", true),
            (2, column(2, "Kim Jong-un"), "Kim Jong-un", true),
            // The second block on the line: its own occurrence, not the first block's.
            (2, column(2, "Kim Jong-un", after: "Then"), "Kim Jong-un", true),
            // On the element's next line, where the text is.
            (3, column(3, "Strategic"), "Strategic Military Command", true),
            // A line break inside the term: placed, not exact (the page does not have the text's space there).
            (3, column(3, "Kim"), "Kim\nJong-un", false),
            (4, column(4, "Kim Jong-un"), "Kim Jong-un", true),
        ]
        #expect(seen.count == expected.count, "\(seen)")
        for (s, e) in zip(seen, expected) {
            #expect(s.line == e.0 && s.column == e.1 && s.text == e.2 && s.exact == e.3, "\(s) vs \(e)")
        }
    }

    @Test func fixesKeepCRLFLineEndsAndEveryOtherByte() throws {
        let page = "<html><body><article>\r\n<p>The Strategic Military Command &mdash; said &#8220;Kim Jong-un&#8221; left.</p>\r\n</article></body></html>\r\n"
        let (placed, seen, raw) = try Self.placements(of: Data(page.utf8))
        #expect(seen.map(\.text) == ["Strategic Military Command", "Kim Jong-un"])
        #expect(seen.allSatisfy(\.exact) && seen.allSatisfy { $0.line == 2 })
        let plan = try Fixer.plan(path: "p.html", raw: raw, file: placed)
        let expected = page.replacingOccurrences(of: "Strategic Military Command", with: "Strategic Force")
            .replacingOccurrences(of: "Kim Jong-un", with: "Kim Jong Un")
        #expect(String(decoding: plan.fixed, as: UTF8.self) == expected)
        #expect(plan.skipped.isEmpty)
    }

    @Test func aParagraphNotFoundInThePageIsReportedAtItsLineStart() throws {
        // A script inside the paragraph is part of its text for libxml2 but skipped by the walk: the text
        // after it is not followed, and its finding goes to column 1 of the paragraph's line, unfixed.
        let page = """
        <html><body><article>
        <p>Short <script>var x = 1;</script>then Kim Jong-un came.</p>
        </article></body></html>

        """
        let (placed, seen, raw) = try Self.placements(of: Data(page.utf8))
        #expect(seen.map { "\($0.line):\($0.column):\($0.text):\($0.exact)" } == ["2:1::false"])
        #expect(placed.inexact.values.first == "Kim Jong-un")
        let plan = try Fixer.plan(path: "p.html", raw: raw, file: placed)
        #expect(plan.fixed == raw && plan.changes.isEmpty)
        #expect(plan.skipped.map(\.old) == ["Kim Jong-un"] && plan.skipped.first?.foundInFile == false)
    }

    @Test func aHeadlineRepeatedInTheTitleOfAOneLinePageIsPlacedInTheHeadline() throws {
        let page = "<html><head><title>Kim Jong-un visits the Strategic Military Command</title></head><body>"
            + "<h1>Kim Jong-un visits the Strategic Military Command</h1><article><p>Kim Jong-un came on Monday, a source said.</p></article></body></html>\n"
        let (placed, seen, raw) = try Self.placements(of: Data(page.utf8))
        let headline = try #require(page.range(of: "<h1>")).upperBound.utf16Offset(in: page) + 1
        #expect(seen.map(\.column).prefix(2) == [headline, headline + "Kim Jong-un visits the ".count], "\(seen)")
        let plan = try Fixer.plan(path: "p.html", raw: raw, file: placed)
        #expect(String(decoding: plan.fixed, as: UTF8.self) == page
            .replacingOccurrences(of: "<h1>Kim Jong-un visits the Strategic Military Command</h1>", with: "<h1>Kim Jong Un visits the Strategic Force</h1>")
            .replacingOccurrences(of: "<p>Kim Jong-un", with: "<p>Kim Jong Un"))
    }
}
