/// Subject field of a concept; written to TBX `descrip type="subjectField"` as `rawValue`.
public enum SubjectField: String, Sendable, Hashable, Codable, CaseIterable {
    case militaryUnit = "military unit"
    case rank
    case institution
    case person
    case place
    case publication
    case law
    case title
    case other
}

/// TBX `administrativeStatus`; TBX value is `<rawValue>Term-admn-sts`.
public enum AdministrativeStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case preferred
    case admitted
    case deprecated
    case superseded

    /// Deprecated and superseded terms are flagged by lint and offered a replacement.
    public var isDiscouraged: Bool { self == .deprecated || self == .superseded }
    /// The TBX-Basic picklist value, e.g. `preferredTerm-admn-sts`.
    public var tbxValue: String { rawValue + "Term-admn-sts" }
    public init?(tbxValue: String) {
        let trimmed = tbxValue.hasSuffix("Term-admn-sts") ? String(tbxValue.dropLast("Term-admn-sts".count)) : tbxValue
        self.init(rawValue: trimmed)
    }
}

/// TBX `termType` (TBX-Basic picklist).
public enum TermType: String, Sendable, Hashable, Codable, CaseIterable {
    case fullForm
    case acronym
    case abbreviation
    case shortForm
    case variant
    case phrase
}

/// What a `variant` term varies in. TBX-Basic has no data category for this; kogloss writes it as a
/// term-level `<note>kogloss:variant=...</note>` (see docs/tbx-mapping.md).
public enum VariantKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Kim Jong-un for Kim Jong Un.
    case romanization
    /// South Korean spelling of a North Korean term (노동신문 for 로동신문) or the reverse.
    case spelling
    /// Hyphenation, spacing or punctuation only.
    case orthographic
}

/// TBX-Basic `partOfSpeech` picklist.
public enum PartOfSpeech: String, Sendable, Hashable, Codable, CaseIterable {
    case noun, verb, adjective, adverb, other
}
