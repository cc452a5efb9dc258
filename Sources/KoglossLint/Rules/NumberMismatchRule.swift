import KoglossText

/// Numbers and dates that differ between aligned paragraphs (`Mar. 25` against `3월 24일`, `200` against
/// `300여`). Anchors with the same value pair off first; what is left on both sides in the same kind is
/// a mismatch. A number only one side has is not reported (translations add and drop context), nor is a
/// spelled-out English number ("two").
public struct NumberMismatchRule: LintRule {
    public static let description = RuleDescription(
        id: "number-mismatch", name: "Number mismatch",
        summary: "Numbers and dates that differ between aligned paragraphs.",
        defaultSeverity: .warning, requiresSource: true, isAutoFixable: false,
        triggeringExamples: [
            RuleExample("The order was issued on Mar. 25.", korean: "명령은 3월 24일 하달됐다."),
            RuleExample("About 200 people attended.", korean: "300여 명이 참석했다."),
        ],
        nonTriggeringExamples: [
            RuleExample("The order was issued on Mar. 25.", korean: "명령은 3월 25일 하달됐다."),
            RuleExample("About 30,000 people attended.", korean: "3만 명이 참석했다."),
        ])

    public init() {}

    public func findings(in context: LintContext) -> [Finding] {
        let document = context.document
        guard let korean = document.korean else { return [] }
        var result: [Finding] = []
        var koreanAnchors: [(anchor: NumberAnchor, paragraph: Int)] = []
        var english: [(anchor: NumberAnchor, paragraph: Int)] = []
        for bead in document.beads where !bead.korean.isEmpty && !bead.english.isEmpty {
            // A bead without Korean numbers needs no English ones.
            koreanAnchors.removeAll(keepingCapacity: true)
            for k in bead.korean where document.koreanParagraphs.indices.contains(k) && document.koreanParagraphs[k].isBodyOrHeading {
                let start = document.koreanParagraphs[k].range.lowerBound
                for a in context.koreanNumberAnchors(inParagraph: k) {
                    var shifted = a
                    shifted.range = (a.range.lowerBound + start)..<(a.range.upperBound + start)
                    koreanAnchors.append((shifted, k))
                }
            }
            guard !koreanAnchors.isEmpty else { continue }
            english.removeAll(keepingCapacity: true)
            for e in bead.english where document.englishParagraphs[e].isBodyOrHeading {
                let start = document.englishParagraphs[e].range.lowerBound
                for a in context.englishNumberAnchors(inParagraph: e) {
                    var shifted = a
                    shifted.range = (a.range.lowerBound + start)..<(a.range.upperBound + start)
                    english.append((shifted, e))
                }
            }
            guard !english.isEmpty else { continue }
            var usedKorean = Array(repeating: false, count: koreanAnchors.count)
            var unmatched: [Int] = []
            // Same value pairs off, same kind first, then any kind (a year written as a plain number).
            for (i, e) in english.enumerated() {
                if let k = koreanAnchors.indices.first(where: { !usedKorean[$0] && koreanAnchors[$0].anchor.kind == e.anchor.kind && koreanAnchors[$0].anchor.value == e.anchor.value })
                    ?? koreanAnchors.indices.first(where: { !usedKorean[$0] && koreanAnchors[$0].anchor.value == e.anchor.value }) {
                    usedKorean[k] = true
                } else {
                    unmatched.append(i)
                }
            }
            // A spelled-out number or a value already present on the Korean side elsewhere is not a mismatch.
            for i in unmatched {
                let e = english[i]
                let surface = context.englishText(e.anchor.range)
                if surface.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) { continue }
                if e.anchor.kind == .weekday { continue }
                guard let k = koreanAnchors.indices.first(where: { !usedKorean[$0] && koreanAnchors[$0].anchor.kind == e.anchor.kind }) else { continue }
                usedKorean[k] = true
                let koSurface = context.koreanText(koreanAnchors[k].anchor.range)
                result.append(Finding(ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: e.anchor.range,
                                      message: "'\(surface)' but the Korean has '\(koSurface)'",
                                      englishParagraph: e.paragraph, koreanParagraph: koreanAnchors[k].paragraph))
            }
        }
        _ = korean
        return result
    }
}
