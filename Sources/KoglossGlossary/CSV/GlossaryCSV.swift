import Foundation
import KoglossText

/// Termbase <-> CSV/TSV in two layouts (documented in docs/glossary-csv.md): one row per term (lossless for
/// everything but elements kept verbatim) or one row per concept (preferred Korean and English terms plus
/// other terms by status; compact, for spreadsheets).
public enum GlossaryCSV {
    public enum Layout: String, Sendable, CaseIterable {
        case term, concept
    }

    /// Multi-valued cells are separated by this.
    public static let listSeparator = "|"

    public static let termColumns = [
        "concept_id", "language", "term", "status", "type", "variant", "part_of_speech", "geographical_usage",
        "usage_note", "context", "source", "case_sensitive",
        "subject_field", "definition", "notes", "sources", "cross_references", "valid_from", "valid_until",
    ]
    public static let conceptColumns = [
        "id", "subject_field", "definition",
        "ko", "ko_admitted", "ko_deprecated", "ko_superseded",
        "en", "en_admitted", "en_deprecated", "en_superseded",
        "notes", "sources", "cross_references", "valid_from", "valid_until",
    ]

    // MARK: Writing

    /// The termbase as CSV (or TSV with `separator: "\t"`), header row first.
    public static func write(_ termbase: Termbase, layout: Layout, separator: Character = ",") -> String {
        var rows: [[String]] = []
        switch layout {
        case .term:
            rows.append(termColumns)
            for concept in termbase.concepts {
                for (i, term) in concept.terms.enumerated() {
                    let conceptCells = i == 0 ? self.conceptCells(concept) : Array(repeating: "", count: 7)
                    rows.append([
                        concept.id, term.language.code, term.text, term.status.rawValue, term.type.rawValue,
                        term.variantKind?.rawValue ?? "", term.partOfSpeech?.rawValue ?? "", term.geographicalUsage ?? "",
                        term.usageNote ?? "", term.context ?? "", term.source ?? "", term.caseSensitive ? "true" : "",
                    ] + conceptCells)
                }
            }
        case .concept:
            rows.append(conceptColumns)
            for concept in termbase.concepts {
                let cells = conceptCells(concept)
                var row = [concept.id, cells[0], cells[1]]
                for language in [LanguageCode.korean, .english] {
                    for status in AdministrativeStatus.allCases {
                        row.append(concept.terms.filter { $0.language.primary == language.code && $0.status == status }
                            .map(\.text).joined(separator: listSeparator))
                    }
                }
                row += cells[2...]
                rows.append(row)
            }
        }
        return CSVWriter.write(rows, separator: separator)
    }

    /// subject_field, definition, notes, sources, cross_references, valid_from, valid_until.
    static func conceptCells(_ c: Concept) -> [String] {
        [
            c.subjectField?.rawValue ?? "", c.definition ?? "", c.notes.joined(separator: listSeparator),
            c.sources.joined(separator: listSeparator),
            c.crossReferences.map { "\($0.relation.rawValue):\($0.target)" }.joined(separator: listSeparator),
            c.validity?.from ?? "", c.validity?.until ?? "",
        ]
    }

    // MARK: Reading

    /// Parses CSV/TSV into concepts; the layout is recognised from the header. Concepts without an id get a
    /// slug of their English (or first) term, unique against `takenIDs`. Throws `InputError` with line:column.
    public static func read(_ data: Data, separator: Character = ",", file: String?, takenIDs: Set<String> = []) throws -> [Concept] {
        let records = try CSVParser.parse(data, separator: separator, file: file)
        guard let header = records.first else {
            throw InputError(file: file, line: 1, column: 1, message: "empty CSV file", hint: "the first row must name the columns; see docs/glossary-csv.md")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var column: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            if column[name] != nil {
                throw InputError(file: file, line: header.line, column: header.columns[i], message: "column '\(name)' appears twice", hint: nil)
            }
            column[name] = i
        }
        let isTermLayout = column["term"] != nil || column["language"] != nil
        let known = Set(isTermLayout ? termColumns : conceptColumns)
        for (i, name) in names.enumerated() where !known.contains(name) {
            throw InputError(file: file, line: header.line, column: header.columns[i],
                             message: "unknown column '\(name)' for the \(isTermLayout ? "one-row-per-term" : "one-row-per-concept") layout",
                             hint: "columns are: \((isTermLayout ? termColumns : conceptColumns).joined(separator: ", "))")
        }
        let required = isTermLayout ? ["concept_id", "language", "term"] : []
        for name in required where column[name] == nil {
            throw InputError(file: file, line: header.line, column: 1, message: "missing column '\(name)'", hint: "see docs/glossary-csv.md")
        }
        if !isTermLayout && column["ko"] == nil && column["en"] == nil {
            throw InputError(file: file, line: header.line, column: 1, message: "no term columns: expected 'ko' and 'en' (or 'language' and 'term')",
                             hint: "see docs/glossary-csv.md")
        }
        var context = RowContext(file: file, column: column)
        var concepts: [Concept] = []
        var index: [String: Int] = [:]
        var taken = takenIDs
        for record in records.dropFirst() {
            context.record = record
            if isTermLayout {
                let id = try context.value("concept_id", required: true)
                guard ConceptID.isValid(id) else { throw context.error("concept_id", "'\(id)' is not a valid concept id", hint: "start with a letter; use letters, digits and hyphens") }
                let term = try context.term(language: try context.language("language"), text: try context.value("term", required: true))
                if let i = index[id] {
                    concepts[i].terms.append(term)
                    try context.fillConcept(&concepts[i])
                } else {
                    var concept = Concept(id: id, terms: [term])
                    try context.fillConcept(&concept)
                    index[id] = concepts.count
                    concepts.append(concept)
                    taken.insert(id)
                }
            } else {
                var terms: [Term] = []
                for language in [LanguageCode.korean, .english] {
                    for status in AdministrativeStatus.allCases {
                        let name = status == .preferred ? language.code : "\(language.code)_\(status.rawValue)"
                        for text in context.list(name) {
                            terms.append(Term(language: language, text: text, status: status))
                        }
                    }
                }
                if terms.isEmpty { throw context.error(column["ko"] != nil ? "ko" : "en", "row has no terms", hint: "fill in the ko and en columns") }
                var id = context.optional("id") ?? ""
                if id.isEmpty {
                    let base = terms.first { $0.language.isEnglish }?.text ?? terms[0].text
                    id = ConceptID.slug(from: base, taken: taken)
                } else if !ConceptID.isValid(id) {
                    throw context.error("id", "'\(id)' is not a valid concept id", hint: "start with a letter; use letters, digits and hyphens")
                }
                if index[id] != nil {
                    throw context.error("id", "duplicate concept id '\(id)'", hint: "one row per concept; ids must be unique")
                }
                var concept = Concept(id: id, terms: terms)
                try context.fillConcept(&concept)
                index[id] = concepts.count
                concepts.append(concept)
                taken.insert(id)
            }
        }
        return concepts
    }

    /// Reads one record's cells by column name, with errors located at the cell.
    struct RowContext {
        let file: String?
        let column: [String: Int]
        var record = CSVRecord(fields: [], line: 0, columns: [])

        func error(_ name: String, _ message: String, hint: String?) -> InputError {
            let i = column[name] ?? 0
            let col = i < record.columns.count ? record.columns[i] : 1
            return InputError(file: file, line: record.line, column: col, message: "\(message) (column '\(name)')", hint: hint)
        }

        func optional(_ name: String) -> String? {
            guard let i = column[name], i < record.fields.count else { return nil }
            let v = TextNormalizer.nfc(record.fields[i].trimmingCharacters(in: .whitespacesAndNewlines))
            return v.isEmpty ? nil : v
        }

        func value(_ name: String, required: Bool) throws -> String {
            if let v = optional(name) { return v }
            if required { throw error(name, "empty value", hint: "every row needs a \(name)") }
            return ""
        }

        func list(_ name: String) -> [String] {
            guard let v = optional(name) else { return [] }
            return v.split(separator: Character(GlossaryCSV.listSeparator)).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        func language(_ name: String) throws -> LanguageCode {
            let v = try value(name, required: true)
            if let problem = LanguageTagCheck.problem(with: v) { throw error(name, problem, hint: "use a BCP 47 code such as ko or en") }
            return LanguageCode(v)
        }

        func parse<T>(_ name: String, _ make: (String) -> T?, allowed: [String]) throws -> T? {
            guard let v = optional(name) else { return nil }
            guard let parsed = make(v) ?? make(v.lowercased()) else {
                throw error(name, "'\(v)' is not one of \(allowed.joined(separator: ", "))", hint: nil)
            }
            return parsed
        }

        func term(language: LanguageCode, text: String) throws -> Term {
            var term = Term(language: language, text: text)
            term.status = try parse("status", { AdministrativeStatus(tbxValue: $0) }, allowed: AdministrativeStatus.allCases.map(\.rawValue)) ?? .admitted
            term.type = try parse("type", { TermType(rawValue: $0) }, allowed: TermType.allCases.map(\.rawValue)) ?? .fullForm
            term.variantKind = try parse("variant", { VariantKind(rawValue: $0) }, allowed: VariantKind.allCases.map(\.rawValue))
            term.partOfSpeech = try parse("part_of_speech", { PartOfSpeech(rawValue: $0) }, allowed: PartOfSpeech.allCases.map(\.rawValue))
            term.geographicalUsage = optional("geographical_usage")
            term.usageNote = optional("usage_note")
            term.context = optional("context")
            term.source = optional("source")
            term.caseSensitive = try parse("case_sensitive", { ["true": true, "yes": true, "1": true, "false": false, "no": false, "0": false][$0] },
                                           allowed: ["true", "false"]) ?? false
            return term
        }

        /// Concept-level cells; a later row may fill what an earlier row of the concept left empty.
        func fillConcept(_ concept: inout Concept) throws {
            if concept.subjectField == nil {
                concept.subjectField = try parse("subject_field", { SubjectField(rawValue: $0) }, allowed: SubjectField.allCases.map(\.rawValue))
            }
            if concept.definition == nil { concept.definition = optional("definition") }
            if concept.notes.isEmpty { concept.notes = list("notes") }
            if concept.sources.isEmpty { concept.sources = list("sources") }
            if concept.crossReferences.isEmpty {
                for item in list("cross_references") {
                    let parts = item.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard parts.count == 2, let relation = CrossReference.Relation(rawValue: parts[0].lowercased()), ConceptID.isValid(parts[1]) else {
                        throw error("cross_references", "'\(item)' is not RELATION:TARGET-ID",
                                    hint: "relations: \(CrossReference.Relation.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    concept.crossReferences.append(CrossReference(target: parts[1], relation: relation))
                }
            }
            let from = optional("valid_from"), until = optional("valid_until")
            for (name, date) in [("valid_from", from), ("valid_until", until)] {
                if let date, !TBXDate.isValid(date) { throw error(name, "'\(date)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", hint: nil) }
            }
            if concept.validity == nil, from != nil || until != nil { concept.validity = ValidityPeriod(from: from, until: until) }
        }
    }
}
