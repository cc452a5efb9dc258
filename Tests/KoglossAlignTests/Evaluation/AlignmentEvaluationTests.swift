import Testing
@testable import KoglossAlign

@Suite struct AlignmentEvaluationTests {
    @Test func exactBeadPrecisionRecallF1() {
        let gold = Alignment(beads: [Bead(ko: [0], en: [0]), Bead(ko: [1, 2], en: [1]), Bead(ko: [], en: [2])])
        let predicted = Alignment(beads: [Bead(ko: [0], en: [0], confidence: 0.9), Bead(ko: [1], en: [1], confidence: 0.4),
                                          Bead(ko: [2], en: [], confidence: 0.3), Bead(ko: [], en: [2], confidence: 1)])
        var evaluation = AlignmentEvaluation()
        evaluation.add(predicted: predicted, gold: gold)
        #expect(evaluation.correct == 2)
        #expect(evaluation.precision == 0.5)
        #expect(abs(evaluation.recall - 2.0 / 3.0) < 1e-12)
        #expect(abs(evaluation.f1 - 4.0 / 7.0) < 1e-12)
        #expect(evaluation.meanConfidence.correct > evaluation.meanConfidence.wrong)
    }
}
