import Testing
import KoglossGlossary
import KoglossText
@testable import KoglossAlign

/// Number anchors found in advance (as the lint's number rule needs them too) give exactly the alignment the
/// aligner finds when it extracts them itself.
@Suite struct PrecomputedNumberAnchorsTests {
    @Test func sameAlignmentOnTheEvaluationSet() throws {
        let glossary = try TBXReader.read(url: Fixtures.glossary.appendingPathComponent("dailynk.tbx")).termbase
        let matcher = TermMatcher(termbase: glossary)
        let aligner = ParagraphAligner(matcher: matcher)
        let anchors = GlossaryAnchorConcepts(matcher: matcher)
        var compared = 0
        for document in try AlignmentEvaluationSetTests.evaluationSet() {
            let ko = try ArticleReader.read(text: document.koreanText, format: .text, file: nil).paragraphs
            let en = try ArticleReader.read(text: document.englishText, format: .text, file: nil).paragraphs
            let koreanConcepts = ko.map { anchors.concepts(in: matcher.koreanMatches(in: $0.text)) }
            let englishConcepts = en.map { anchors.concepts(in: matcher.englishMatches(in: $0.text)) }
            let extracted = aligner.align(korean: ko, english: en, koreanConcepts: koreanConcepts, englishConcepts: englishConcepts)
            let given = aligner.align(korean: ko, english: en, koreanConcepts: koreanConcepts, englishConcepts: englishConcepts,
                                      koreanNumbers: ko.map { NumberAnchorExtractor.koreanAnchors(in: $0.text) },
                                      englishNumbers: en.map { NumberAnchorExtractor.englishAnchors(in: $0.text) })
            #expect(given.beads == extracted.beads, "\(document.name)")
            compared += 1
        }
        #expect(compared >= 12)
    }

    @Test func givenAnchorsAreWhatCounts() {
        let ko = [Paragraph(text: "첫 문단이다.", kind: .body, range: 0..<0), Paragraph(text: "둘째 문단이다.", kind: .body, range: 0..<0)]
        let en = [Paragraph(text: "The first one.", kind: .body, range: 0..<0)]
        let aligner = ParagraphAligner(lexicon: nil)
        let date = NumberAnchor(kind: .date, value: "3-31", range: 0..<1)
        func linked(_ koreanNumbers: [[NumberAnchor]]) -> Int? {
            aligner.align(korean: ko, english: en, koreanConcepts: [[], []], englishConcepts: [[]],
                          koreanNumbers: koreanNumbers, englishNumbers: [[date]]).beads.first { $0.en == [0] }?.ko.first
        }
        #expect(linked([[date], []]) == 0)
        #expect(linked([[], [date]]) == 1)
    }
}
