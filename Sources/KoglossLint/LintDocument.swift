/// What a lint run looks at: an English text, and optionally its Korean source aligned paragraph by
/// paragraph, and the article's date (for anachronisms).
public struct LintDocument: Sendable {
    /// Path shown in findings.
    public var path: String
    /// The English text, decoded and NFC (all ranges point into it): the file's text, or for an HTML page
    /// its paragraphs' extracted texts (see `htmlSource`).
    public var english: String
    /// English paragraphs; when empty, the whole text counts as one body paragraph.
    public var englishParagraphs: [LintParagraph]
    /// The Korean source text, when linting against it.
    public var korean: String?
    public var koreanParagraphs: [LintParagraph]
    /// Alignment of `koreanParagraphs` to `englishParagraphs`.
    public var beads: [LintBead]
    /// Article date, `YYYY-MM-DD`, when known.
    public var date: String?
    /// For an HTML page linted on its extracted text: the page source, where findings are reported and fixed
    /// (`fileFindings(_:)`); nil for plain text and Markdown, whose text is the file's.
    public var htmlSource: HTMLPageSource?

    public init(path: String, english: String, englishParagraphs: [LintParagraph] = [], korean: String? = nil,
                koreanParagraphs: [LintParagraph] = [], beads: [LintBead] = [], date: String? = nil,
                htmlSource: HTMLPageSource? = nil) {
        self.path = path
        self.english = english
        self.englishParagraphs = englishParagraphs.isEmpty
            ? [LintParagraph(range: 0..<english.utf8.count, kind: .body)] : englishParagraphs
        self.korean = korean
        self.koreanParagraphs = koreanParagraphs
        self.beads = beads
        self.date = date
        self.htmlSource = htmlSource
    }

    /// True when a Korean source with an alignment is present.
    public var hasSource: Bool { korean != nil && !beads.isEmpty }
}
