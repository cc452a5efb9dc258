import Foundation
import Testing
import KoglossText
@testable import KoglossAlign

/// Paragraph ranges of HTML pages (bug 8 in docs/hardening.md): UTF-8 byte ranges into the page source that
/// never go backwards and never leave the text, on well-formed and malformed pages alike. Two blocks on one
/// source line share that line's range (libxml2 gives elements a line only).
@Suite struct HTMLArticleExtractorTests {
    static let fuzzCrashes = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz/crashes")
    static let webPages = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/corpus/web")

    /// Every range inside the text, on scalar boundaries, each starting and ending no earlier than the one
    /// before (equal ranges: blocks on one line).
    func expectOrderedRanges(_ article: Article, _ name: String) {
        let bytes = Array(article.text.utf8)
        var previous = 0..<0
        for paragraph in article.paragraphs {
            let range = paragraph.range
            #expect(range.upperBound <= bytes.count, "\(name): \(range) leaves the \(bytes.count)-byte text")
            #expect(range.lowerBound >= previous.lowerBound && range.upperBound >= previous.upperBound,
                    "\(name): \(range) goes back before \(previous) ('\(paragraph.text.prefix(30))')")
            #expect(range == previous || range.lowerBound >= previous.upperBound, "\(name): \(range) overlaps \(previous)")
            for bound in [range.lowerBound, range.upperBound] where bound < bytes.count {
                #expect(bytes[bound] & 0xC0 != 0x80, "\(name): \(range) splits a UTF-8 sequence")
            }
            previous = range
        }
    }

    /// Minimised from the html fuzz finding (html-ranges-out-of-order.html): the only <h1> of the page sits
    /// below the article body. It used to be put first as the headline, with a range after the body's.
    @Test func headlineBelowTheBodyIsNotPutFirst() throws {
        let html = """
            <html><body><div><p>Soldiers were told to report to the barracks by Friday.</p></div>
            <h1>Headline</h1></body></html>
            """
        let article = try ArticleReader.read(html: Data(html.utf8), baseURL: nil, file: "page.html")
        expectOrderedRanges(article, "page.html")
        #expect(article.paragraphs.map(\.text) == ["Soldiers were told to report to the barracks by Friday."])
        let first = try #require(article.paragraphs.first)
        #expect(first.range == 0..<(try #require(Array(html.utf8).firstIndex(of: 0x0A))))
        #expect(article.title == "Headline")
    }

    /// The headline above the body (the usual page) is still the first paragraph, a heading, on its line.
    @Test func headlineAboveTheBodyStaysFirst() throws {
        let html = """
            <html><body><h1>Headline</h1>
            <div><p>Soldiers were told to report to the barracks by Friday.</p>
            <p>The order came from the General Staff Department.</p></div></body></html>
            """
        let article = try ArticleReader.read(html: Data(html.utf8), baseURL: nil, file: "page.html")
        expectOrderedRanges(article, "page.html")
        #expect(article.paragraphs.map(\.kind) == [.heading, .body, .body])
        let lines = html.split(separator: "\n", omittingEmptySubsequences: false)
        let bytes = Array(html.utf8)
        for (paragraph, line) in zip(article.paragraphs, [0, 1, 2]) {
            #expect(String(decoding: bytes[paragraph.range], as: UTF8.self) == String(lines[line]))
        }
    }

    /// The headline on the same line as the first body paragraph (a one-line page) shares its range.
    @Test func headlineOnTheBodysLineSharesItsRange() throws {
        let html = "<html><body><h1>Headline</h1><div><p>Soldiers were told to report to the barracks by Friday.</p></div></body></html>"
        let article = try ArticleReader.read(html: Data(html.utf8), baseURL: nil, file: "page.html")
        #expect(article.paragraphs.map(\.kind) == [.heading, .body])
        #expect(article.paragraphs.map(\.range) == [0..<html.utf8.count, 0..<html.utf8.count])
    }

    /// Blocks without a usable line, or with one before the previous block's, take the previous range.
    @Test func unusableLinesInheritThePreviousRange() {
        let source = "one\ntwo\nthree"
        let starts = HTMLArticleExtractor.lineStartOffsets(source)
        let total = source.utf8.count
        #expect(HTMLArticleExtractor.range(ofLine: 2, lineStarts: starts, total: total, notBefore: nil) == 4..<7)
        #expect(HTMLArticleExtractor.range(ofLine: 3, lineStarts: starts, total: total, notBefore: 4..<7) == 8..<13)
        #expect(HTMLArticleExtractor.range(ofLine: 1, lineStarts: starts, total: total, notBefore: 4..<7) == 4..<7)
        #expect(HTMLArticleExtractor.range(ofLine: 0, lineStarts: starts, total: total, notBefore: 4..<7) == 4..<7)
        #expect(HTMLArticleExtractor.range(ofLine: 99, lineStarts: starts, total: total, notBefore: 8..<13) == 8..<13)
        #expect(HTMLArticleExtractor.range(ofLine: 0, lineStarts: starts, total: total, notBefore: nil) == 0..<0)
        #expect(HTMLArticleExtractor.range(ofLine: 2, lineStarts: starts, total: total, notBefore: 4..<7) == 4..<7)
    }

    /// The fuzz findings themselves (kept as crash inputs): in range and in order now.
    @Test(arguments: ["html-ranges-out-of-order.html", "html-shared-line-ranges.html"])
    func fuzzFindingsHaveOrderedRanges(_ name: String) throws {
        let data = try Data(contentsOf: Self.fuzzCrashes.appendingPathComponent(name))
        let article = try ArticleReader.read(html: data, baseURL: URL(string: "https://www.dailynk.com/english/x/"), file: name)
        #expect(!article.paragraphs.isEmpty)
        expectOrderedRanges(article, name)
    }

    /// The web fixtures keep their headline first and every range in order.
    @Test(arguments: ["english.html", "korean.html", "no-korean-link.html"])
    func webFixturesHaveOrderedRanges(_ name: String) throws {
        let data = try Data(contentsOf: Self.webPages.appendingPathComponent(name))
        let article = try ArticleReader.read(html: data, baseURL: URL(string: "https://www.dailynk.com/english/x/"), file: name)
        #expect(article.paragraphs.first?.kind == .heading)
        expectOrderedRanges(article, name)
    }
}
