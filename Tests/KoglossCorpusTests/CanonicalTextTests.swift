import Foundation
import Testing
@testable import KoglossCorpus

@Suite struct CanonicalTextTests {
    @Test func normalisesDecomposedTextAndLeavesNFCAlone() {
        #expect(CanonicalText.nfc("\u{1112}\u{1161}\u{11AB}국") == "한국")
        #expect(CanonicalText.nfc("e\u{301}") == "\u{E9}")
        #expect(CanonicalText.nfc("\u{212B}") == "\u{C5}")   // Angstrom sign is a singleton decomposition
        #expect(!CanonicalText.mayNeedNormalization("North Korea’s 전략군 — 3월 31일"))
        #expect(CanonicalText.mayNeedNormalization("e\u{301}"))
    }

    @Test func agreesWithFoundationOnAMixedSample() {
        let samples = ["Kim Jong Un’s “new weaponry”", "北 보위국", "Ａ０，", "ﬁ", "\u{1100}\u{1161}", "Ω and \u{2126}", "क़"]
        for s in samples { #expect(CanonicalText.nfc(s) == s.precomposedStringWithCanonicalMapping, "\(s)") }
    }
}
