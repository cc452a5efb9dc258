import Foundation
import Testing
@testable import KoglossText

@Suite struct TextNormalizerTests {
    @Test func composesToNFC() {
        let decomposedHangul = "\u{1112}\u{1161}\u{11AB}"          // 한 as conjoining jamo
        #expect(TextNormalizer.nfc(decomposedHangul) == "한")
        #expect(TextNormalizer.nfc(decomposedHangul).unicodeScalars.count == 1)
        #expect(TextNormalizer.nfc("Jo\u{0306}").unicodeScalars.count == 2)
        #expect(TextNormalizer.nfc("plain ASCII") == "plain ASCII")
        #expect(TextNormalizer.nfc("") == "")
    }

    @Test func foldsTypographicVariants() {
        #expect(TextNormalizer.foldForMatching("Ａ０，") == "A0,")
        #expect(TextNormalizer.foldForMatching("“Kim’s”") == "\"Kim's\"")
        #expect(TextNormalizer.foldForMatching("a‐b‑c‒d–e—f―g") == "a-b-c-d-e-f-g")
        #expect(TextNormalizer.foldForMatching("a\u{00A0}b\u{3000}c\u{2009}d") == "a b c d")
        #expect(TextNormalizer.foldForMatching("（전략군）") == "(전략군)")
        #expect(TextNormalizer.foldForMatching("전략군") == "전략군")
    }

    @Test func foldingKeepsOneScalarPerScalar() {
        let text = "“Ｓｔｏｒｍ Ｃｏｒｐｓ” — ‘폭풍군단’\u{00A0}１１"
        #expect(TextNormalizer.foldForMatching(text).unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test func knownNFCFastPathAgreesWithFoundation() {
        for sample in ["abc", "한국어 문장, “인용”", "Ａ", "café", "e\u{0301}", "\u{1100}\u{1161}", "Å", "\u{2126}", "가\u{302E}\u{302A}", "《로동신문》"] {
            #expect(TextNormalizer.nfc(sample) == sample.precomposedStringWithCanonicalMapping)
        }
    }
}
