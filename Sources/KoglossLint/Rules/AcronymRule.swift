import Foundation
import KoglossGlossary

/// A glossary acronym used before it has been introduced with its full form, as in
/// "Military Mobilization Office (MMO)" (or "MMO (Military Mobilization Office)"). Reported once per
/// concept, at the first premature use.
public struct AcronymRule: LintRule {
    public static let description = RuleDescription(
        id: "acronym", name: "Acronym before its introduction",
        summary: "An acronym from the glossary used before it is introduced with its full form.",
        defaultSeverity: .warning, requiresSource: false, isAutoFixable: false,
        triggeringExamples: [
            RuleExample("The MMO reviewed records. The Military Mobilization Office (MMO) acted."),
            RuleExample("The Military Mobilization Office acted. The MMO reviewed records."),
        ],
        nonTriggeringExamples: [
            RuleExample("The Military Mobilization Office (MMO) acted. The MMO reviewed records."),
            RuleExample("The MMO (Military Mobilization Office) acted."),
            RuleExample("The MMOS team met."),
        ])

    public init() {}

    private static func isAcronym(_ term: Term) -> Bool { term.type == .acronym || term.type == .abbreviation }
    private static func isAcronym(_ facts: TermMatcher.TermFacts) -> Bool { facts.type == .acronym || facts.type == .abbreviation }

    public func findings(in context: LintContext) -> [Finding] {
        let matches = context.englishMatches
        var introduced = Set<Int>()
        var reported = Set<Int>()
        var result: [Finding] = []
        func isAcronymRef(_ r: TermReference) -> Bool {
            guard !r.isGeneratedVariant else { return false }
            let facts = context.facts(r)
            return Self.isAcronym(facts) && !facts.status.isDiscouraged
        }
        for (i, located) in matches.enumerated() {
            // Most matches are no acronym: find that out without building arrays.
            if !located.match.references.contains(where: isAcronymRef) {
                // A full form followed by "(ACRONYM)" introduces it.
                if i + 1 < matches.count, let concept = introducedConcept(full: located, acronym: matches[i + 1], context: context) {
                    introduced.insert(concept)
                }
                continue
            }
            let acronymRefs = located.match.references.filter(isAcronymRef)
            let concepts = Set(acronymRefs.map(\.concept))
            if !concepts.isDisjoint(with: introduced) { continue }
            // "ACRONYM (Full Form)" introduces it too.
            if i + 1 < matches.count, let concept = introducedConcept(full: matches[i + 1], acronym: located, context: context, acronymFirst: true) {
                introduced.insert(concept)
                continue
            }
            guard reported.isDisjoint(with: concepts) else { continue }
            reported.formUnion(concepts)
            let ref = acronymRefs[0]
            guard let full = context.concept(at: ref.concept).terms.first(where: {
                $0.language.isEnglish && !$0.status.isDiscouraged && !Self.isAcronym($0) && $0.type != .shortForm
            }) else { continue }
            let acronym = context.englishText(located.match.range)
            result.append(Finding(
                ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: located.match.range,
                message: "'\(acronym)' is used before it is introduced; write '\(full.text) (\(acronym))' at its first mention",
                replacement: "\(full.text) (\(acronym))", englishParagraph: located.paragraph))
        }
        return result
    }

    /// The concept introduced when `full` and `acronym` name it side by side with the second in brackets.
    private func introducedConcept(full: LocatedMatch, acronym: LocatedMatch, context: LintContext, acronymFirst: Bool = false) -> Int? {
        let (first, second) = acronymFirst ? (acronym, full) : (full, acronym)
        // Only spaces and "(" between the two, and ")" right after the second.
        let bytes = context.englishBytes
        let from = first.match.range.upperBound, to = second.match.range.lowerBound
        guard from < to, to - from <= 8, second.match.range.upperBound < bytes.count, bytes[second.match.range.upperBound] == 0x29 else { return nil }
        var opened = false
        for b in bytes[from..<to] {
            if b == 0x28 && !opened { opened = true } else if b != 0x20 && b != 0x0A { return nil }
        }
        guard opened else { return nil }
        let fullConcepts = Set(full.match.references.filter { !Self.isAcronym(context.facts($0)) }.map(\.concept))
        let acronymConcepts = Set(acronym.match.references.filter { Self.isAcronym(context.facts($0)) }.map(\.concept))
        return fullConcepts.intersection(acronymConcepts).first
    }
}
