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
        for located in context.englishMatches {
            // The matched terms, generated variants aside: all discouraged, none, or some (no array per match).
            var first: TermReference? = nil
            var anyDiscouraged = false, anyAccepted = false
            for r in located.match.references where !r.isGeneratedVariant {
                if first == nil { first = r }
                if context.facts(r).status.isDiscouraged { anyDiscouraged = true } else { anyAccepted = true }
            }
            guard let firstRef = first, anyDiscouraged else { continue }
            let ref: TermReference
            if !anyAccepted {
                ref = firstRef
            } else {
                // Same key as an accepted term, but written exactly as a discouraged one.
                let form = context.exactForm(of: located.match)
                guard !form.accepted, let discouraged = form.discouraged else { continue }
                ref = discouraged
            }
            // Romanisation variants are the romanization rule's.
            if RomanizationRule.isRomanizationVariant(ref, context: context) { continue }
            let term = context.term(ref)
            let found = context.englishText(located.match.range)
            guard let preferred = context.preferredEnglish(ref.concept) else { continue }
            let replacement = ReplacementText.adapt(preferred.text, plural: located.match.isPlural,
                                                    sentenceStart: context.isSentenceStart(located.match.range.lowerBound))
            var message = "'\(found)' is \(term.status.rawValue); use '\(preferred.text)'"
            if let note = term.usageNote { message += " (\(note))" }
            result.append(Finding(ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: located.match.range,
                                  message: message, replacement: replacement, englishParagraph: located.paragraph))
        }
        return result
    }
}
