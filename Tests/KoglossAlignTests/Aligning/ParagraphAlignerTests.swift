import Testing
@testable import KoglossAlign

@Suite struct ParagraphAlignerTests {
    func paragraphs(_ texts: [String]) -> [Paragraph] {
        texts.map { Paragraph(text: $0, kind: ParagraphClassifier.classify($0), range: 0..<0) }
    }

    let korean = [
        "북한 당국이 전략군에 기술·과학 분야 학생들을 대거 모집하고 있는 것으로 확인됐다.",
        "강원도의 한 군 소식통은 3월 31일 데일리NK에 이같이 전했다.",
        "김정은 국무위원장이 시험사격을 참관하고 있다. /사진=노동신문",
        "군사동원부는 3월 28일 4월 3일까지 첫 졸업생들을 선발하라는 지시를 받았다. 신체검사에서 떨어진 졸업생들은 대신 일반 부대에 입대하라는 지시가 내려졌다고 한다.",
        "선발된 졸업생들에게는 하사 군사칭호가 부여될 것으로 알려졌다.",
    ]
    let english = [
        "weapons production, russia, north korea, dprk",
        "North Korean authorities are recruiting large numbers of technology and science students for the Strategic Force, Daily NK has learned.",
        "A Kangwon Province-based military source told Daily NK about the recruitment on Mar. 31.",
        "On Mar. 28, the office was ordered to select the first group of graduates by Apr. 3.",
        "Any graduates who failed their physical examinations were ordered to join the regular army instead.",
        "Those selected will reportedly be given the rank of lance corporal.",
        "*Translated by Violet Kim",
    ]

    @Test func alignsWithOmissionsCaptionsSplitsAndFurniture() {
        let alignment = ParagraphAligner().align(korean: paragraphs(korean), english: paragraphs(english))
        let shape = alignment.beads.map { "\($0.ko)-\($0.en)" }
        #expect(shape == ["[]-[0]", "[0]-[1]", "[1]-[2]", "[2]-[]", "[3]-[3, 4]", "[4]-[5]", "[]-[6]"])
        #expect(GoldAlignment.isComplete(alignment, koCount: korean.count, enCount: english.count))
        for bead in alignment.beads { #expect((0...1).contains(bead.confidence)) }
        // Tags and credits are forced: certain.
        #expect(alignment.beads.first?.confidence == 1)
    }

    @Test func nonBodyKindsNeverLinkToBody() {
        let ko = paragraphs(["북한이 미사일을 발사했다.", "강미진 기자"])
        let en = paragraphs(["North Korea launched a missile.", "Read in Korean"])
        let alignment = ParagraphAligner().align(korean: ko, english: en)
        for bead in alignment.beads where bead.isLink {
            #expect(bead.ko.allSatisfy { ko[$0].kind == .body } && bead.en.allSatisfy { en[$0].kind == .body })
        }
        #expect(alignment.beads.count == 3)
    }

    @Test func emptySides() {
        let onlyEnglish = ParagraphAligner().align(korean: [], english: paragraphs(["One paragraph.", "Another one."]))
        #expect(onlyEnglish.beads.map(\.en) == [[0], [1]])
        #expect(onlyEnglish.beads.allSatisfy { $0.ko.isEmpty })
        #expect(ParagraphAligner().align(korean: [], english: []).beads.isEmpty)
    }

    @Test func longDocumentsStayCompleteWithTheBand() {
        // 300 paragraphs a side, every tenth Korean paragraph missing in English.
        var ko: [Paragraph] = [], en: [Paragraph] = []
        for n in 0..<300 {
            let words = String(repeating: "가나다 ", count: 5 + (n * 7) % 20)
            ko.append(Paragraph(text: "\(words)\(n)명이다.", kind: .body, range: 0..<0))
            if n % 10 != 3 {
                en.append(Paragraph(text: String(repeating: "abcdefg ", count: 5 + (n * 7) % 20) + "\(n) people.", kind: .body, range: 0..<0))
            }
        }
        let alignment = ParagraphAligner().align(korean: ko, english: en)
        #expect(GoldAlignment.isComplete(alignment, koCount: ko.count, enCount: en.count))
        let omitted = alignment.beads.filter { $0.en.isEmpty }.flatMap(\.ko)
        #expect(omitted == Array(stride(from: 3, to: 300, by: 10)))
    }

    @Test func needsReviewListsLowConfidenceBeads() {
        let alignment = Alignment(beads: [Bead(ko: [0], en: [0], confidence: 0.9), Bead(ko: [1], en: [], confidence: 0.3)])
        #expect(alignment.needsReview().map(\.ko) == [[1]])
        #expect(alignment.needsReview(threshold: 0.95).count == 2)
    }
}
