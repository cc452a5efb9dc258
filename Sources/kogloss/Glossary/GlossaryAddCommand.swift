import ArgumentParser
import Foundation
import KoglossGlossary

/// `kogloss glossary add --ko 보위국 --en "Military Security Command" ...`.
struct GlossaryAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a concept with its Korean and English terms.",
        discussion: "The first --ko and --en are the preferred terms, further ones are admitted. The id defaults to a slug of the English term."
    )

    @Option(name: .long, help: "Korean term (repeat for more; the first is preferred).") var ko: [String] = []
    @Option(name: .long, help: "English term (repeat for more; the first is preferred).") var en: [String] = []
    @Option(name: .customLong("ko-variant"), help: "Korean spelling variant (e.g. the South Korean spelling), admitted.") var koVariant: [String] = []
    @Option(name: .customLong("en-variant"), help: "English romanisation variant, admitted.") var enVariant: [String] = []
    @Option(name: .customLong("en-deprecated"), help: "English rendering to avoid (deprecated).") var enDeprecated: [String] = []
    @Option(name: .long, help: "Concept id (letters, digits, hyphens; default: from the English term).") var id: String?
    @Option(name: .long, help: "Subject field: military unit, rank, institution, person, place, publication, law, title, other.") var subject: String?
    @Option(name: .long, help: "Definition.") var definition: String?
    @Option(name: .long, help: "Note for translators (repeatable).") var note: [String] = []
    @Option(name: .long, help: "Source of the rendering (repeatable).") var source: [String] = []
    @Option(name: .customLong("valid-from"), help: "First day the name was in use (YYYY[-MM[-DD]]).") var validFrom: String?
    @Option(name: .customLong("valid-until"), help: "Last day the name was in use (YYYY[-MM[-DD]]).") var validUntil: String?
    @Option(name: .long, help: "Cross reference RELATION:CONCEPT-ID (successor, predecessor, broader, narrower, related, confusable).") var ref: [String] = []
    @Option(name: .long, help: "File of the glossary folder to add to (default: the first .tbx file).") var file: String?
    @OptionGroup var options: GlossaryOptions

    func run() async throws {
        try GlossaryCLI.run {
            guard !ko.isEmpty, !en.isEmpty else { throw GlossaryUsageError("give at least one --ko and one --en term") }
            var terms: [Term] = []
            for (i, text) in ko.enumerated() {
                terms.append(Term(language: .korean, text: try GlossaryArguments.termText(text, flag: "--ko"), status: i == 0 ? .preferred : .admitted))
            }
            for text in koVariant {
                terms.append(Term(language: .korean, text: try GlossaryArguments.termText(text, flag: "--ko-variant"), status: .admitted, type: .variant, variantKind: .spelling))
            }
            for (i, text) in en.enumerated() {
                terms.append(Term(language: .english, text: try GlossaryArguments.termText(text, flag: "--en"), status: i == 0 ? .preferred : .admitted))
            }
            for text in enVariant {
                terms.append(Term(language: .english, text: try GlossaryArguments.termText(text, flag: "--en-variant"), status: .admitted, type: .variant, variantKind: .romanization))
            }
            for text in enDeprecated {
                terms.append(Term(language: .english, text: try GlossaryArguments.termText(text, flag: "--en-deprecated"), status: .deprecated))
            }
            if let id, !ConceptID.isValid(id) { throw GlossaryUsageError("'\(id)' is not a valid concept id: start with a letter, use letters, digits and hyphens") }
            let from = try GlossaryArguments.date(validFrom, flag: "--valid-from")
            let until = try GlossaryArguments.date(validUntil, flag: "--valid-until")
            var concept = Concept(
                id: id ?? "", subjectField: try GlossaryArguments.subjectField(subject), definition: definition,
                notes: note, sources: source, crossReferences: try ref.map(GlossaryArguments.reference),
                validity: (from?.isEmpty == false || until?.isEmpty == false) ? ValidityPeriod(from: from, until: until) : nil,
                terms: terms
            )
            let store = options.store()
            let target = try GlossaryArguments.newConceptFile(file, store: store)
            let assigned: String = try store.update(newConceptFile: target) { termbase in
                let taken = Set(termbase.concepts.map(\.id))
                if concept.id.isEmpty {
                    concept.id = ConceptID.slug(from: terms.first { $0.language.isEnglish }!.text, taken: taken)
                } else if taken.contains(concept.id) {
                    throw GlossaryFailure("concept '\(concept.id)' already exists; use 'kogloss glossary edit \(concept.id)'")
                }
                termbase.concepts.append(concept)
                return concept.id
            }
            let where_ = store.conceptFiles[assigned]?.path ?? store.path.path
            GlossaryCLI.output("added \(assigned) to \(where_)")
        }
    }
}
