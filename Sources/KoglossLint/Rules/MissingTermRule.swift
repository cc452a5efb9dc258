import KoglossGlossary

/// A glossary term in a Korean paragraph with none of its renderings in the aligned English paragraphs.
public struct MissingTermRule: LintRule {
    public static let description = RuleDescription(
        id: "missing-term", name: "Missing term",
        summary: "A glossary term of the Korean paragraph has no accepted rendering in the aligned English paragraph.",
        defaultSeverity: .warning, requiresSource: true, isAutoFixable: false,
        triggeringExamples: [
            RuleExample("Graduates will join the missile unit.", korean: "졸업생들은 전략군에 입대한다."),
        ],
        nonTriggeringExamples: [
            RuleExample("Graduates will join the Strategic Force.", korean: "졸업생들은 전략군에 입대한다."),
            RuleExample("Graduates will join the Strategic Forces’ units.", korean: "졸업생들은 전략군에 입대한다."),
            RuleExample("Graduates will join the unit.", korean: "졸업생들은 비전략군에 입대한다."),
        ])

    public init() {}

    public func findings(in context: LintContext) -> [Finding] {
        context.sourceTerms.missing.map { missing in
            let korean = context.koreanText(missing.koreanMatch.match.range)
            let expected = context.preferredEnglishText(missing.concept) ?? "?"
            let paragraph = context.document.englishParagraphs[missing.englishParagraph]
            return Finding(ruleID: Self.description.id, severity: Self.description.defaultSeverity,
                           range: firstLine(of: paragraph.range, context: context),
                           message: "the Korean has '\(korean)' here but the English has no rendering of it; expected '\(expected)'",
                           englishParagraph: missing.englishParagraph, koreanParagraph: missing.koreanMatch.paragraph)
        }
    }

    /// The paragraph's range up to its first line break (what a caret line can show).
    private func firstLine(of range: Range<Int>, context: LintContext) -> Range<Int> {
        var end = range.lowerBound
        while end < range.upperBound && context.englishBytes[end] != 0x0A { end += 1 }
        return range.lowerBound..<end
    }
}
