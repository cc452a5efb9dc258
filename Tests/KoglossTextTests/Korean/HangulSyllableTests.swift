import Testing
@testable import KoglossText

@Suite struct HangulSyllableTests {
    @Test func decomposesAndRecomposes() throws {
        let syllable = try #require(HangulSyllable("량"))
        #expect(syllable.initial == HangulSyllable.Initial.rieul)
        #expect(syllable.medial == 2)   // ㅑ
        #expect(syllable.final == 21)   // ㅇ
        #expect(syllable.hasFinalConsonant)
        #expect(syllable.scalar == "량")
        #expect(HangulSyllable(initial: HangulSyllable.Initial.ieung, medial: 2, final: 21).scalar == "양")
    }

    @Test func rejectsNonSyllables() {
        #expect(HangulSyllable("a") == nil)
        #expect(HangulSyllable("ㄹ") == nil)
        #expect(HangulSyllable("\u{D7A4}") == nil)
        #expect(HangulSyllable("가") != nil)
        #expect(HangulSyllable("힣") != nil)
        #expect(HangulSyllable("가")?.hasFinalConsonant == false)
    }
}
