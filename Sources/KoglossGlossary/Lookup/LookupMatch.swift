/// One concept found by `TermLookup`, with the term that matched and how.
public struct LookupMatch: Sendable, Hashable {
    /// How the query matched, from most to least exact.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The term exactly as written.
        case exact
        /// Equal after case, width, quote and dash folding.
        case folded
        /// Equal after removing Korean particles (전략군에서 -> 전략군).
        case particles
        /// Equal under North/South Korean spelling (로동신문 = 노동신문).
        case spelling
        /// Equal ignoring spaces, hyphens and diacritics (Kim Jong-un = Kim Jong Un).
        case romanization
        /// Equal after English plural/possessive reduction (lance corporals = lance corporal).
        case inflection
        /// The query occurs inside the term (or the term inside the query).
        case substring
        /// Within a small edit distance.
        case fuzzy
    }

    /// Index of the concept in the termbase's `concepts`.
    public var conceptIndex: Int
    public var conceptID: String
    /// Index of the matched term in the concept's `terms`.
    public var termIndex: Int
    public var kind: Kind
    /// 0...1, higher is better; sorts results.
    public var score: Double
    /// For `.fuzzy`: the edit distance.
    public var distance: Int?

    public init(conceptIndex: Int, conceptID: String, termIndex: Int, kind: Kind, score: Double, distance: Int? = nil) {
        self.conceptIndex = conceptIndex
        self.conceptID = conceptID
        self.termIndex = termIndex
        self.kind = kind
        self.score = score
        self.distance = distance
    }
}
