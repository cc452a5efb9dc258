import Foundation
import Testing
import KoglossText
@testable import KoglossAlign

@Suite struct ArticleReaderTests {
    func write(_ data: Data, _ name: String) throws -> URL {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    @Test func seedIsReadWithKindsLanguageAndTranslator() throws {
        let article = try ArticleReader.read(contentsOf: Fixtures.seeds.appendingPathComponent("000_31914b20eae98fcb.txt"))
        #expect(article.language == .english)
        #expect(article.translator == "Violet Kim")
        #expect(article.paragraphs.count == 15)
        #expect(article.paragraphs.suffix(3).map(\.kind) == [.credit, .footer, .footer])
        let korean = try ArticleReader.read(contentsOf: Fixtures.seeds.appendingPathComponent("000_31914b20eae98fcb.ko.txt"))
        #expect(korean.language == .korean)
        #expect(korean.paragraphs[2].kind == .caption)
    }

    @Test func emptyFileIsRefused() throws {
        let url = try write(Data("\n \n".utf8), "empty.txt")
        #expect(throws: InputError.self) { try ArticleReader.read(contentsOf: url) }
    }

    @Test func binaryDataIsRefused() throws {
        let url = try write(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]), "zip.txt")
        #expect(throws: InputError.self) { try ArticleReader.read(contentsOf: url) }
    }

    @Test func invalidUTF8ReportsTheByteOffset() throws {
        var data = Data("Good text here.\n".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        let url = try write(data, "bad.txt")
        do {
            _ = try ArticleReader.read(contentsOf: url)
            Issue.record("expected an error")
        } catch let error as InputError {
            #expect(error.byteOffset == 16 || error.description.contains("16"))
        }
    }

    @Test func hugeParagraphIsRefusedClearly() throws {
        let url = try write(Data(String(repeating: "word ", count: 1_100_000).utf8), "huge.txt")
        do {
            _ = try ArticleReader.read(contentsOf: url)
            Issue.record("expected an error")
        } catch let error as InputError {
            #expect(error.message.contains("limit"))
            #expect(error.line == 1)
        }
    }

    @Test func tooManyParagraphsIsRefused() {
        let text = (0..<2_500).map { "Paragraph number \($0)." }.joined(separator: "\n\n")
        #expect(throws: InputError.self) { try ArticleReader.read(text: text, format: .text, file: "dump.txt") }
    }

    @Test func missingFile() {
        #expect(throws: InputError.self) { try ArticleReader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/article.txt")) }
    }

    @Test func htmlArticleBodyWithoutFurniture() throws {
        let html = """
        <!DOCTYPE html><html><head><title>Strategic Force recruits - Daily NK</title><script>var x = "not text";</script></head>
        <body><nav><ul><li>Home</li><li>News</li></ul></nav>
        <header><p>Site header paragraph</p></header>
        <article><h1>Strategic Force recruits students</h1>
        <div class="share-buttons"><p>Share on Facebook</p></div>
        <div class="article-body">
        <p>North Korean authorities are recruiting large numbers of students, Daily NK has learned.</p>
        <figure><img src="a.jpg" alt="kim"><figcaption>Kim Jong Un observes a test. / Image: KCNA</figcaption></figure>
        <p>A source said the order came on Mar. 25.</p>
        <p>*Translated by Violet Kim</p>
        <p><a href="https://www.dailynk.com/korean/123">Read in Korean</a></p>
        </div></article>
        <footer><p>Copyright Daily NK</p></footer></body></html>
        """
        let article = try ArticleReader.read(html: Data(html.utf8), baseURL: URL(string: "https://www.dailynk.com/english/x"), file: "page.html")
        #expect(article.paragraphs.map(\.kind) == [.heading, .body, .caption, .body, .credit, .footer])
        #expect(article.paragraphs[0].text == "Strategic Force recruits students")
        #expect(!article.paragraphs.contains { $0.text.contains("Share") || $0.text.contains("Home") || $0.text.contains("not text") })
        #expect(article.title == "Strategic Force recruits students")
        #expect(article.translator == "Violet Kim")
        #expect(article.koreanOriginalURL?.absoluteString == "https://www.dailynk.com/korean/123")
        #expect(article.language == .english)
    }

    @Test func eucKRPageIsDecodedByItsCharset() throws {
        // "북한" in EUC-KR is BA CF C7 D1.
        var data = Data("<html><head><meta charset=\"euc-kr\"></head><body><p>".utf8)
        data.append(contentsOf: [0xBA, 0xCF, 0xC7, 0xD1])
        data.append(contentsOf: Data(" is the north.</p></body></html>".utf8))
        let article = try ArticleReader.read(html: data, baseURL: nil, file: "euckr.html")
        #expect(article.paragraphs.first?.text.hasPrefix("북한") == true, "\(article.paragraphs.map(\.text))")
    }

    @Test func htmlWithoutArticleBodyIsRefused() throws {
        let html = "<html><body><nav><a href='/'>Home</a></nav><div><img src='x.png'></div></body></html>"
        #expect(throws: InputError.self) { try ArticleReader.read(html: Data(html.utf8), baseURL: nil, file: "empty.html") }
    }

    @Test func htmlDetectedFromContentOfTxtFile() throws {
        let url = try write(Data("<!doctype html><html><body><p>Just one paragraph of body text here.</p></body></html>".utf8), "page.txt")
        let article = try ArticleReader.read(contentsOf: url)
        #expect(article.paragraphs.map(\.text) == ["Just one paragraph of body text here."])
    }
}
