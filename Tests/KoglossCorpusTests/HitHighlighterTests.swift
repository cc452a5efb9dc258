import Testing
@testable import KoglossCorpus

@Suite struct HitHighlighterTests {
    @Test func findsEveryOccurrenceAsUTF8ByteRanges() {
        let text = "북한의 전략군, 북한"
        #expect(HitHighlighter.ranges(of: ["북한"], in: text) == [0..<6, 21..<27])
        #expect(HitHighlighter.ranges(of: ["없음"], in: text).isEmpty)
    }

    @Test func readsFTSMarkersAndMergesTouchingRanges() {
        #expect(HitHighlighter.ranges(inMarked: "the \u{1}Strategic\u{2} \u{1}Force\u{2} unit") == [4..<13, 14..<19])
        #expect(HitHighlighter.merged([0..<3, 3..<5, 8..<9, 1..<2]) == [0..<5, 8..<9])
    }
}
