import Foundation
import Testing
@testable import KoglossAlign

/// The three seed articles against the hand-made gold alignments in seeds/.
@Suite struct SeedAlignmentTests {
    static let bases = ["000_31914b20eae98fcb", "001_5f665c2d8f37da1c", "002_c4ccb5cb50824faf"]

    @Test(arguments: bases) func seedMatchesGold(base: String) throws {
        let english = try ArticleReader.read(contentsOf: Fixtures.seeds.appendingPathComponent("\(base).txt"))
        let korean = try ArticleReader.read(contentsOf: Fixtures.seeds.appendingPathComponent("\(base).ko.txt"))
        let gold = try GoldAlignment.read(Fixtures.seeds.appendingPathComponent("\(base).gold.json"))
        #expect(GoldAlignment.isComplete(gold, koCount: korean.paragraphs.count, enCount: english.paragraphs.count))
        let alignment = ParagraphAligner().align(korean: korean, english: english)
        #expect(GoldAlignment.isComplete(alignment, koCount: korean.paragraphs.count, enCount: english.paragraphs.count))
        var evaluation = AlignmentEvaluation()
        evaluation.add(predicted: alignment, gold: gold)
        let wrong = alignment.beads.filter { b in !gold.beads.contains { $0.ko == b.ko && $0.en == b.en } }
        #expect(evaluation.f1 == 1, "\(base): \(evaluation); wrong beads: \(wrong)")
    }
}
