/// A source of glossary anchors: the concepts whose Korean term occurs in a Korean paragraph, and the concepts
/// one of whose English renderings occurs in an English paragraph. A shared concept is evidence of a link.
public protocol AnchorLexicon: Sendable {
    /// Small concept numbers (stable for this lexicon) of the Korean terms found in `text`.
    func koreanConcepts(in text: String) -> [Int]
    /// Small concept numbers of the English renderings found in `text`.
    func englishConcepts(in text: String) -> [Int]
}
