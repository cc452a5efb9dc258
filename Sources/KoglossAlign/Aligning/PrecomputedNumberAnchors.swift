import KoglossText

extension ParagraphAligner {
    /// `align(korean:english:koreanConcepts:englishConcepts:)` with each paragraph's number anchors found in
    /// advance: `koreanNumbers[p]` must be `NumberAnchorExtractor.koreanAnchors(in: korean[p].text)` and
    /// `englishNumbers[p]` `NumberAnchorExtractor.englishAnchors(in: english[p].text)` (ranges relative to the
    /// paragraph text). Then a caller that needs the anchors too (the lint's number rule) finds them once, and
    /// the alignment is the same as without them.
    public func align(korean: [Paragraph], english: [Paragraph], koreanConcepts: [[Int]], englishConcepts: [[Int]],
                      koreanNumbers: [[NumberAnchor]], englishNumbers: [[NumberAnchor]]) -> Alignment {
        precondition(koreanConcepts.count == korean.count && englishConcepts.count == english.count,
                     "one concept list per paragraph")
        precondition(koreanNumbers.count == korean.count && englishNumbers.count == english.count,
                     "one anchor list per paragraph")
        let (ko, en) = features(korean: korean, english: english, lexicon: textLexicon, koreanConcepts: koreanConcepts,
                                englishConcepts: englishConcepts, koreanNumbers: koreanNumbers, englishNumbers: englishNumbers)
        return align(ko: ko, en: en, model: model)
    }
}
