/// A Korean body paragraph with no English counterpart in the alignment.
public struct OmittedParagraphRule: LintRule {
    public static let description = RuleDescription(
        id: "omitted-paragraph", name: "Omitted paragraph",
        summary: "A Korean body paragraph has no counterpart in the English.",
        defaultSeverity: .warning, requiresSource: true, isAutoFixable: false,
        triggeringExamples: [], nonTriggeringExamples: [])

    public init() {}

    public func findings(in context: LintContext) -> [Finding] {
        let document = context.document
        guard let korean = document.korean else { return [] }
        var result: [Finding] = []
        for (b, bead) in document.beads.enumerated() where bead.english.isEmpty {
            for k in bead.korean where document.koreanParagraphs.indices.contains(k) && document.koreanParagraphs[k].kind == .body {
                // Located where the English would have it: the start of the next English paragraph.
                let next = document.beads[(b + 1)...].lazy.compactMap { $0.english.min() }.first
                let offset = next.map { document.englishParagraphs[$0].range.lowerBound } ?? document.english.utf8.count
                let excerpt = Self.excerpt(context.koreanText(document.koreanParagraphs[k].range))
                result.append(Finding(ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: offset..<offset,
                                      message: "Korean paragraph \(k + 1) ('\(excerpt)') has no English counterpart",
                                      englishParagraph: next, koreanParagraph: k))
            }
        }
        _ = korean
        return result
    }

    static func excerpt(_ text: String, limit: Int = 30) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}
