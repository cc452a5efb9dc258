/// Counts for `kogloss glossary stats`.
public struct TermbaseStatistics: Codable, Sendable, Hashable {
    public var concepts: Int
    public var terms: Int
    public var termsByLanguage: [String: Int]
    public var termsByStatus: [String: Int]
    public var conceptsBySubjectField: [String: Int]
    public var conceptsWithValidity: Int
    public var crossReferences: Int
    public var files: Int

    public init(_ termbase: Termbase, files: Int = 1) {
        concepts = termbase.concepts.count
        terms = termbase.concepts.reduce(0) { $0 + $1.terms.count }
        var byLanguage: [String: Int] = [:], byStatus: [String: Int] = [:], byField: [String: Int] = [:]
        var validity = 0, refs = 0
        for concept in termbase.concepts {
            for term in concept.terms {
                byLanguage[term.language.code, default: 0] += 1
                byStatus[term.status.rawValue, default: 0] += 1
            }
            byField[concept.subjectField?.rawValue ?? "(none)", default: 0] += 1
            if concept.validity != nil { validity += 1 }
            refs += concept.crossReferences.count
        }
        termsByLanguage = byLanguage
        termsByStatus = byStatus
        conceptsBySubjectField = byField
        conceptsWithValidity = validity
        crossReferences = refs
        self.files = files
    }

    /// Aligned text lines.
    public var text: String {
        var lines = ["files: \(files)", "concepts: \(concepts)", "terms: \(terms)"]
        func section(_ title: String, _ counts: [String: Int]) {
            lines.append("\(title):")
            for (key, value) in counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                lines.append("  \(key): \(value)")
            }
        }
        section("terms by language", termsByLanguage)
        section("terms by status", termsByStatus)
        section("concepts by subject field", conceptsBySubjectField)
        lines.append("concepts with validity dates: \(conceptsWithValidity)")
        lines.append("cross references: \(crossReferences)")
        return lines.joined(separator: "\n")
    }
}
