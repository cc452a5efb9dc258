import KoglossGlossary
import KoglossText

/// A name spelled differently from the glossary's preferred romanisation: a listed romanisation variant,
/// or a person or place name written with other hyphens, joins or capitals ("Kim Jong-un", "Kim Jongun").
public struct RomanizationRule: LintRule {
    public static let description = RuleDescription(
        id: "romanization", name: "Romanisation",
        summary: "A name spelled differently from the glossary's preferred romanisation.",
        defaultSeverity: .warning, requiresSource: false, isAutoFixable: true,
        triggeringExamples: [
            RuleExample("Kim Jong-un inspected the unit."),
            RuleExample("Kim Jongun inspected the unit."),
            RuleExample("A source in Ryanggang Province said."),
        ],
        nonTriggeringExamples: [
            RuleExample("Kim Jong Un inspected the unit."),
            RuleExample("Kim Jong Un’s visit to Yanggang Province."),
            RuleExample("tags: kim jong un, yanggang province"),
        ])

    public init() {}

    /// A discouraged term recorded as a romanisation variant.
    static func isRomanizationVariant(_ ref: TermReference, context: LintContext) -> Bool {
        context.bits(ref).contains(.romanizationVariant)
    }

    private static func isName(_ ref: TermReference, context: LintContext) -> Bool {
        context.bits(ref).contains(.name)
    }

    public func findings(in context: LintContext) -> [Finding] {
        var result: [Finding] = []
        let matches = context.englishMatches
        let flags = context.englishMatchFlags
        // Only names and listed romanisation variants concern this rule.
        for i in matches.indices where flags[i].contains(.nameOrRomanization) {
            let located = matches[i]
            let refs = located.match.references
            let form = context.exactForm(of: located.match)
            if form.accepted { continue }
            let found = context.englishText(located.match.range)
            var isFinding: Bool
            if let discouraged = form.discouraged {
                // Written exactly as a listed variant: a romanisation variant is ours, any other deprecated-term's.
                isFinding = Self.isRomanizationVariant(discouraged, context: context)
            } else if refs.contains(where: { Self.isName($0, context: context) }) {
                // A name in another form (hyphens, joins, capitals); all lower case is a tag line or alt text.
                isFinding = found != found.lowercased()
            } else {
                isFinding = refs.allSatisfy { context.bits($0).contains(.discouraged) }
                    && refs.contains { Self.isRomanizationVariant($0, context: context) }
            }
            guard isFinding, let preferred = context.preferredEnglishText(refs[0].concept) else { continue }
            result.append(Finding(ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: located.match.range,
                                  message: "'\(found)' is not the glossary's romanisation; write '\(preferred)'",
                                  replacement: preferred, englishParagraph: located.paragraph))
        }
        return result
    }

    /// Folded, with runs of white space as one space.
    static func normalized(_ s: String) -> String {
        TextNormalizer.foldForMatching(s).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
