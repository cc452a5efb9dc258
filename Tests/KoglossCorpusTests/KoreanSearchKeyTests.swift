import Foundation
import Testing
@testable import KoglossCorpus

@Suite struct KoreanSearchKeyTests {
    @Test func holdsShortStemsAndTheThreeCharacterSequencesOfLongerWords() {
        let key = KoreanSearchKey.key(for: "북한의 전략군에서 군이 NK와 ICBM을, 3월에")
        let tokens = Set(key.split(separator: " ").map(String.init))
        #expect(tokens.contains("북한"))      // 북한의 -> 북한
        #expect(tokens.contains("군이") && tokens.contains("군"))
        #expect(tokens.contains("NK"))        // NK와 -> NK
        #expect(tokens.isSuperset(of: ["전략군", "략군에", "군에서"]))   // 전략군에서
        #expect(!tokens.contains("전략군에서"))
        #expect(tokens.isSuperset(of: ["ICB", "CBM", "BM을"]))
    }

    @Test func trigramsAreThreeScalarWindows() {
        #expect(KoreanSearchKey.trigrams(of: "최고사령관") == ["최고사", "고사령", "사령관"])
        #expect(KoreanSearchKey.trigrams(of: "북한").isEmpty)
    }

    @Test func splitsWordsOnPunctuationAndSpaces() {
        #expect(KoreanSearchKey.words(in: "'전략군'에 (ICBM)·기술 3.5%").map(String.init) == ["전략군", "에", "ICBM", "기술", "3", "5"])
    }

    @Test func cachedAndUncachedKeysAgree() {
        let cache = StemCache()
        let text = "북한 당국이 전략군에 학생들을 모집하고 있다. 북한의 군대는"
        #expect(KoreanSearchKey.key(for: text, stems: cache) == KoreanSearchKey.key(for: text))
        #expect(KoreanSearchKey.key(for: text, stems: cache) == KoreanSearchKey.key(for: text))
    }
}
