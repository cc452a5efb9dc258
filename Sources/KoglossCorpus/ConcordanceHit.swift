import Foundation
import KoglossAlign
import KoglossText

/// One concordance hit: a paragraph that matched and the aligned paragraphs of its bead on both sides.
public struct ConcordanceHit: Sendable, Equatable, Codable {
    /// A paragraph shown with a hit; `highlights` are UTF-8 byte ranges of the matches in `text`.
    public struct Line: Sendable, Equatable, Codable {
        public var index: Int
        public var kind: String
        public var text: String
        public var highlights: [Range<Int>]
    }

    public var pairID: Int64
    public var title: String?
    /// The side the query matched.
    public var language: ConcordanceQuery.Language
    /// Index of the matching paragraph on that side.
    public var paragraphIndex: Int
    /// The bead's confidence, nil if the paragraph is in no bead.
    public var confidence: Double?
    public var korean: [Line]
    public var english: [Line]
}
