import KoglossGlossary

/// An institution named with a name that was not in force at the article's date: every concept the
/// rendering may stand for has a validity period that excludes the date. Text that marks the name as
/// historical ("the former Ministry of People's Security") is left alone.
public struct AnachronismRule: LintRule {
    public static let description = RuleDescription(
        id: "anachronism", name: "Anachronism",
        summary: "An institution named with a name that was not in force at the article's date.",
        defaultSeverity: .error, requiresSource: false, isAutoFixable: true,
        triggeringExamples: [
            RuleExample("The Ministry of People's Security arrested traders.", date: "2021-03-05"),
        ],
        nonTriggeringExamples: [
            RuleExample("The Ministry of People's Security arrested traders.", date: "2019-03-05"),
            RuleExample("The former Ministry of People's Security was renamed.", date: "2021-03-05"),
            RuleExample("The Ministry of Social Security arrested traders.", date: "2021-03-05"),
        ])

    public init() {}

    private static let historicalMarkers: Set<String> = ["former", "formerly", "then", "old", "previous", "previously", "erstwhile", "predecessor", "once"]

    public func findings(in context: LintContext) -> [Finding] {
        guard let date = context.document.date else { return [] }
        var result: [Finding] = []
        let matches = context.englishMatches
        let flags = context.englishMatchFlags
        // Only names of concepts with a validity period concern this rule.
        for i in matches.indices where flags[i].contains(.dated) {
            let located = matches[i]
            let refs = located.match.references.filter { !$0.isGeneratedVariant }
            let outOfPeriod = refs.map(\.concept).allSatisfy { c in
                guard let validity = context.concept(at: c).validity else { return false }
                return !validity.contains(date)
            }
            guard outOfPeriod else { continue }
            if precededByHistoricalMarker(located.match.range.lowerBound, context: context) { continue }
            let concept = context.concept(at: refs[0].concept)
            let found = context.englishText(located.match.range)
            var message = "'\(found)' was not the name in force on \(date)"
            if let v = concept.validity { message += " (in use \(v.from ?? "…")–\(v.until ?? "…"))" }
            var replacement: String? = nil
            if let current = successor(of: refs[0].concept, at: date, context: context), let name = context.preferredEnglish(current)?.text {
                message += "; write '\(name)'"
                replacement = name
            }
            result.append(Finding(ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: located.match.range,
                                  message: message, replacement: replacement, englishParagraph: located.paragraph))
        }
        return result
    }

    /// Follows successor (or predecessor, for a date before the period) links to the concept in force at `date`.
    private func successor(of concept: Int, at date: String, context: LintContext) -> Int? {
        var current = concept
        var visited: Set<Int> = [concept]
        for _ in 0..<10 {
            let c = context.concept(at: current)
            let goingForward = c.validity?.until.map { date.prefix($0.count) > $0[...] } ?? false
            let relation: CrossReference.Relation = goingForward ? .successor : .predecessor
            guard let next = c.crossReferences.first(where: { $0.relation == relation }).flatMap({ context.conceptIndex(id: $0.target) }),
                  visited.insert(next).inserted else { return nil }
            if context.concept(at: next).validity?.contains(date) ?? true { return next }
            current = next
        }
        return nil
    }

    private func precededByHistoricalMarker(_ offset: Int, context: LintContext) -> Bool {
        let from = max(0, offset - 40)
        let before = context.englishText(from..<offset).lowercased()
        let words = before.split(whereSeparator: { !$0.isLetter })
        guard let last = words.last else { return false }
        if Self.historicalMarkers.contains(String(last)) { return true }
        // "the then Ministry", "the now-defunct".
        return words.suffix(2).contains { $0 == "defunct" || $0 == "then" }
    }
}
