/// One concept of the termbase (TBX `conceptEntry`): the thing named, with its terms in every language.
/// Renamed institutions are separate concepts linked by cross references, each with its validity period,
/// because a name belongs to a period.
public struct Concept: Sendable, Hashable, Codable {
    /// Unique across the whole termbase (all files); an XML ID, so it starts with a letter or `_`.
    public var id: String
    public var subjectField: SubjectField?
    public var definition: String?
    /// Free-text notes for people (why a rendering was chosen, traps).
    public var notes: [String]
    /// What the concept and its renderings are based on (style guide, dictionary, URL).
    public var sources: [String]
    public var crossReferences: [CrossReference]
    public var validity: ValidityPeriod?
    /// Terms of every language, in file order.
    public var terms: [Term]
    /// Elements kogloss does not model, kept verbatim so a round trip never drops them.
    public var preserved: [PreservedElement]
    /// Per-language elements kogloss does not model (langSec children), by language code.
    public var preservedByLanguage: [String: [PreservedElement]]

    public init(
        id: String,
        subjectField: SubjectField? = nil,
        definition: String? = nil,
        notes: [String] = [],
        sources: [String] = [],
        crossReferences: [CrossReference] = [],
        validity: ValidityPeriod? = nil,
        terms: [Term] = [],
        preserved: [PreservedElement] = [],
        preservedByLanguage: [String: [PreservedElement]] = [:]
    ) {
        self.id = id
        self.subjectField = subjectField
        self.definition = definition
        self.notes = notes
        self.sources = sources
        self.crossReferences = crossReferences
        self.validity = validity
        self.terms = terms
        self.preserved = preserved
        self.preservedByLanguage = preservedByLanguage
    }

    /// Terms in one language, in file order.
    public func terms(in language: LanguageCode) -> [Term] {
        terms.filter { $0.language == language }
    }

    /// The preferred term in a language, or the first non-deprecated one when none is marked preferred.
    public func preferredTerm(in language: LanguageCode) -> Term? {
        let inLanguage = terms(in: language)
        return inLanguage.first { $0.status == .preferred }
            ?? inLanguage.first { $0.status == .admitted }
            ?? inLanguage.first { !$0.status.isDiscouraged }
    }

    /// Languages present, in first-appearance order.
    public var languages: [LanguageCode] {
        var seen: [LanguageCode] = []
        for term in terms where !seen.contains(term.language) { seen.append(term.language) }
        return seen
    }
}
