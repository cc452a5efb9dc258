import Testing
@testable import KoglossText

@Suite struct FoldedTextTests {
    func slice(_ s: String, _ range: Range<Int>) -> String {
        String(decoding: Array(s.utf8)[range], as: UTF8.self)
    }

    @Test func asciiTextIsUnchanged() {
        let folded = FoldedText("Storm Corps")
        #expect(folded.text == "Storm Corps")
        #expect(folded.originalOffset(6) == 6)
        #expect(folded.originalRange(6..<11) == 6..<11)
    }

    @Test func mapsFullWidthBackToTheOriginal() {
        let original = "“Ｓｔｏｒｍ Ｃｏｒｐｓ” 폭풍군단"
        let folded = FoldedText(original, lowercase: true)
        #expect(folded.text == "\"storm corps\" 폭풍군단")
        let corps = folded.text.utf8.firstRange(of: "corps".utf8)!
        let start = folded.text.utf8.distance(from: folded.text.utf8.startIndex, to: corps.lowerBound)
        let range = folded.originalRange(start..<(start + 5))
        #expect(slice(original, range) == "Ｃｏｒｐｓ")
        let hangul = folded.text.utf8.count - "폭풍군단".utf8.count
        #expect(slice(original, folded.originalRange(hangul..<folded.text.utf8.count)) == "폭풍군단")
    }

    @Test func lowercasesOnlyWhenAsked() {
        #expect(FoldedText("KPA Unit").text == "KPA Unit")
        #expect(FoldedText("KPA Unit", lowercase: true).text == "kpa unit")
        #expect(FoldedText("ÉCOLE", lowercase: true).text == "école")
    }

    @Test func clampsOffsets() {
        let folded = FoldedText("Ａ")
        #expect(folded.originalOffset(-1) == 0)
        #expect(folded.originalOffset(1) == 3)
        #expect(folded.originalOffset(99) == 3)
    }
}
