import Foundation
import KoglossAlign
import KoglossText

/// Everything stored for one article pair, ready to import: both texts, their paragraphs, the alignment
/// and the metadata. Built by `PairImporter` from files or pages, by `TMXReader` from TMX, or by callers.
public struct PairContent: Sendable, Equatable {
    public var englishText: String
    public var koreanText: String
    public var englishParagraphs: [Paragraph]
    public var koreanParagraphs: [Paragraph]
    public var beads: [Bead]
    public var title: String?
    public var url: String?
    /// `YYYY-MM-DD`.
    public var date: String?
    public var translator: String?
    /// File names (last path component) the texts came from, part of the re-import identity.
    public var englishFile: String?
    public var koreanFile: String?

    public init(englishText: String, koreanText: String, englishParagraphs: [Paragraph], koreanParagraphs: [Paragraph],
                beads: [Bead], title: String? = nil, url: String? = nil, date: String? = nil, translator: String? = nil,
                englishFile: String? = nil, koreanFile: String? = nil) {
        self.englishText = englishText
        self.koreanText = koreanText
        self.englishParagraphs = englishParagraphs
        self.koreanParagraphs = koreanParagraphs
        self.beads = beads
        self.title = title
        self.url = url
        self.date = date
        self.translator = translator
        self.englishFile = englishFile
        self.koreanFile = koreanFile
    }

    /// SHA-256 of the NFC texts (see `ContentHash`).
    public var contentHash: String { ContentHash.of(english: englishText, korean: koreanText) }

    /// Checks what the store relies on: bead indices in range and each paragraph in at most one bead,
    /// a well-formed date. Throws `InputError` naming `source`.
    public func validate(source: String?) throws {
        if let date, !PairContent.isISODate(date) {
            throw InputError(file: source, message: "date '\(date)' is not YYYY-MM-DD", hint: "pass --date like 2024-04-05")
        }
        var seenKo = Set<Int>(), seenEn = Set<Int>()
        for bead in beads {
            for i in bead.ko where i < 0 || i >= koreanParagraphs.count || !seenKo.insert(i).inserted {
                throw InputError(file: source, message: "alignment refers to Korean paragraph \(i) out of range or twice", hint: "this is a bug in the aligner; please report it")
            }
            for i in bead.en where i < 0 || i >= englishParagraphs.count || !seenEn.insert(i).inserted {
                throw InputError(file: source, message: "alignment refers to English paragraph \(i) out of range or twice", hint: "this is a bug in the aligner; please report it")
            }
        }
    }

    /// True for a real calendar date `YYYY-MM-DD`.
    public static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }
}
