import KoglossGlossary

/// A document's glossary term matches per paragraph, found once by `LintInputLoader` (which aligns with them)
/// and handed to `LintContext` (whose rules read them), so that a lint with a source matches each text once.
public struct DocumentTermMatches: Sendable {
    /// `english[p]`: the matches in `document.englishParagraphs[p]`, as `TermMatcher.englishMatches(in:ranges:)` gives them.
    public var english: [[TermMatch]]
    /// `korean[p]`: the matches in `document.koreanParagraphs[p]` (empty without a source).
    public var korean: [[TermMatch]]

    public init(english: [[TermMatch]], korean: [[TermMatch]]) {
        self.english = english
        self.korean = korean
    }

    /// The matches of `matcher` in `document`, paragraph by paragraph.
    public init(document: LintDocument, matcher: TermMatcher) {
        english = matcher.englishMatches(in: document.english, ranges: document.englishParagraphs.lazy.map(\.range))
        korean = document.korean.map { matcher.koreanMatches(in: $0, ranges: document.koreanParagraphs.lazy.map(\.range)) } ?? []
    }

    /// Whether these are per-paragraph matches of `document` (one list per paragraph of each language).
    public func fits(_ document: LintDocument) -> Bool {
        english.count == document.englishParagraphs.count
            && korean.count == (document.korean == nil ? 0 : document.koreanParagraphs.count)
    }
}
