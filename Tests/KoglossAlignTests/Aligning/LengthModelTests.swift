import Foundation
import Testing
@testable import KoglossAlign

@Suite struct LengthModelTests {
    @Test func costGrowsWithDeviationAndIsZeroAtTheRatio() {
        let model = LengthModel()
        let exact = model.cost(korean: 100, english: 250, ratio: 0.4)
        let off = model.cost(korean: 150, english: 250, ratio: 0.4)
        let far = model.cost(korean: 300, english: 250, ratio: 0.4)
        #expect(exact < 0.05)
        #expect(exact < off && off < far)
        #expect(far.isFinite)
    }

    @Test func shortBeadsAreJudgedMoreLeniently() {
        let model = LengthModel()
        #expect(model.cost(korean: 15, english: 25, ratio: 0.4) < model.cost(korean: 150, english: 250, ratio: 0.4))
    }

    @Test func ratioShrinksTowardsThePrior() {
        let few = LengthModel.ratio(korean: 100, english: 100, paragraphs: 1)
        let many = LengthModel.ratio(korean: 100, english: 100, paragraphs: 100)
        #expect(few < many && many < 1.0 && few > LengthModel.defaultRatio)
        #expect(LengthModel.ratio(korean: 0, english: 10) == LengthModel.defaultRatio)
    }

    @Test func tabulatedTailEqualsTheExactOneWithin1e9() {
        var worst = 0.0
        var z = 0.0
        // Off the table's points (step 1/64), and up to and past where the table stops.
        while z < 8 {
            worst = max(worst, abs(LengthModel.tableNegativeLogTail(z) - LengthModel.negativeLogTail(z)))
            z += 0.000_731
        }
        #expect(worst <= 1e-9, "largest difference \(worst)")
        #expect(LengthModel.tableNegativeLogTail(0) == 0)
        #expect(abs(LengthModel.tableNegativeLogTail(6.9999) - LengthModel.negativeLogTail(6.9999)) <= 1e-9)
    }

    @Test func tailIsContinuousWhereTheFormulaChanges() {
        let below = LengthModel.negativeLogTail(6.999), above = LengthModel.negativeLogTail(7.001)
        #expect(abs(below - above) < 0.1)
    }

    /// The Viterbi-only pass prices a bead's length term only when the rest of its cost leaves it a chance,
    /// which is exact only if the term is never negative: check it near 0 (where the table starts) and beyond.
    @Test func lengthTermIsNeverNegative() {
        var z = 0.0
        var smallest = Double.infinity
        while z < 9 {
            smallest = min(smallest, LengthModel.tableNegativeLogTail(z))
            z += z < 0.05 ? 0.000_001_3 : 0.000_97
        }
        #expect(smallest >= 0)
        let model = LengthModel()
        for korean in stride(from: 0.0, through: 400, by: 7) {
            for english in stride(from: 0.0, through: 900, by: 11) {
                #expect(model.cost(korean: korean, english: english, ratio: 0.39) >= 0)
            }
        }
    }

    /// The form with logs taken per run equals the per-bead form to rounding and is never negative either.
    @Test func costWithLogsPerRunEqualsTheCostToRounding() {
        let model = LengthModel()
        let table = LengthModel.TailTable.shared
        var worst = 0.0
        for korean in stride(from: 0.0, through: 400, by: 7) {
            for english in stride(from: 0.0, through: 900, by: 11) {
                let expected = 0.39 * english
                let perBead = model.cost(korean: korean, expected: expected, table: table)
                let perRun = model.cost(korean: korean, logKorean: log(korean + 1), expected: expected,
                                        logExpected: log(expected + 1), table: table)
                #expect(perRun >= 0)
                worst = max(worst, abs(perRun - perBead))
            }
        }
        #expect(worst <= 1e-12, "largest difference \(worst)")
    }
}
