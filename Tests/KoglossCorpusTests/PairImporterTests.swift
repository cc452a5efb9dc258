import Foundation
import KoglossAlign
import KoglossText
import Testing
@testable import KoglossCorpus

@Suite struct PairImporterTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    @Test func readsChecksAndAlignsASeedPair() throws {
        let content = try PairImporter().content(englishFile: Self.seeds.appendingPathComponent("000_31914b20eae98fcb.txt"),
                                                 koreanFile: Self.seeds.appendingPathComponent("000_31914b20eae98fcb.ko.txt"),
                                                 metadata: .init(title: "T", date: "2023-04-05"))
        #expect(content.englishFile == "000_31914b20eae98fcb.txt")
        #expect(content.koreanFile == "000_31914b20eae98fcb.ko.txt")
        #expect(content.translator == "Violet Kim")
        #expect(content.title == "T")
        #expect(content.date == "2023-04-05")
        // Every paragraph in exactly one bead.
        #expect(content.beads.flatMap(\.ko).sorted() == Array(content.koreanParagraphs.indices))
        #expect(content.beads.flatMap(\.en).sorted() == Array(content.englishParagraphs.indices))
        #expect(content.koreanParagraphs.allSatisfy { !$0.text.contains("kogloss:") })
    }

    @Test func refusesSwappedFilesAndBadDates() throws {
        let en = Self.seeds.appendingPathComponent("001_5f665c2d8f37da1c.txt"), ko = Self.seeds.appendingPathComponent("001_5f665c2d8f37da1c.ko.txt")
        let swapped = try #require(throws: InputError.self) { try PairImporter().content(englishFile: ko, koreanFile: en) }
        #expect(swapped.message.contains("swapped"))
        #expect(throws: InputError.self) { try PairImporter().content(englishFile: en, koreanFile: ko, metadata: .init(date: "5 April")) }
    }
}
