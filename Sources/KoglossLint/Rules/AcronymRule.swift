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

    public func findings(in context: LintContext) -> [Finding] {
        let matches = context.englishMatches
        let flags = context.englishMatchFlags
        let bytes = context.englishBytes
        // Concepts introduced and reported so far: a handful per document, so plain arrays.
        var introduced: [Int] = []
        var reported: [Int] = []
        var result: [Finding] = []
        func isAcronymRef(_ r: TermReference) -> Bool {
            guard !r.isGeneratedVariant else { return false }
            let bits = context.bits(r)
            return bits.contains(.acronymType) && !bits.contains(.discouraged)
        }
        for i in matches.indices {
            // Most matches are no acronym (one byte tells).
            if !flags[i].contains(.acronym) {
                // A full form followed by "(ACRONYM)" introduces it.
                if i + 1 < matches.count, let concept = introducedConcept(full: i, acronym: i + 1, matches: matches, bytes: bytes, context: context) {
                    introduced.append(concept)
                }
                continue
            }
            let located = matches[i]
            // The acronym references' concepts, read in place (no array per match).
            let refs = located.match.references
            if refs.contains(where: { isAcronymRef($0) && introduced.contains($0.concept) }) { continue }
            // "ACRONYM (Full Form)" introduces it too.
            if i + 1 < matches.count, let concept = introducedConcept(full: i + 1, acronym: i, matches: matches, bytes: bytes, context: context, acronymFirst: true) {
                introduced.append(concept)
                continue
            }
            guard !refs.contains(where: { isAcronymRef($0) && reported.contains($0.concept) }) else { continue }
            for r in refs where isAcronymRef(r) { reported.append(r.concept) }
            // The flag says there is one.
            guard let ref = refs.first(where: isAcronymRef) else { continue }
            // The concept's first English full form, found through the term facts (no copy of the concept).
            guard let fullTerm = fullFormIndex(ofConcept: ref.concept, context: context) else { continue }
            let full = context.termText(TermReference(concept: ref.concept, term: fullTerm))
            let acronym = context.englishText(located.match.range)
            let introduction = "\(full) (\(acronym))"
            result.append(Finding(
                ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: located.match.range,
                message: "'\(acronym)' is used before it is introduced; write '\(introduction)' at its first mention",
                replacement: introduction, englishParagraph: located.paragraph))
        }
        return result
    }

    /// Index of the concept's first English term that is neither discouraged, an acronym nor a short form.
    private func fullFormIndex(ofConcept concept: Int, context: LintContext) -> Int? {
        for t in 0..<context.termCount(ofConcept: concept) {
            // English, neither discouraged nor an acronym, abbreviation or short form.
            if context.bits(TermReference(concept: concept, term: t)).isSuperset(of: [.english, .fullAccepted]) { return t }
        }
        return nil
    }

    /// The concept introduced when matches `full` and `acronym` name it side by side with the second in brackets.
    private func introducedConcept(full fullIndex: Int, acronym acronymIndex: Int, matches: [LocatedMatch], bytes: [UInt8],
                                   context: LintContext, acronymFirst: Bool = false) -> Int? {
        let (firstRange, secondRange) = acronymFirst
            ? (matches[acronymIndex].match.range, matches[fullIndex].match.range)
            : (matches[fullIndex].match.range, matches[acronymIndex].match.range)
        // Only spaces and "(" between the two, and ")" right after the second.
        let from = firstRange.upperBound, to = secondRange.lowerBound
        guard from < to, to - from <= 8, secondRange.upperBound < bytes.count, bytes[secondRange.upperBound] == 0x29 else { return nil }
        var opened = false
        for b in bytes[from..<to] {
            if b == 0x28 && !opened { opened = true } else if b != 0x20 && b != 0x0A { return nil }
        }
        guard opened else { return nil }
        let full = matches[fullIndex], acronym = matches[acronymIndex]
        let fullConcepts = Set(full.match.references.filter { !context.bits($0).contains(.acronymType) }.map(\.concept))
        let acronymConcepts = Set(acronym.match.references.filter { context.bits($0).contains(.acronymType) }.map(\.concept))
        return fullConcepts.intersection(acronymConcepts).first
    }
}
