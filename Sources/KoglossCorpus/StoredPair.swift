import Foundation
import KoglossAlign
import KoglossText

/// One pair as stored in the corpus, with its id and import times.
public struct StoredPair: Sendable, Equatable {
    public var id: Int64
    public var content: PairContent
    public var contentHash: String
    /// ISO 8601 UTC times of the first import and the latest update.
    public var createdAt: String
    public var updatedAt: String

    public var title: String? { content.title }
    public var url: String? { content.url }
    public var date: String? { content.date }
    public var translator: String? { content.translator }
    public var englishText: String { content.englishText }
    public var koreanText: String { content.koreanText }
    public var englishParagraphs: [Paragraph] { content.englishParagraphs }
    public var koreanParagraphs: [Paragraph] { content.koreanParagraphs }
    public var beads: [Bead] { content.beads }
}

/// One line of `pairs list`: a pair without its texts.
public struct PairSummary: Sendable, Equatable, Codable {
    public var id: Int64
    public var title: String?
    public var url: String?
    public var date: String?
    public var translator: String?
    public var englishFile: String?
    public var koreanFile: String?
    public var englishParagraphCount: Int
    public var koreanParagraphCount: Int
    public var beadCount: Int
    public var updatedAt: String
}

/// What `importPair` did.
public enum ImportOutcome: Sendable, Equatable {
    case inserted(Int64)
    case updated(Int64)

    public var id: Int64 {
        switch self { case .inserted(let id), .updated(let id): return id }
    }
}
