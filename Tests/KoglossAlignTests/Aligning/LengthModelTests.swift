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

    @Test func tailIsContinuousWhereTheFormulaChanges() {
        let below = LengthModel.negativeLogTail(6.999), above = LengthModel.negativeLogTail(7.001)
        #expect(abs(below - above) < 0.1)
    }
}
