import Testing
import KoglossGlossary
@testable import KoglossAlign

@Suite struct TermbaseAnchorLexiconTests {
    let termbase = Termbase(concepts: [
        Concept(id: "strategic-force", terms: [Term(language: .korean, text: "전략군"), Term(language: .english, text: "Strategic Force")]),
        Concept(id: "rodong", terms: [Term(language: .korean, text: "로동신문"), Term(language: .english, text: "Rodong Sinmun")]),
        Concept(id: "corporal", terms: [Term(language: .korean, text: "하사"), Term(language: .english, text: "lance corporal")]),
        Concept(id: "korean-only", terms: [Term(language: .korean, text: "국가")]),
    ])

    @Test func koreanTermsWithParticlesAndSpelling() {
        let lexicon = TermbaseAnchorLexicon(termbase: termbase)
        #expect(lexicon.koreanConcepts(in: "전략군에서 모집했다") == [0])
        #expect(lexicon.koreanConcepts(in: "노동신문이 보도했다") == [1])
        // A term must start a word and be followed by particles only.
        #expect(lexicon.koreanConcepts(in: "비전략군사 하사관학교").isEmpty || !lexicon.koreanConcepts(in: "비전략군사").contains(0))
        // Concepts without both languages cannot anchor.
        #expect(lexicon.koreanConcepts(in: "국가가 나섰다").isEmpty)
    }

    @Test func englishRenderingsWithInflectionAndCase() {
        let lexicon = TermbaseAnchorLexicon(termbase: termbase)
        #expect(lexicon.englishConcepts(in: "the Strategic Force’s new recruits") == [0])
        #expect(lexicon.englishConcepts(in: "They became LANCE CORPORALS.") == [2])
        #expect(lexicon.englishConcepts(in: "a forceful strategy").isEmpty)
    }

    @Test func glossaryAnchorsDecideBetweenEqualLengths() {
        // Two Korean paragraphs of equal length, one English: the glossary term says which one it translates.
        let ko = [Paragraph(text: "전략군에서 새 병사들을 모집했다고 한다.", kind: .body, range: 0..<0),
                  Paragraph(text: "로동신문은 이날 관련 사설을 실었다고 한다.", kind: .body, range: 0..<0)]
        let en = [Paragraph(text: "The Rodong Sinmun ran an editorial about it that day, it is said.", kind: .body, range: 0..<0)]
        let alignment = ParagraphAligner(glossary: termbase).align(korean: ko, english: en)
        #expect(alignment.beads.contains { $0.ko == [1] && $0.en == [0] })
    }
}
