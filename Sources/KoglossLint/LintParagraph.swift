/// A paragraph of a linted text: where it is and whether it is body text.
public struct LintParagraph: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case body, heading, caption, other }
    /// UTF-8 byte range in the document's text.
    public var range: Range<Int>
    public var kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }

    /// Body text and headings carry terms worth checking against the source.
    public var isBodyOrHeading: Bool { kind == .body || kind == .heading }
}

/// Aligned paragraphs: Korean indices and English indices that translate each other.
public struct LintBead: Sendable, Hashable, Codable {
    public var korean: [Int]
    public var english: [Int]
    public var confidence: Double

    public init(korean: [Int], english: [Int], confidence: Double = 1) {
        self.korean = korean
        self.english = english
        self.confidence = confidence
    }
}
