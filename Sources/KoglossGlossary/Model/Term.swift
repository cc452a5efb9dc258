/// One designation of a concept in one language (TBX `termSec`).
public struct Term: Sendable, Hashable, Codable {
    public var language: LanguageCode
    /// The term as written, NFC-normalised.
    public var text: String
    public var status: AdministrativeStatus
    public var type: TermType
    /// For `type == .variant`: what kind of variant (romanisation, North/South spelling).
    public var variantKind: VariantKind?
    public var partOfSpeech: PartOfSpeech?
    /// Geographical usage, e.g. `KP` for North Korean spelling, `KR` for South Korean.
    public var geographicalUsage: String?
    /// How and when to use this term (shown by lookup and lint).
    public var usageNote: String?
    /// A sentence that shows the term in use.
    public var context: String?
    /// Where this particular term comes from.
    public var source: String?
    /// When true, matching respects case (acronyms such as `MSS`); otherwise case is folded.
    public var caseSensitive: Bool
    /// termSec children kogloss does not model, kept verbatim.
    public var preserved: [PreservedElement]

    public init(
        language: LanguageCode,
        text: String,
        status: AdministrativeStatus = .admitted,
        type: TermType = .fullForm,
        variantKind: VariantKind? = nil,
        partOfSpeech: PartOfSpeech? = nil,
        geographicalUsage: String? = nil,
        usageNote: String? = nil,
        context: String? = nil,
        source: String? = nil,
        caseSensitive: Bool = false,
        preserved: [PreservedElement] = []
    ) {
        self.language = language
        self.text = text
        self.status = status
        self.type = type
        self.variantKind = variantKind
        self.partOfSpeech = partOfSpeech
        self.geographicalUsage = geographicalUsage
        self.usageNote = usageNote
        self.context = context
        self.source = source
        self.caseSensitive = caseSensitive
        self.preserved = preserved
    }
}
