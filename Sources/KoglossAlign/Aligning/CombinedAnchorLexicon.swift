/// Several lexicons as one: concept numbers of each are offset so they never collide.
public struct CombinedAnchorLexicon: AnchorLexicon {
    private let parts: [(lexicon: AnchorLexicon, offset: Int)]

    public init(_ lexicons: [AnchorLexicon]) {
        parts = lexicons.enumerated().map { ($0.element, $0.offset << 32) }
    }

    public func koreanConcepts(in text: String) -> [Int] {
        parts.flatMap { part in part.lexicon.koreanConcepts(in: text).map { $0 + part.offset } }
    }

    public func englishConcepts(in text: String) -> [Int] {
        parts.flatMap { part in part.lexicon.englishConcepts(in: text).map { $0 + part.offset } }
    }
}
