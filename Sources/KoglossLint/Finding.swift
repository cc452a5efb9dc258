/// One departure from the glossary found in an English text.
public struct Finding: Codable, Sendable, Hashable {
    public var ruleID: String
    public var severity: Severity
    /// UTF-8 byte range in the English text (may be empty for a position, e.g. an omitted paragraph).
    public var range: Range<Int>
    public var message: String
    /// Text that should replace `range`, when the rule knows it.
    public var replacement: String?
    /// Index of the English paragraph the finding is in, when paragraphs are known.
    public var englishParagraph: Int?
    /// Index of the Korean paragraph the finding is about (source-based rules).
    public var koreanParagraph: Int?

    public init(ruleID: String, severity: Severity, range: Range<Int>, message: String, replacement: String? = nil,
                englishParagraph: Int? = nil, koreanParagraph: Int? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.range = range
        self.message = message
        self.replacement = replacement
        self.englishParagraph = englishParagraph
        self.koreanParagraph = koreanParagraph
    }
}
