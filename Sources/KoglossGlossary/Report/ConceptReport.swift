import Foundation

/// A concept as shown by `kogloss lookup --json` and `glossary show --json`: the preferred renderings first,
/// then every term with its status, and the concept's subject field, notes and validity.
public struct ConceptReport: Codable, Sendable, Hashable {
    public struct TermReport: Codable, Sendable, Hashable {
        public var language: String
        public var text: String
        public var status: String
        public var type: String
        public var variant: String?
        public var partOfSpeech: String?
        public var geographicalUsage: String?
        public var usageNote: String?
        public var context: String?
        public var source: String?
        public var caseSensitive: Bool?
    }
    public struct MatchReport: Codable, Sendable, Hashable {
        public var kind: String
        public var score: Double
        public var term: String
        public var language: String
        public var status: String
        public var distance: Int?
    }
    public struct Reference: Codable, Sendable, Hashable {
        public var target: String
        public var relation: String
    }

    public var id: String
    public var match: MatchReport?
    /// Preferred term per language code.
    public var preferred: [String: String]
    public var subjectField: String?
    public var definition: String?
    public var terms: [TermReport]
    public var notes: [String]
    public var sources: [String]
    public var crossReferences: [Reference]
    public var validFrom: String?
    public var validUntil: String?
    public var file: String?

    public init(_ concept: Concept, match: LookupMatch? = nil, file: String? = nil) {
        id = concept.id
        if let match {
            let term = concept.terms[match.termIndex]
            self.match = MatchReport(kind: match.kind.rawValue, score: (match.score * 1000).rounded() / 1000, term: term.text,
                                     language: term.language.code, status: term.status.rawValue, distance: match.distance)
        }
        var preferred: [String: String] = [:]
        for language in concept.languages {
            if let term = concept.preferredTerm(in: language) { preferred[language.code] = term.text }
        }
        self.preferred = preferred
        subjectField = concept.subjectField?.rawValue
        definition = concept.definition
        terms = concept.terms.map {
            TermReport(language: $0.language.code, text: $0.text, status: $0.status.rawValue, type: $0.type.rawValue,
                       variant: $0.variantKind?.rawValue, partOfSpeech: $0.partOfSpeech?.rawValue, geographicalUsage: $0.geographicalUsage,
                       usageNote: $0.usageNote, context: $0.context, source: $0.source, caseSensitive: $0.caseSensitive ? true : nil)
        }
        notes = concept.notes
        sources = concept.sources
        crossReferences = concept.crossReferences.map { Reference(target: $0.target, relation: $0.relation.rawValue) }
        validFrom = concept.validity?.from
        validUntil = concept.validity?.until
        self.file = file
    }

    /// Pretty-printed, key-sorted JSON of reports.
    public static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }
}

/// Human-readable text for a concept, as `kogloss lookup` prints it.
public enum ConceptFormatter {
    /// Several lines: heading (preferred Korean -> preferred English, subject field, how it matched), then each
    /// language's terms with status and notes, definition, notes, validity and cross references.
    public static func text(_ concept: Concept, match: LookupMatch? = nil) -> String {
        var lines: [String] = []
        let ko = concept.preferredTerm(in: .korean)?.text
        let en = concept.terms.first { $0.language.isEnglish && $0.status == .preferred }?.text
            ?? concept.terms.first { $0.language.isEnglish && !$0.status.isDiscouraged }?.text
        var heading = [ko, en].compactMap { $0 }.joined(separator: " -> ")
        if heading.isEmpty { heading = concept.terms.first?.text ?? concept.id }
        heading += "  [\(concept.id)"
        if let field = concept.subjectField { heading += ", \(field.rawValue)" }
        heading += "]"
        lines.append(heading)
        if let match {
            let term = concept.terms[match.termIndex]
            var how = "  matched '\(term.text)' (\(describe(match.kind))"
            if let d = match.distance { how += ", \(d) edit\(d == 1 ? "" : "s") away" }
            how += ")"
            if term.status.isDiscouraged {
                let replacement = concept.preferredTerm(in: term.language)?.text
                how += "; '\(term.text)' is \(term.status.rawValue)" + (replacement.map { ", use '\($0)'" } ?? "")
            }
            lines.append(how)
        }
        for language in concept.languages {
            for (i, term) in concept.terms(in: language).enumerated() {
                var line = i == 0 ? "  \(language.code): " : "      "
                line += term.text + " (" + term.status.rawValue
                if let kind = term.variantKind {
                    line += ", \(kind.rawValue) variant"
                } else if term.type != .fullForm {
                    line += ", \(term.type.rawValue)"
                }
                if let geo = term.geographicalUsage { line += ", \(geo)" }
                line += ")"
                if let note = term.usageNote { line += " - \(note)" }
                lines.append(line)
                if let context = term.context { lines.append("        e.g. \(context)") }
            }
        }
        if let definition = concept.definition { lines.append("  definition: \(definition)") }
        for note in concept.notes { lines.append("  note: \(note)") }
        if let validity = concept.validity {
            var v = "  valid:"
            if let from = validity.from { v += " from \(from)" }
            if let until = validity.until { v += " until \(until)" }
            lines.append(v)
        }
        for ref in concept.crossReferences { lines.append("  see also: \(ref.target) (\(ref.relation.rawValue))") }
        for source in concept.sources { lines.append("  source: \(source)") }
        return lines.joined(separator: "\n")
    }

    static func describe(_ kind: LookupMatch.Kind) -> String {
        switch kind {
        case .exact: return "exact"
        case .folded: return "ignoring case and punctuation width"
        case .particles: return "Korean particles removed"
        case .spelling: return "North/South Korean spelling"
        case .romanization: return "romanisation variant"
        case .inflection: return "English inflection"
        case .substring: return "partial match"
        case .fuzzy: return "similar spelling"
        }
    }
}
