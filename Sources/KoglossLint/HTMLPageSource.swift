/// The page an HTML document was read from. An HTML page is linted on its paragraphs' extracted text (what
/// the aligner reads: tags dropped, entities decoded, white space collapsed), so `LintDocument.english` is
/// that text; the page source is kept to report findings at their place in the file and to fix it there.
public struct HTMLPageSource: Sendable {
    /// The decoded page source (what the file's bytes say).
    public var text: String
    /// Per English paragraph of the document, its range in `text` as the article reader gives it (the
    /// element's start line).
    public var paragraphRanges: [Range<Int>]

    public init(text: String, paragraphRanges: [Range<Int>]) {
        self.text = text
        self.paragraphRanges = paragraphRanges
    }
}
