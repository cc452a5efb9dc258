import KoglossGlossary

/// Glossary anchors from the glossary's `TermMatcher`, the matcher the lint uses: Korean terms at word starts
/// followed by particles only, North and South Korean spellings alike; English renderings with case,
/// inflection, possessives and hyphenation folded. The concepts are those of `GlossaryAnchorConcepts`.
public struct TermMatcherAnchorLexicon: AnchorLexicon {
    public let matcher: TermMatcher
    private let anchors: GlossaryAnchorConcepts

    public init(matcher: TermMatcher, anchors: GlossaryAnchorConcepts? = nil) {
        self.matcher = matcher
        self.anchors = anchors ?? GlossaryAnchorConcepts(matcher: matcher)
    }

    public func koreanConcepts(in text: String) -> [Int] {
        anchors.concepts(in: matcher.koreanMatches(in: text))
    }

    public func englishConcepts(in text: String) -> [Int] {
        anchors.concepts(in: matcher.englishMatches(in: text))
    }
}
