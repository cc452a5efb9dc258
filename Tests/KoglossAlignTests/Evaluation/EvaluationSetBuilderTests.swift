import Foundation
import Testing
@testable import KoglossAlign

@Suite struct EvaluationSetBuilderTests {
    @Test func buildsFiftyPlusDeterministicDocumentsWithCompleteGold() throws {
        let bases = try EvaluationSetBuilder.basePairs(in: [Fixtures.seeds, Fixtures.alignEval])
        #expect(bases.count >= 3)
        let first = try EvaluationSetBuilder().build(from: bases)
        let second = try EvaluationSetBuilder().build(from: bases)
        #expect(first.count >= 50)
        #expect(first.map(\.englishText) == second.map(\.englishText))
        var shapes = Set<String>()
        for document in first {
            let ko = try ArticleReader.read(text: document.koreanText, format: .text, file: nil).paragraphs
            let en = try ArticleReader.read(text: document.englishText, format: .text, file: nil).paragraphs
            #expect(GoldAlignment.isComplete(document.gold, koCount: ko.count, enCount: en.count), "\(document.name)")
            for bead in document.gold.beads { shapes.insert("\(bead.ko.count):\(bead.en.count)") }
        }
        // The perturbations produce every kind of bead the issue names.
        #expect(shapes.isSuperset(of: ["1:1", "2:1", "1:2", "1:0", "0:1"]))
    }

    @Test func sentenceBoundarySkipsAbbreviations() {
        let text = "The order came on Mar. 25 from the top. Graduates were told to report within a week."
        let cut = EvaluationSetBuilder.sentenceBoundary(in: text)
        #expect(cut.map { String(text[$0...]) } == "Graduates were told to report within a week.")
    }
}
