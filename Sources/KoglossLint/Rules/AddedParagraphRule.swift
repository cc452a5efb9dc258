/// An English body paragraph with no Korean counterpart in the alignment.
public struct AddedParagraphRule: LintRule {
    public static let description = RuleDescription(
        id: "added-paragraph", name: "Added paragraph",
        summary: "An English body paragraph has no counterpart in the Korean source.",
        defaultSeverity: .warning, requiresSource: true, isAutoFixable: false,
        triggeringExamples: [], nonTriggeringExamples: [])

    public init() {}

    public func findings(in context: LintContext) -> [Finding] {
        let document = context.document
        var result: [Finding] = []
        for bead in document.beads where bead.korean.isEmpty {
            for e in bead.english where document.englishParagraphs[e].kind == .body {
                let range = document.englishParagraphs[e].range
                var end = range.lowerBound
                while end < range.upperBound && context.englishBytes[end] != 0x0A { end += 1 }
                result.append(Finding(ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: range.lowerBound..<end,
                                      message: "this English paragraph has no counterpart in the Korean source",
                                      englishParagraph: e))
            }
        }
        return result
    }
}
