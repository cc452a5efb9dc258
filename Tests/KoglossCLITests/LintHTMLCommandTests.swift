import Foundation
import Testing

/// `kogloss lint` on WordPress-style HTML pages (Daily NK writes `People&#8217;s`, `Mar.&nbsp;25` and inline
/// tags): the rules read the paragraphs' text, the report points into the page, `--fix` edits only the bytes
/// of terms the page writes as plain text and says which it leaves.
@Suite struct LintHTMLCommandTests {
    static let glossary = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/lint/glossary.tbx").path

    static let page = """
    <!DOCTYPE html><html><head><title>Arrests - Daily NK</title></head><body><nav><a href="/ko">한국어</a></nav>
    <article><div class="entry-content"><p>The Ministry of People&#8217;s Security detained <b>200</b> people in <a href="/tag/ryanggang" title="Ryanggang Province">Ryanggang Province</a> on Mar.&nbsp;25.</p>

    <p>Soldiers of the People&#8217;s Army and the <em>Strategic Military Command</em> said Kim Jong-un ordered it, a source told <strong>Daily NK</strong>.</p>
    </div></article></body></html>

    """
    static let plain = """
    The Ministry of People’s Security detained 200 people in Ryanggang Province on Mar. 25.

    Soldiers of the People’s Army and the Strategic Military Command said Kim Jong-un ordered it, a source told Daily NK.

    """
    static let koreanPage = """
    <html><body><article><p>인민보안성이 3월 24일 양강도에서 <b>300</b>여 명을 구금했다.</p>
    <p>인민군과 전략군은 김정은이 지시했다고 밝혔다고 소식통이 데일리NK에 전했다.</p></article></body></html>

    """

    func pagePair() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory("kogloss-htmllint")
        try Self.page.write(to: dir.appendingPathComponent("a.html"), atomically: true, encoding: .utf8)
        try Self.koreanPage.write(to: dir.appendingPathComponent("a.ko.html"), atomically: true, encoding: .utf8)
        return dir
    }

    func lint(_ file: String, _ extra: [String] = [], in dir: URL) throws -> CLIResult {
        try CLIRunner.run(["lint", file, "--source", "a.ko.html", "--glossary", Self.glossary, "--date", "2019-03-26"] + extra, in: dir)
    }

    /// Header lines of a text report without their file name.
    func headers(_ report: String, file: String) -> [String] {
        report.split(separator: "\n").filter { $0.hasPrefix(file + ":") }.map { String($0.dropFirst(file.count)) }
    }

    @Test func pageFindingsAreThoseOfItsTextAtTheirPlaceInThePage() throws {
        let dir = try pagePair()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.plain.write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let html = try lint("a.html", in: dir)
        let text = try lint("b.txt", in: dir)
        #expect(html.status == 1 && text.status == 1, "\(html.stderr)")
        #expect(!html.stdout.contains("'8217'") && !html.stdout.contains("missing-term"), "\(html.stdout)")
        // Same findings and messages; lines are the page's (the plain text's paragraph 1 is on line 1, the page's on 2).
        func withoutColumns(_ headers: [String]) -> [String] {
            headers.map { h in
                let parts = h.split(separator: ":", maxSplits: 3)
                return parts.count == 4 ? String(parts[3]) : h
            }
        }
        let htmlHeaders = headers(html.stdout, file: "a.html"), textHeaders = headers(text.stdout, file: "b.txt")
        #expect(withoutColumns(htmlHeaders) == withoutColumns(textHeaders))
        #expect(htmlHeaders.map { $0.split(separator: ":")[0] } == textHeaders.map { "\(Int($0.split(separator: ":")[0])! + 1)" })
        // Columns in the page line, where the term is.
        let line2 = Self.page.split(separator: "\n")[1]
        let column = line2.distance(from: line2.startIndex, to: line2.range(of: ">Ryanggang Province<")!.lowerBound) + 2
        #expect(htmlHeaders.contains { $0.hasPrefix(":2:\(column): warning: 'Ryanggang Province'") }, "\(htmlHeaders)")
        let line4 = Self.page.split(separator: "\n", omittingEmptySubsequences: false)[3]
        let smc = line4.distance(from: line4.startIndex, to: line4.range(of: "Strategic Military Command")!.lowerBound) + 1
        #expect(htmlHeaders.contains { $0.hasPrefix(":4:\(smc): error: 'Strategic Military Command' is deprecated") }, "\(htmlHeaders)")
        // The excerpt is the page line, the term underlined.
        #expect(html.stdout.contains("<em>Strategic Military Command</em>"))
    }

    @Test func jsonByteRangesArePageBytes() throws {
        let dir = try pagePair()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try lint("a.html", ["--format", "json"], in: dir)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let page = Array(Self.page.utf8)
        let kim = try #require(findings.first { ($0["message"] as? String)?.contains("'Kim Jong-un'") == true })
        let range = try #require(kim["byteRange"] as? [Int])
        #expect(String(decoding: page[range[0]..<range[1]], as: UTF8.self) == "Kim Jong-un")
        #expect(kim["text"] as? String == "Kim Jong-un" && kim["line"] as? Int == 4)
        // Written with a character reference: the page's bytes it was read from.
        let army = try #require(findings.first { ($0["message"] as? String)?.contains("'People’s Army'") == true })
        #expect(army["text"] as? String == "People&#8217;s Army")
    }

    @Test func fixEditsOnlyTheTermBytesAndLeavesEntityWrittenTerms() throws {
        let dir = try pagePair()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a.html")
        let dry = try lint("a.html", ["--fix", "--dry-run"], in: dir)
        #expect(try String(contentsOf: url, encoding: .utf8) == Self.page, "dry run changes nothing")
        #expect(dry.stdout.contains("+<p>Soldiers of the People&#8217;s Army and the <em>Strategic Force</em> said Kim Jong Un ordered it"), "\(dry.stdout)")
        let fixed = try lint("a.html", ["--fix"], in: dir)
        #expect(fixed.stdout.contains("a.html:4:52: fixed: 'Strategic Military Command' -> 'Strategic Force' [deprecated-term]"), "\(fixed.stdout)")
        // Exactly the terms' bytes changed: the link's title attribute keeps its 'Ryanggang Province'.
        let expected = Self.page
            .replacingOccurrences(of: ">Ryanggang Province<", with: ">Yanggang Province<")
            .replacingOccurrences(of: "<em>Strategic Military Command</em>", with: "<em>Strategic Force</em>")
            .replacingOccurrences(of: "Kim Jong-un", with: "Kim Jong Un")
        #expect(try String(contentsOf: url, encoding: .utf8) == expected)
        // The deprecated term written with &#8217; is not fixed, said so, and still reported.
        #expect(fixed.stderr.contains("a.html:4:20: not fixed: 'People’s Army' -> 'Korean People's Army': the page does not write it as plain text"), "\(fixed.stderr)")
        #expect(fixed.stdout.contains("a.html:4:20: error: 'People’s Army' is deprecated"), "\(fixed.stdout)")
        #expect(fixed.status == 1)
        let again = try lint("a.html", ["--rules", "deprecated-term", "romanization"], in: dir)
        #expect(headers(again.stdout, file: "a.html").count == 1, "\(again.stdout)")
    }

    @Test func aStoredPagePairIsLintedOnItsTextToo() throws {
        let dir = try pagePair()
        defer { try? FileManager.default.removeItem(at: dir) }
        let imported = try CLIRunner.run(["import", "a.html", "a.ko.html", "--store", "c.sqlite"], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        let pair = try CLIRunner.run(["lint", "--pair", "1", "--store", "c.sqlite", "--glossary", Self.glossary, "--date", "2019-03-26"], in: dir)
        let file = try lint("a.html", in: dir)
        let pairHeaders = pair.stdout.split(separator: "\n").filter { $0.hasPrefix("pair 1") }
            .map { String($0[$0.range(of: "):")!.upperBound...]) }
        #expect(!pairHeaders.isEmpty && pairHeaders == headers(file.stdout, file: "a.html").map { String($0.dropFirst()) }, "\(pair.stdout)")
        #expect(!pair.stdout.contains("8217'"))
    }

    @Test func theCorpusReportCountsRenderingsInStoredPagesText() throws {
        let dir = try pagePair()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = Self.page.replacingOccurrences(of: "</div></article>", with: "<p>Later the Strategic <em>Military</em> Command agreed.</p>\n</div></article>")
        try page.write(to: dir.appendingPathComponent("a.html"), atomically: true, encoding: .utf8)
        let korean = Self.koreanPage.replacingOccurrences(of: "</article>", with: "\n<p>나중에 전략군도 동의했다.</p></article>")
        try korean.write(to: dir.appendingPathComponent("a.ko.html"), atomically: true, encoding: .utf8)
        try "Soldiers of the Korean People's Army left the Strategic Force base.\n".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "조선인민군 병사들이 전략군 기지를 떠났다.\n".write(to: dir.appendingPathComponent("b.ko.txt"), atomically: true, encoding: .utf8)
        for (en, ko) in [("a.html", "a.ko.html"), ("b.txt", "b.ko.txt")] {
            let imported = try CLIRunner.run(["import", en, ko, "--store", "c.sqlite"], in: dir)
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        let report = try CLIRunner.run(["lint", "--corpus", "--store", "c.sqlite", "--glossary", Self.glossary, "--format", "json"], in: dir)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let concepts = try #require(json["concepts"] as? [[String: Any]])
        let renderings = concepts.flatMap { $0["renderings"] as? [[String: Any]] ?? [] }
        // Both of the page's uses count, the one with markup inside (`Strategic <em>Military</em> Command`) too.
        let deprecated = try #require(renderings.first { $0["text"] as? String == "Strategic Military Command" }, "\(report.stdout)")
        #expect(deprecated["uses"] as? Int == 2, "\(report.stdout)")
        #expect(renderings.contains { $0["text"] as? String == "Strategic Force" })
    }
}
