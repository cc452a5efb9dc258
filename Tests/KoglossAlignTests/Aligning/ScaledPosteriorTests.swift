import Foundation
import Testing
@testable import KoglossAlign
import KoglossGlossary

/// The scaled (probability-space, one scale per row) forward-backward gives the same path and the same
/// posteriors as the log-space reference.
@Suite struct ScaledPosteriorTests {
    func compare(_ aligner: ParagraphAligner, korean: [Paragraph], english: [Paragraph], name: String) -> Double {
        var reference = aligner
        reference.posteriorMethod = .logSpace
        var scaled = aligner
        scaled.posteriorMethod = .scaled
        let (ko, en) = aligner.features(korean: korean, english: english)
        let expected = reference.steps(ko: ko, en: en, model: reference.model)
        let actual = scaled.steps(ko: ko, en: en, model: scaled.model)
        #expect(expected.map(\.type) == actual.map(\.type), "\(name): bead shapes")
        #expect(expected.map(\.i) == actual.map(\.i) && expected.map(\.j) == actual.map(\.j), "\(name): bead positions")
        var worst = 0.0
        for (e, a) in zip(expected, actual) {
            #expect(e.cost == a.cost, "\(name): costs")
            worst = max(worst, abs(e.posterior - a.posterior))
        }
        return worst
    }

    @Test func scaledPosteriorsEqualLogSpaceOnTheEvaluationSet() throws {
        let documents = try AlignmentEvaluationSetTests.evaluationSet()
        #expect(documents.count >= 12)
        let glossary = try TBXReader.read(url: Fixtures.glossary.appendingPathComponent("dailynk.tbx")).termbase
        let aligner = ParagraphAligner(glossary: glossary)
        var worst = 0.0
        var posteriorsBelowOne = 0
        for document in documents {
            let ko = try ArticleReader.read(text: document.koreanText, format: .text, file: document.name + ".ko").paragraphs
            let en = try ArticleReader.read(text: document.englishText, format: .text, file: document.name).paragraphs
            worst = max(worst, compare(aligner, korean: ko, english: en, name: document.name))
            posteriorsBelowOne += aligner.steps(ko: aligner.features(korean: ko, english: en).ko,
                                                en: aligner.features(korean: ko, english: en).en,
                                                model: aligner.model).filter { $0.posterior < 0.999 }.count
        }
        #expect(worst <= 1e-9, "largest posterior difference \(worst)")
        // The comparison means something only if some posteriors are not saturated at 1.
        #expect(posteriorsBelowOne > 10)
    }

    @Test func longDocumentsStayWithinRange() {
        // 300 paragraphs a side of uneven lengths, each with three numbers of its own: shared anchors make every
        // link strongly negative in cost, so the path's weight exp(-cost / temperature) is beyond the 709 nats
        // a Double holds unscaled; only per-row scaling keeps the posteriors.
        var korean: [Paragraph] = [], english: [Paragraph] = []
        for index in 0..<300 {
            let extra = (index * 37) % 5
            let a = 10_000 + 3 * index, b = 50_000 + 7 * index, c = 90_000 + 11 * index
            korean.append(Paragraph(text: "북한군 병력 \(a)명과 전차 \(b)대, 미사일 \(c)기가 배치됐다고 밝혔다."
                                        + String(repeating: " 소식이 전해졌다.", count: extra), kind: .body, range: 0..<0))
            english.append(Paragraph(text: "North Korea deployed \(a) troops, \(b) tanks and \(c) missiles, it said."
                                        + String(repeating: " The news spread quickly.", count: (extra * 3) % 5), kind: .body, range: 0..<0))
        }
        let aligner = ParagraphAligner()
        let worst = compare(aligner, korean: korean, english: english, name: "long")
        #expect(worst <= 1e-9, "largest posterior difference \(worst)")
        let (ko, en) = aligner.features(korean: korean, english: english)
        let path = aligner.steps(ko: ko, en: en, model: aligner.model)
        let pathCost = path.reduce(0) { $0 + $1.cost }
        #expect(abs(pathCost / aligner.temperature) > 709, "path cost \(pathCost)")
    }
}
