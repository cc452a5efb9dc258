import Foundation
import Testing
@testable import KoglossAlign
import KoglossGlossary

/// Adjacent one-sided beads cost the same in any order; the path puts them in one canonical order (Korean-only
/// first), so which order wins an exact tie no longer depends on the last bit of how costs were summed.
@Suite struct OneSidedRunOrderTests {
    typealias Step = BeadLattice.Step

    static func step(_ ko: Int, _ en: Int, _ i: Int, _ j: Int, cost: Double, posterior: Double = 0.5) -> Step {
        Step(type: BeadType(ko: ko, en: en), i: i, j: j, cost: cost, posterior: posterior)
    }

    /// No English-only bead directly before a Korean-only one, and every bead starts where the previous ended.
    static func isCanonical(_ steps: [Step], n: Int, m: Int) -> Bool {
        var i = 0, j = 0
        for (index, step) in steps.enumerated() {
            if step.i != i || step.j != j { return false }
            if index > 0 && step.type.en == 0 && steps[index - 1].type.ko == 0 { return false }
            i += step.type.ko
            j += step.type.en
        }
        return i == n && j == m
    }

    @Test func runsArePutKoreanOnlyFirstKeepingParagraphsAndCosts() {
        var steps = [
            Self.step(1, 1, 0, 0, cost: 1), Self.step(0, 1, 1, 1, cost: 2), Self.step(1, 0, 1, 2, cost: 3),
            Self.step(0, 1, 2, 2, cost: 4), Self.step(1, 0, 2, 3, cost: 5), Self.step(1, 1, 3, 3, cost: 6),
            Self.step(0, 1, 4, 4, cost: 7), Self.step(1, 0, 4, 5, cost: 8),
        ]
        BeadLattice.canonicalizeOneSidedRuns(&steps)
        let expected = [
            Self.step(1, 1, 0, 0, cost: 1), Self.step(1, 0, 1, 1, cost: 3), Self.step(1, 0, 2, 1, cost: 5),
            Self.step(0, 1, 3, 1, cost: 2), Self.step(0, 1, 3, 2, cost: 4), Self.step(1, 1, 3, 3, cost: 6),
            Self.step(1, 0, 4, 4, cost: 8), Self.step(0, 1, 5, 4, cost: 7),
        ]
        #expect(steps.map(\.type) == expected.map(\.type))
        #expect(steps.map(\.i) == expected.map(\.i) && steps.map(\.j) == expected.map(\.j))
        #expect(steps.map(\.cost) == expected.map(\.cost))
        #expect(Self.isCanonical(steps, n: 5, m: 5))
    }

    @Test func canonicalRunsAreLeftAlone() {
        let original = [
            Self.step(1, 0, 0, 0, cost: 1), Self.step(0, 1, 1, 0, cost: 2), Self.step(0, 1, 1, 1, cost: 3),
            Self.step(2, 1, 1, 2, cost: 4), Self.step(0, 1, 3, 3, cost: 5),
        ]
        var steps = original
        BeadLattice.canonicalizeOneSidedRuns(&steps)
        #expect(steps.map(\.i) == original.map(\.i) && steps.map(\.j) == original.map(\.j))
        #expect(steps.map(\.type) == original.map(\.type))
    }

    /// Both posterior methods, with and without a glossary.
    @Test func everyEvaluationPathIsCanonical() throws {
        let documents = try AlignmentEvaluationSetTests.evaluationSet()
        let glossary = try TBXReader.read(url: Fixtures.glossary.appendingPathComponent("dailynk.tbx")).termbase
        var runs = 0
        var logSpace = ParagraphAligner(glossary: glossary)
        logSpace.posteriorMethod = .logSpace
        for aligner in [ParagraphAligner(glossary: glossary), ParagraphAligner(), logSpace] {
            for document in documents {
                let ko = try ArticleReader.read(text: document.koreanText, format: .text, file: document.name + ".ko").paragraphs
                let en = try ArticleReader.read(text: document.englishText, format: .text, file: document.name).paragraphs
                let (kf, ef) = aligner.features(korean: ko, english: en)
                let steps = aligner.steps(ko: kf, en: ef, model: aligner.model)
                #expect(Self.isCanonical(steps, n: ko.count, m: en.count), "\(document.name)")
                for (a, b) in zip(steps, steps.dropFirst()) where a.type.en == 0 && b.type.ko == 0 { runs += 1 }
            }
        }
        // The property means something only if some paths hold a Korean-only bead next to an English-only one.
        #expect(runs > 0)
    }
}
