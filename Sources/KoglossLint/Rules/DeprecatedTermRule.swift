import KoglossGlossary

/// A deprecated or superseded English rendering, anywhere in the text.
public struct DeprecatedTermRule: LintRule {
    public static let description = RuleDescription(
        id: "deprecated-term", name: "Deprecated term",
        summary: "An English rendering the glossary marks deprecated or superseded; the preferred one is suggested.",
        defaultSeverity: .error, requiresSource: false, isAutoFixable: true,
        triggeringExamples: [
            RuleExample("Graduates were sent to the Strategic Military Command."),
            RuleExample("The Strategic Military Command’s new unit."),
            RuleExample("the Strategic\nMilitary Command recruited them."),
        ],
        nonTriggeringExamples: [
            RuleExample("Graduates were sent to the Strategic Force."),
            RuleExample("The Korean People's Army held drills."),
        ])

    public init() {}

    public func findings(in context: LintContext) -> [Finding] {
        var result: [Finding] = []
        let matches = context.englishMatches
        let flags = context.englishMatchFlags
        // Only matches of a discouraged term (generated variants aside) concern this rule.
        for i in matches.indices where flags[i].contains(.discouraged) {
            let located = matches[i]
            let ref: TermReference
            if !flags[i].contains(.accepted) {
                guard let first = located.match.references.first(where: { !$0.isGeneratedVariant }) else { continue }
                ref = first
            } else {
                // Same key as an accepted term, but written exactly as a discouraged one.
                let form = context.exactForm(of: located.match)
                guard !form.accepted, let discouraged = form.discouraged else { continue }
                ref = discouraged
            }
            // Romanisation variants are the romanization rule's.
            if RomanizationRule.isRomanizationVariant(ref, context: context) { continue }
            guard let preferred = context.preferredEnglishText(ref.concept) else { continue }
            let found = context.englishText(located.match.range)
            let replacement = ReplacementText.adapt(preferred, plural: located.match.isPlural,
                                                    sentenceStart: context.isSentenceStart(located.match.range.lowerBound))
            var message = "'\(found)' is \(context.status(ref).rawValue); use '\(preferred)'"
            if let note = context.termUsageNote(ref) { message += " (\(note))" }
            result.append(Finding(ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: located.match.range,
                                  message: message, replacement: replacement, englishParagraph: located.paragraph))
        }
        return result
    }
}
