import Testing
@testable import KoglossText

@Suite struct NumberAnchorExtractorTests {
    func keys(_ anchors: [NumberAnchor]) -> [String] { anchors.map(\.key) }

    @Test func englishAndKoreanEntryPoints() {
        #expect(keys(NumberAnchorExtractor.englishAnchors(in: "On Mar. 31, 2023")) == ["date:3-31", "year:2023"])
        #expect(keys(NumberAnchorExtractor.koreanAnchors(in: "2023년 3월 31일")) == ["year:2023", "date:3-31"])
    }

    @Test func choosesTheLanguageByScript() {
        #expect(keys(NumberAnchorExtractor.anchors(in: "북한은 3만 명을")) == ["number:30000"])
        #expect(keys(NumberAnchorExtractor.anchors(in: "North Korea sent 30,000 troops on Mar. 31")) == ["number:30000", "date:3-31"])
    }

    @Test func rangesAreUTF8Offsets() throws {
        let text = "북한은 3월 31일 200여 명을"
        let anchors = NumberAnchorExtractor.koreanAnchors(in: text)
        let bytes = Array(text.utf8)
        let slices = anchors.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(slices == ["3월 31일", "200여"])
    }
}
