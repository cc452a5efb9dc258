import KoglossGlossary

/// Where the Korean names one concept, the aligned English uses the rendering of another, related
/// concept the Korean does not mention (사회안전성 rendered "Ministry of State Security").
/// (Deprecated renderings of the right concept are reported by deprecated-term, with or without a source.)
public struct WrongTermRule: LintRule {
    public static let description = RuleDescription(
        id: "wrong-term", name: "Wrong term",
        summary: "The English uses the rendering of a different concept from the one in the Korean.",
        defaultSeverity: .error, requiresSource: true, isAutoFixable: true,
        triggeringExamples: [
            RuleExample("The Ministry of State Security arrested him.", korean: "사회안전성이 그를 체포했다."),
        ],
        nonTriggeringExamples: [
            RuleExample("The Ministry of Social Security arrested him.", korean: "사회안전성이 그를 체포했다."),
            RuleExample("The Ministry of State Security and the Ministry of Social Security met.", korean: "국가보위성과 사회안전성이 만났다."),
        ])

    public init() {}

    public func findings(in context: LintContext) -> [Finding] {
        context.sourceTerms.wrong.map { wrong in
            let found = context.englishText(wrong.found.match.range)
            let korean = context.koreanText(wrong.koreanMatch.match.range)
            let expected = context.preferredEnglishText(wrong.expected) ?? "?"
            let foundKorean = context.concept(at: wrong.foundConcept).preferredTerm(in: .korean)?.text
            var message = "'\(found)'"
            if let foundKorean { message += " renders \(foundKorean)," }
            message += " but the Korean has '\(korean)' here; use '\(expected)'"
            return Finding(ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: wrong.found.match.range,
                           message: message,
                           replacement: ReplacementText.adapt(expected, plural: wrong.found.match.isPlural,
                                                              sentenceStart: context.isSentenceStart(wrong.found.match.range.lowerBound)),
                           englishParagraph: wrong.found.paragraph, koreanParagraph: wrong.koreanMatch.paragraph)
        }
    }
}
