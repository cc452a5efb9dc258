import Foundation
import Testing
@testable import KoglossXML

@Suite struct HTMLDocumentTests {
    let page = """
    <!DOCTYPE html>
    <html><head><title>North Korea</title></head>
    <body>
    <article class="post"><h1>Radio silence</h1>
    <p>First <b>paragraph</b> &amp; more.</p>
    <p>두 번째 문단</p>
    <a class="lang" href="https://www.dailynk.com/archives/1">Read in Korean</a>
    </article>
    <p>outside</div>
    </body></html>
    """

    @Test func xpathFindsNodesTextAndAttributes() throws {
        let doc = try HTMLDocument(data: Data(page.utf8))
        let paragraphs = doc.select("//article//p")
        #expect(paragraphs.map(\.textContent) == ["First paragraph & more.", "두 번째 문단"])
        #expect(paragraphs.first?.name == "p")
        let link = try #require(doc.first("//a[contains(., 'Read in Korean')]"))
        #expect(link.attribute("href") == "https://www.dailynk.com/archives/1")
        #expect(link.attribute("missing") == nil)
        let article = try #require(doc.first("//article"))
        #expect(article.children.map(\.name) == ["h1", "p", "p", "a"])
        #expect(article.select(".//h1").first?.textContent == "Radio silence")
        #expect(doc.first("//title")?.textContent == "North Korea")
    }

    @Test func invalidXPathMatchesNothing() throws {
        let doc = try HTMLDocument(data: Data(page.utf8))
        #expect(doc.select("//p[").isEmpty)
    }

    @Test func defaultsToUTF8WithoutAMetaCharset() throws {
        let doc = try HTMLDocument(data: Data("<html><body><p>로동신문</p></body></html>".utf8))
        #expect(doc.first("//p")?.textContent == "로동신문")
    }

    @Test func honoursADeclaredCharset() throws {
        // "한" in EUC-KR is B0 A1? No: 한 = C7 D1 in EUC-KR.
        var data = Data("<html><head><meta charset=\"euc-kr\"></head><body><p>".utf8)
        data.append(contentsOf: [0xC7, 0xD1])
        data.append(contentsOf: Data("</p></body></html>".utf8))
        let doc = try HTMLDocument(data: data)
        #expect(doc.first("//p")?.textContent == "한")
    }

    @Test func emptyPageFails() {
        #expect(throws: (any Error).self) { _ = try HTMLDocument(data: Data(), file: "x.html") }
    }
}
