import Foundation
import Testing
@testable import KoglossAlign
import KoglossGlossary

/// Exact-bead F1 of the aligner and of the length-only baseline over the generated evaluation set
/// (seeds and Tests/Fixtures/align-eval, each as it is and with realistic perturbations).
@Suite struct AlignmentEvaluationSetTests {
    static func evaluationSet() throws -> [EvaluationDocument] {
        let bases = try EvaluationSetBuilder.basePairs(in: [Fixtures.seeds, Fixtures.alignEval])
        return try EvaluationSetBuilder().build(from: bases)
    }

    @Test func oursBeatsTarget_andBaselineIsClearlyLower() throws {
        let documents = try Self.evaluationSet()
        #expect(documents.count >= 12)
        let glossary = try TBXReader.read(url: Fixtures.glossary.appendingPathComponent("dailynk.tbx")).termbase
        let ours = ParagraphAligner(glossary: glossary)
        let baseline = LengthOnlyAligner()
        var oursEvaluation = AlignmentEvaluation()
        var baselineEvaluation = AlignmentEvaluation()
        var noGlossaryEvaluation = AlignmentEvaluation()
        let noGlossary = ParagraphAligner()
        // The glossary anchors as TermbaseAnchorLexicon finds them (what `ParagraphAligner(glossary:)` used before
        // it matched with the glossary's TermMatcher, as the lint does), for comparison.
        let termbaseLexicon = ParagraphAligner(lexicon: CombinedAnchorLexicon([TermbaseAnchorLexicon(termbase: glossary), CoreNewsLexicon()]))
        var termbaseLexiconEvaluation = AlignmentEvaluation()
        var failures: [String] = []
        for document in documents {
            let ko = try ArticleReader.read(text: document.koreanText, format: .text, file: document.name + ".ko").paragraphs
            let en = try ArticleReader.read(text: document.englishText, format: .text, file: document.name).paragraphs
            #expect(GoldAlignment.isComplete(document.gold, koCount: ko.count, enCount: en.count), "\(document.name): paragraphs changed on re-reading")
            let predicted = ours.align(korean: ko, english: en)
            oursEvaluation.add(predicted: predicted, gold: document.gold)
            baselineEvaluation.add(predicted: baseline.align(korean: ko, english: en), gold: document.gold)
            noGlossaryEvaluation.add(predicted: noGlossary.align(korean: ko, english: en), gold: document.gold)
            termbaseLexiconEvaluation.add(predicted: termbaseLexicon.align(korean: ko, english: en), gold: document.gold)
            for bead in predicted.beads where !document.gold.beads.contains(where: { $0.ko == bead.ko && $0.en == bead.en }) {
                let near = document.gold.beads.filter { g in !Set(g.ko).isDisjoint(with: bead.ko) || !Set(g.en).isDisjoint(with: bead.en) }
                failures.append("\(document.name): ko\(bead.ko) en\(bead.en) conf \(bead.confidence) gold \(near.map { "\($0.ko)-\($0.en)" })")
            }
        }
        let confidence = oursEvaluation.meanConfidence
        print("align evaluation: \(documents.count) document pairs")
        print("  ours:     \(oursEvaluation)  mean confidence correct \(confidence.correct), wrong \(confidence.wrong)")
        print("  baseline: \(baselineEvaluation)")
        print("  ours without the glossary: \(noGlossaryEvaluation)")
        print("  ours with TermbaseAnchorLexicon: \(termbaseLexiconEvaluation)")
        print("  wrong: \(failures.joined(separator: "\n         "))")
        #expect(oursEvaluation.f1 >= 0.97, "ours \(oursEvaluation)")
        #expect(termbaseLexiconEvaluation.f1 >= 0.97, "with TermbaseAnchorLexicon \(termbaseLexiconEvaluation)")
        #expect(baselineEvaluation.f1 < oursEvaluation.f1 - 0.05, "baseline \(baselineEvaluation)")
        #expect(noGlossaryEvaluation.f1 > baselineEvaluation.f1 + 0.05, "without glossary \(noGlossaryEvaluation)")
        #expect(confidence.wrong < confidence.correct)
        // Calibration: the review flag (confidence < 0.5) catches wrong beads far more often than correct ones,
        // and beads at 0.9 or above are almost always right.
        let flaggedWrong = Double(oursEvaluation.wrongConfidences.filter { $0 < 0.5 }.count) / Double(max(1, oursEvaluation.wrongConfidences.count))
        let flaggedCorrect = Double(oursEvaluation.correctConfidences.filter { $0 < 0.5 }.count) / Double(max(1, oursEvaluation.correctConfidences.count))
        let sure = oursEvaluation.correctConfidences.filter { $0 >= 0.9 }.count
        let sureWrong = oursEvaluation.wrongConfidences.filter { $0 >= 0.9 }.count
        let surePrecision = Double(sure) / Double(max(1, sure + sureWrong))
        print("  flagged for review: \(flaggedWrong) of wrong beads, \(flaggedCorrect) of correct; precision at confidence >= 0.9: \(surePrecision)")
        #expect(flaggedWrong > 3 * flaggedCorrect)
        #expect(surePrecision >= 0.99)
    }
}
