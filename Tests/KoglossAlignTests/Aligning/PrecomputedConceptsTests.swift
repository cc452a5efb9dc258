import Testing
import KoglossGlossary
@testable import KoglossAlign

/// Glossary concepts found in advance (as the lint finds them with its TermMatcher) give the aligner exactly the
/// anchors, and so the alignment, it finds when it matches the glossary itself.
@Suite struct PrecomputedConceptsTests {
    let termbase = Termbase(concepts: [
        Concept(id: "strategic-force", terms: [Term(language: .korean, text: "전략군"), Term(language: .english, text: "Strategic Force")]),
        Concept(id: "rodong", terms: [Term(language: .korean, text: "로동신문"), Term(language: .english, text: "Rodong Sinmun")]),
        Concept(id: "korean-only", terms: [Term(language: .korean, text: "국가")]),
        Concept(id: "one-syllable", terms: [Term(language: .korean, text: "군"), Term(language: .korean, text: "군부대"),
                                             Term(language: .english, text: "county")]),
    ])

    @Test func anchorConceptsNeedBothLanguagesAndTwoKoreanCharacters() {
        let matcher = TermMatcher(termbase: termbase)
        let anchors = GlossaryAnchorConcepts(matcher: matcher)
        #expect(anchors.concepts(in: matcher.koreanMatches(in: "전략군에서 노동신문을 읽었다")) == [0, 1])
        #expect(anchors.concepts(in: matcher.koreanMatches(in: "국가가 나섰다")).isEmpty)
        #expect(anchors.concepts(in: matcher.koreanMatches(in: "군 소재지의 군부대")) == [3])
        #expect(anchors.concepts(in: matcher.englishMatches(in: "The Strategic Force’s county")) == [0, 3])
    }

    @Test func sameAlignmentAsTheMatcherLexiconOnTheEvaluationSet() throws {
        let glossary = try TBXReader.read(url: Fixtures.glossary.appendingPathComponent("dailynk.tbx")).termbase
        let matcher = TermMatcher(termbase: glossary)
        let aligner = ParagraphAligner(matcher: matcher)
        let anchors = GlossaryAnchorConcepts(matcher: matcher)
        var compared = 0
        for document in try AlignmentEvaluationSetTests.evaluationSet() {
            let ko = try ArticleReader.read(text: document.koreanText, format: .text, file: nil).paragraphs
            let en = try ArticleReader.read(text: document.englishText, format: .text, file: nil).paragraphs
            let direct = aligner.align(korean: ko, english: en)
            let given = aligner.align(korean: ko, english: en,
                                      koreanConcepts: ko.map { anchors.concepts(in: matcher.koreanMatches(in: $0.text)) },
                                      englishConcepts: en.map { anchors.concepts(in: matcher.englishMatches(in: $0.text)) })
            #expect(given.beads == direct.beads, "\(document.name)")
            compared += 1
        }
        #expect(compared >= 12)
    }

    @Test func givenConceptsDecideBetweenEqualLengths() {
        let ko = [Paragraph(text: "전략군에서 새 병사들을 모집했다고 한다.", kind: .body, range: 0..<0),
                  Paragraph(text: "로동신문은 이날 관련 사설을 실었다고 한다.", kind: .body, range: 0..<0)]
        let en = [Paragraph(text: "The Rodong Sinmun ran an editorial about it that day, it is said.", kind: .body, range: 0..<0)]
        let aligner = ParagraphAligner(lexicon: nil)
        #expect(aligner.align(korean: ko, english: en, koreanConcepts: [[0], [1]], englishConcepts: [[1]]).beads.contains { $0.ko == [1] && $0.en == [0] })
        #expect(aligner.align(korean: ko, english: en, koreanConcepts: [[0], [1]], englishConcepts: [[0]]).beads.contains { $0.ko == [0] && $0.en == [0] })
    }
}
