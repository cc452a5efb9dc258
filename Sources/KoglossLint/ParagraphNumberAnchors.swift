import KoglossText

/// Number anchors of each paragraph of a document, as `NumberAnchorExtractor` gives them for the
/// paragraph's text (ranges relative to the paragraph's start). The aligner extracts the same anchors
/// for its paragraph features; handed to `LintEngine.lint(_:matches:anchors:rules:)`, they spare
/// `NumberMismatchRule` a second scan of both texts.
public struct ParagraphNumberAnchors: Sendable {
    /// `english[p]`: the anchors of `document.englishParagraphs[p]`.
    public var english: [[NumberAnchor]]
    /// `korean[p]`: the anchors of `document.koreanParagraphs[p]`.
    public var korean: [[NumberAnchor]]

    public init(english: [[NumberAnchor]], korean: [[NumberAnchor]]) {
        self.english = english
        self.korean = korean
    }

    /// Whether these are anchors of `document` (one list per paragraph of each language).
    public func fits(_ document: LintDocument) -> Bool {
        english.count == document.englishParagraphs.count && korean.count == document.koreanParagraphs.count
    }
}
