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
        let matches = context.englishMatches
        // A rendering shared by several concepts counts for the one in force at the article's date, or
        // else for the one the document names unambiguously elsewhere (worked out only when needed).
        var unambiguousCache: [Int]? = nil
        func unambiguous() -> [Int] {
            if let unambiguousCache { return unambiguousCache }
            var concepts: [Int] = []
            for m in matches {
                let refs = m.match.references
                guard let first = refs.first(where: { !$0.isGeneratedVariant }) else { continue }
                if refs.allSatisfy({ $0.isGeneratedVariant || $0.concept == first.concept }) { concepts.append(first.concept) }
            }
            concepts.sort()
            unambiguousCache = concepts
            return concepts
        }
        func usable(_ ref: TermReference) -> Bool { context.isFullAcceptedForm(ref) }
        // Occurrences of unambiguous, accepted, full renderings: concept, term and match index.
        var uses: [(concept: Int, term: Int, index: Int)] = []
        let flags = context.englishMatchFlags
        // A match without an accepted term (generated variants aside) has no usable rendering.
        for index in matches.indices where flags[index].contains(.accepted) {
            let all = matches[index].match.references
            var chosen: TermReference? = nil
            if !flags[index].contains(.severalConcepts) {
                // One concept (the usual case): its first usable term.
                chosen = all.first { !$0.isGeneratedVariant && usable($0) }
            } else {
                var refs = all.filter { !$0.isGeneratedVariant }
                let several = { (refs: [TermReference]) in refs.contains { $0.concept != refs[0].concept } }
                if refs.count > 1, several(refs), let date = context.document.date {
                    // Only a concept with a validity period (its terms' bit says so) is read.
                    refs = refs.filter { !context.bits($0).contains(.dated) || (context.concept($0).validity?.contains(date) ?? true) }
                }
                if refs.count > 1, several(refs) {
                    let known = unambiguous()
                    refs = refs.filter { c in known.contains(c.concept) }
                }
                guard let head = refs.first, refs.allSatisfy({ $0.concept == head.concept }) else { continue }
                chosen = refs.first(where: usable)
            }
            guard let ref = chosen else { continue }
            uses.append((ref.concept, ref.term, index))
        }
        // Most documents render every concept one way: then there is nothing to group (a pass over the
        // pairs of a short list, instead of sorting it into groups).
        if uses.count <= 64 {
            var mixed = false
            check: for a in uses.indices {
                for b in 0..<a where uses[b].concept == uses[a].concept && uses[b].term != uses[a].term {
                    mixed = true
                    break check
                }
            }
            if !mixed { return [] }
        }
        // Occurrences per concept (document order within each), concepts in order of first use; a
        // concept rendered one way throughout is left out at once.
        if uses.count > 1 {
            // Sorted as single integers (concept, then match index): no comparison closure per step.
            var keys = uses.map { $0.concept << 32 | $0.index }
            var termOf = Array(repeating: 0, count: matches.count)
            for use in uses { termOf[use.index] = use.term }
            keys.sort()
            uses = keys.map { key in (key >> 32, termOf[key & 0xFFFF_FFFF], key & 0xFFFF_FFFF) }
        }
        var groups: [(first: Int, range: Range<Int>)] = []
        var start = 0
        while start < uses.count {
            var end = start + 1
            var mixed = false
            while end < uses.count && uses[end].concept == uses[start].concept {
                if uses[end].term != uses[start].term { mixed = true }
                end += 1
            }
            if mixed { groups.append((uses[start].index, start..<end)) }
            start = end
        }
        groups.sort { $0.first < $1.first }
        var byConcept: [Int: [(term: Int, located: LocatedMatch)]] = [:]
        var order: [Int] = []
        for group in groups {
            let concept = uses[group.range.lowerBound].concept
            order.append(concept)
            byConcept[concept] = uses[group.range].map { ($0.term, matches[$0.index]) }
        }
        var result: [Finding] = []
        for concept in order {
            let uses = byConcept[concept]!
            let terms = context.concept(at: concept).terms
            var distinct = Set(uses.map(\.term))
            guard distinct.count > 1 else { continue }
            // A rendering that only adds words to another ("senior researcher" beside "researcher") is a
            // more specific mention, not a second rendering.
            let keys = Dictionary(uniqueKeysWithValues: distinct.map { ($0, " " + EnglishInflection.matchingKey(terms[$0].text) + " ") })
            distinct = distinct.filter { t in !distinct.contains { o in o != t && keys[t]!.contains(keys[o]!) } }
            guard distinct.count > 1 else { continue }
            // Single lower-case words ("soldier", "warrior") are everyday vocabulary, not a house rendering
            // whose consistency matters.
            if distinct.contains(where: { t in let text = terms[t].text; return !text.contains(" ") && text == text.lowercased() }) { continue }
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
