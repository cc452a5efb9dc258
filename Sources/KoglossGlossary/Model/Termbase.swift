/// A whole termbase: header and concepts in order. A glossary folder with several `.tbx` files loads
/// as one `Termbase` whose concepts remember their file (see `TermbaseStore`).
public struct Termbase: Sendable, Hashable, Codable {
    public var header: TermbaseHeader
    public var concepts: [Concept]

    public init(header: TermbaseHeader = TermbaseHeader(), concepts: [Concept] = []) {
        self.header = header
        self.concepts = concepts
    }

    public func concept(id: String) -> Concept? { concepts.first { $0.id == id } }
}

/// TBX header data kept for round trips.
public struct TermbaseHeader: Sendable, Hashable, Codable {
    public var title: String?
    /// `publicationStmt` paragraphs.
    public var publication: [String]
    /// `sourceDesc` paragraphs.
    public var sourceDescription: [String]
    /// The `xml:lang` of the `tbx` root (the termbase's main language).
    public var sourceLanguage: LanguageCode
    /// Header or back-matter elements kogloss does not model, kept verbatim.
    public var preserved: [PreservedElement]

    public init(
        title: String? = nil,
        publication: [String] = [],
        sourceDescription: [String] = [],
        sourceLanguage: LanguageCode = .korean,
        preserved: [PreservedElement] = []
    ) {
        self.title = title
        self.publication = publication
        self.sourceDescription = sourceDescription
        self.sourceLanguage = sourceLanguage
        self.preserved = preserved
    }
}
