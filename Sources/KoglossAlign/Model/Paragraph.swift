/// One paragraph of an article: its text (whitespace-normalised), its kind, and where it came from.
public struct Paragraph: Codable, Sendable, Hashable {
    public var text: String
    public var kind: ParagraphKind
    /// UTF-8 byte range in the decoded source text (for HTML: the page source, or the element's text when unknown).
    public var range: Range<Int>

    public init(text: String, kind: ParagraphKind, range: Range<Int>) {
        self.text = text
        self.kind = kind
        self.range = range
    }
}
