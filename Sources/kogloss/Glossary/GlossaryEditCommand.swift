import ArgumentParser
import Foundation
import KoglossGlossary

/// `kogloss glossary edit ID --add-en ... --prefer ... --deprecate ...`.
struct GlossaryEditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a concept: terms, statuses, notes, validity.")

    @Argument(help: "Concept id.") var id: String
    @Option(name: .customLong("add-ko"), help: "Add a Korean term (admitted).") var addKo: [String] = []
    @Option(name: .customLong("add-en"), help: "Add an English term (admitted).") var addEn: [String] = []
    @Option(name: .long, help: "Make this term the preferred one of its language (the previous preferred becomes admitted).") var prefer: [String] = []
    @Option(name: .long, help: "Mark this term deprecated.") var deprecate: [String] = []
    @Option(name: .customLong("set-status"), help: "TERM=STATUS (preferred, admitted, deprecated, superseded).") var setStatus: [String] = []
    @Option(name: .customLong("remove-term"), help: "Remove a term.") var removeTerm: [String] = []
    @Option(name: .customLong("usage-note"), help: "TERM=NOTE: set a term's usage note.") var usageNote: [String] = []
    @Option(name: .long, help: "Subject field.") var subject: String?
    @Option(name: .long, help: "Definition (empty to remove).") var definition: String?
    @Option(name: .long, help: "Append a note.") var note: [String] = []
    @Flag(name: .customLong("clear-notes"), help: "Remove all notes first.") var clearNotes = false
    @Option(name: .long, help: "Append a source.") var source: [String] = []
    @Option(name: .customLong("valid-from"), help: "YYYY[-MM[-DD]], empty to remove.") var validFrom: String?
    @Option(name: .customLong("valid-until"), help: "YYYY[-MM[-DD]], empty to remove.") var validUntil: String?
    @Option(name: .long, help: "Add a cross reference RELATION:CONCEPT-ID.") var ref: [String] = []
    @Option(name: .customLong("remove-ref"), help: "Remove cross references to this concept id.") var removeRef: [String] = []
    @OptionGroup var options: GlossaryOptions

    func run() async throws {
        try GlossaryCLI.run {
            let store = options.store()
            guard store.exists else { throw GlossaryUsageError("no termbase at \(store.path.path)") }
            let field = try GlossaryArguments.subjectField(subject)
            let from = try GlossaryArguments.date(validFrom, flag: "--valid-from")
            let until = try GlossaryArguments.date(validUntil, flag: "--valid-until")
            let refs = try ref.map(GlossaryArguments.reference)
            let statusChanges = try setStatus.map { item -> (String, AdministrativeStatus) in
                guard let eq = item.lastIndex(of: "=") else { throw GlossaryUsageError("--set-status takes TERM=STATUS, got '\(item)'") }
                return (String(item[..<eq]), try GlossaryArguments.status(String(item[item.index(after: eq)...]))!)
            }
            let notes = try usageNote.map { item -> (String, String) in
                guard let eq = item.firstIndex(of: "=") else { throw GlossaryUsageError("--usage-note takes TERM=NOTE, got '\(item)'") }
                return (String(item[..<eq]), String(item[item.index(after: eq)...]))
            }
            try store.update { termbase in
                let i = try GlossaryArguments.conceptIndex(id, in: termbase, store: store)
                var c = termbase.concepts[i]
                func termIndex(_ text: String) throws -> Int {
                    let t = try GlossaryArguments.termText(text, flag: "term")
                    guard let j = c.terms.firstIndex(where: { $0.text == t }) else {
                        throw GlossaryFailure("concept '\(id)' has no term '\(t)' (terms: \(c.terms.map(\.text).joined(separator: ", ")))")
                    }
                    return j
                }
                for text in addKo { c.terms.append(Term(language: .korean, text: try GlossaryArguments.termText(text, flag: "--add-ko"))) }
                for text in addEn { c.terms.append(Term(language: .english, text: try GlossaryArguments.termText(text, flag: "--add-en"))) }
                for text in prefer {
                    let j = try termIndex(text)
                    for k in c.terms.indices where c.terms[k].language == c.terms[j].language && c.terms[k].status == .preferred {
                        c.terms[k].status = .admitted
                    }
                    c.terms[j].status = .preferred
                }
                for text in deprecate { c.terms[try termIndex(text)].status = .deprecated }
                for (text, status) in statusChanges { c.terms[try termIndex(text)].status = status }
                for (text, value) in notes { c.terms[try termIndex(text)].usageNote = value.isEmpty ? nil : value }
                for text in removeTerm { c.terms.remove(at: try termIndex(text)) }
                if c.terms.isEmpty { throw GlossaryFailure("a concept needs at least one term; use 'kogloss glossary rm \(id)' to remove it") }
                if let field { c.subjectField = field }
                if let definition { c.definition = definition.isEmpty ? nil : definition }
                if clearNotes { c.notes = [] }
                c.notes += note
                c.sources += source
                if from != nil || until != nil {
                    var v = c.validity ?? ValidityPeriod()
                    if let from { v.from = from.isEmpty ? nil : from }
                    if let until { v.until = until.isEmpty ? nil : until }
                    c.validity = (v.from == nil && v.until == nil) ? nil : v
                }
                c.crossReferences.removeAll { removeRef.contains($0.target) }
                for r in refs where !c.crossReferences.contains(r) { c.crossReferences.append(r) }
                termbase.concepts[i] = c
            }
            GlossaryCLI.output("updated \(id)")
        }
    }
}

/// `kogloss glossary rm ID...`.
struct GlossaryRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove concepts.")
    @Argument(help: "Concept ids.") var ids: [String]
    @OptionGroup var options: GlossaryOptions

    func run() async throws {
        try GlossaryCLI.run {
            guard !ids.isEmpty else { throw GlossaryUsageError("give the ids of the concepts to remove") }
            let store = options.store()
            guard store.exists else { throw GlossaryUsageError("no termbase at \(store.path.path)") }
            try store.update { termbase in
                for id in ids { _ = try GlossaryArguments.conceptIndex(id, in: termbase, store: store) }
                termbase.concepts.removeAll { ids.contains($0.id) }
            }
            GlossaryCLI.output("removed \(ids.joined(separator: ", "))")
        }
    }
}
