import Testing
@testable import KoglossAlign

@Suite struct ParagraphSplitterTests {
    @Test func blankLinesSeparateAndSoftWrapsJoin() {
        let text = "First paragraph is\nwrapped over two lines.\n\nSecond paragraph.\n"
        let paragraphs = ParagraphSplitter.split(text)
        #expect(paragraphs.map(\.text) == ["First paragraph is wrapped over two lines.", "Second paragraph."])
        #expect(paragraphs[0].range == 0..<42)
        let utf8 = Array(text.utf8)
        #expect(String(decoding: utf8[paragraphs[1].range], as: UTF8.self) == "Second paragraph.")
    }

    @Test func withoutBlankLinesEveryLineIsAParagraph() {
        let paragraphs = ParagraphSplitter.split("One.\nTwo.\nThree.")
        #expect(paragraphs.map(\.text) == ["One.", "Two.", "Three."])
    }

    @Test func wholeLineCommentsAreDropped() {
        let text = "<!-- kogloss: reconstructed Korean source -->\n\n첫 문단이다.\n<!-- lint: ignore -->\n\n둘째 문단이다.\n"
        let paragraphs = ParagraphSplitter.split(text)
        #expect(paragraphs.map(\.text) == ["첫 문단이다.", "둘째 문단이다."])
    }

    @Test func nonBodyLinesStandAloneInsideABlock() {
        let text = "Body text of the article goes here.\nkim jong un fishery station\nKim Jong Un at the station. / Image: Daily NK\n\n*Translated by Violet Kim\nRead in Korean\n"
        let paragraphs = ParagraphSplitter.split(text)
        #expect(paragraphs.map(\.kind) == [.body, .caption, .caption, .credit, .footer])
    }

    @Test func markdownHeadings() {
        let text = "# Title here\n\nBody text.\n\n## Radio silence\n\nMore body.\n"
        let paragraphs = ParagraphSplitter.split(text, format: .markdown)
        #expect(paragraphs.map(\.text) == ["Title here", "Body text.", "Radio silence", "More body."])
        #expect(paragraphs[0].kind == .heading)
        #expect(ParagraphSplitter.markdownTitle(text) == "Title here")
    }

    @Test func emptyTextHasNoParagraphs() {
        #expect(ParagraphSplitter.split("\n\n  \n").isEmpty)
    }
}
