import Foundation
import Testing
@testable import KoglossAlign
import KoglossGlossary

/// `ParagraphAligner.steps` (banded lattice, flat tables, cached costs, scaled sums) against the plain reference.
@Suite struct ReferenceBeadSearchTests {
    /// A bead by its paragraphs: a one-sided bead is the same bead wherever the other side stands.
    static func key(_ type: BeadType, _ i: Int, _ j: Int) -> String {
        "\(type.ko > 0 ? "\(i)" : "-")+\(type.ko) \(type.en > 0 ? "\(j)" : "-")+\(type.en)"
    }

    /// Largest cost and posterior differences; the beads and rounded confidences must be identical. The beads are
    /// compared as a set: neighbouring one-sided beads (1:0 then 0:1, or 0:1 then 1:0) cost the same in either order,
    /// and with costs summed in another order (equal to rounding) such an exact tie may go the other way.
    func compare(_ aligner: ParagraphAligner, korean: [Paragraph], english: [Paragraph], name: String) -> (cost: Double, posterior: Double) {
        let (ko, en) = aligner.features(korean: korean, english: english)
        let expected = ReferenceBeadSearch(model: aligner.model, temperature: aligner.temperature).steps(ko: ko, en: en)
        let actual = aligner.steps(ko: ko, en: en, model: aligner.model)
        let expectedBeads = Dictionary(expected.map { (Self.key($0.type, $0.i, $0.j), $0) }, uniquingKeysWith: { a, _ in a })
        let actualBeads = Dictionary(actual.map { (Self.key($0.type, $0.i, $0.j), $0) }, uniquingKeysWith: { a, _ in a })
        #expect(expected.count == actual.count && Set(expectedBeads.keys) == Set(actualBeads.keys), "\(name): beads")
        var worstCost = 0.0, worstPosterior = 0.0
        for (key, e) in expectedBeads {
            guard let a = actualBeads[key] else { continue }
            worstCost = max(worstCost, abs(e.cost - a.cost))
            worstPosterior = max(worstPosterior, abs(e.posterior - a.posterior))
            #expect((e.posterior * 1000).rounded() == (a.posterior * 1000).rounded(), "\(name): rounded confidence")
        }
        return (worstCost, worstPosterior)
    }

    @Test func stepsEqualTheReferenceOnTheEvaluationSet() throws {
        let documents = try AlignmentEvaluationSetTests.evaluationSet()
        #expect(documents.count >= 12)
        let glossary = try TBXReader.read(url: Fixtures.glossary.appendingPathComponent("dailynk.tbx")).termbase
        var worstCost = 0.0, worstPosterior = 0.0, beads = 0, doubtful = 0
        for aligner in [ParagraphAligner(glossary: glossary), ParagraphAligner()] {
            for document in documents {
                let ko = try ArticleReader.read(text: document.koreanText, format: .text, file: document.name + ".ko").paragraphs
                let en = try ArticleReader.read(text: document.englishText, format: .text, file: document.name).paragraphs
                let (cost, posterior) = compare(aligner, korean: ko, english: en, name: document.name)
                worstCost = max(worstCost, cost)
                worstPosterior = max(worstPosterior, posterior)
                let (kf, ef) = aligner.features(korean: ko, english: en)
                let steps = aligner.steps(ko: kf, en: ef, model: aligner.model)
                beads += steps.count
                doubtful += steps.filter { $0.posterior < 0.999 }.count
            }
        }
        #expect(worstCost <= 1e-9, "largest cost difference \(worstCost)")
        #expect(worstPosterior <= 1e-9, "largest posterior difference \(worstPosterior)")
        // The comparison means something only with many beads, some of them not certain.
        #expect(beads > 100 && doubtful > 10)
    }

    @Test func stepsEqualTheReferenceWithHeadingsCaptionsAndFurniture() {
        func paragraphs(_ texts: [String]) -> [Paragraph] {
            texts.map { Paragraph(text: $0, kind: ParagraphClassifier.classify($0), range: 0..<0) }
        }
        let korean = paragraphs([
            "북한 당국이 전략군에 기술·과학 분야 학생들을 대거 모집하고 있는 것으로 확인됐다.",
            "강원도의 한 군 소식통은 3월 31일 데일리NK에 이같이 전했다.",
            "김정은 국무위원장이 시험사격을 참관하고 있다. /사진=노동신문",
            "■ 신체검사",
            "군사동원부는 3월 28일 4월 3일까지 첫 졸업생들을 선발하라는 지시를 받았다. 신체검사에서 떨어진 졸업생들은 대신 일반 부대에 입대하라는 지시가 내려졌다고 한다.",
            "선발된 졸업생들에게는 하사 군사칭호가 부여될 것으로 알려졌다. ICBM 발사 준비도 KBS가 전했다.",
        ])
        let english = paragraphs([
            "weapons production, russia, north korea, dprk",
            "North Korean authorities are recruiting large numbers of technology and science students for the Strategic Force, Daily NK has learned.",
            "A Kangwon Province-based military source told Daily NK about the recruitment on Mar. 31.",
            "Physical examinations",
            "On Mar. 28, the office was ordered to select the first group of graduates by Apr. 3.",
            "Any graduates who failed their physical examinations were ordered to join the regular army instead.",
            "Those selected will reportedly be given the rank of lance corporal. KBS reported ICBM launch preparations.",
            "*Translated by Violet Kim",
        ])
        let (cost, posterior) = compare(ParagraphAligner(), korean: korean, english: english, name: "sample")
        #expect(cost <= 1e-9 && posterior <= 1e-9)
    }
}
