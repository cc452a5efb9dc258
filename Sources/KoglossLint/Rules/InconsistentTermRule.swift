import KoglossGlossary
import KoglossText

/// One concept rendered two different accepted ways in the same document ("Military Security Command"
/// and "Security Bureau"). Acronyms and short forms may stand beside their full form; deprecated
/// renderings are the deprecated-term rule's.
public struct InconsistentTermRule: LintRule {
    public static let description = RuleDescription(
        id: "inconsistent-term", name: "Inconsistent term",
        summary: "A concept rendered two different ways in the same document.",
        defaultSeverity: .warning, requiresSource: false, isAutoFixable: false,
        triggeringExamples: [
            RuleExample("The Military Security Command set up a lab. The Security Bureau staffed it."),
        ],
        nonTriggeringExamples: [
            RuleExample("The Military Security Command set up a lab. The Military Security Command staffed it."),
            RuleExample("The Military Mobilization Office (MMO) acted. The MMO reviewed records."),
        ])

    public init() {}

    public func findings(in context: LintContext) -> [Finding] {
        // Occurrences per concept, of unambiguous, accepted, full renderings.
        var byConcept: [Int: [(term: Int, located: LocatedMatch)]] = [:]
        var order: [Int] = []
        // A rendering shared by several concepts counts for the one in force at the article's date, or
        // else for the one the document names unambiguously elsewhere.
        let unambiguous = Set(context.englishMatches.compactMap { m -> Int? in
            let refs = m.match.references
            guard let first = refs.first(where: { !$0.isGeneratedVariant }) else { return nil }
            return refs.allSatisfy({ $0.isGeneratedVariant || $0.concept == first.concept }) ? first.concept : nil
        })
        for located in context.englishMatches {
            var refs = located.match.references.filter { !$0.isGeneratedVariant }
            let several = { (refs: [TermReference]) in refs.contains { $0.concept != refs[0].concept } }
            if refs.count > 1, several(refs), let date = context.document.date {
                refs = refs.filter { context.concept($0).validity?.contains(date) ?? true }
            }
            if refs.count > 1, several(refs) {
                refs = refs.filter { unambiguous.contains($0.concept) }
            }
            guard let first = refs.first, refs.allSatisfy({ $0.concept == first.concept }) else { continue }
            let usable = refs.filter { ref in
                let facts = context.facts(ref)
                return !facts.status.isDiscouraged && facts.type != .acronym && facts.type != .abbreviation && facts.type != .shortForm
            }
            guard let ref = usable.first else { continue }
            if byConcept[ref.concept] == nil { order.append(ref.concept) }
            byConcept[ref.concept, default: []].append((ref.term, located))
        }
        var result: [Finding] = []
        for concept in order {
            let uses = byConcept[concept]!
            let terms = context.termbase.concepts[concept].terms
            var distinct = Set(uses.map(\.term))
            guard distinct.count > 1 else { continue }
            // A rendering that only adds words to another ("senior researcher" beside "researcher") is a
            // more specific mention, not a second rendering.
            let keys = Dictionary(uniqueKeysWithValues: distinct.map { ($0, " " + EnglishInflection.matchingKey(terms[$0].text) + " ") })
            distinct = distinct.filter { t in !distinct.contains { o in o != t && keys[t]!.contains(keys[o]!) } }
            guard distinct.count > 1 else { continue }
            // The rendering to keep: the preferred one if used, else the most frequent (first on ties).
            let preferredIndex = terms.firstIndex { $0.language.isEnglish && $0.status == .preferred }
            let dominant: Int
            if let p = preferredIndex, distinct.contains(p) {
                dominant = p
            } else {
                let kept = uses.filter { distinct.contains($0.term) }
                let counts = Dictionary(grouping: kept, by: \.term).mapValues(\.count)
                let most = counts.values.max() ?? 0
                dominant = kept.first { counts[$0.term] == most }!.term
            }
            let keep = terms[dominant].text
            let firstKeep = uses.first { $0.term == dominant }!.located.match.range.lowerBound
            for use in uses where use.term != dominant && distinct.contains(use.term) {
                let found = context.englishText(use.located.match.range)
                result.append(Finding(
                    ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: use.located.match.range,
                    message: "'\(found)' and '\(keep)' (line \(context.englishLine(firstKeep))) both render one concept in this document; keep '\(keep)'",
                    replacement: ReplacementText.adapt(keep, plural: use.located.match.isPlural, sentenceStart: context.isSentenceStart(use.located.match.range.lowerBound)),
                    englishParagraph: use.located.paragraph))
            }
        }
        return result
    }
}
