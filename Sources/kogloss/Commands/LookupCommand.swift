import ArgumentParser
import Foundation
import KoglossGlossary

/// `kogloss lookup TERM`: exact, then forgiving matches in the termbase, ranked.
struct LookupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look up a Korean or English term in the glossary.",
        discussion: """
        Exact matches first, then forgiving ones: Korean particles stripped (전략군에서 -> 전략군), North/South \
        spelling (로동신문 = 노동신문), romanisation and hyphenation (Kim Jong-un = Kim Jong Un), case and English \
        inflection (lance corporals), and as a last resort partial and similar spellings. Shows the preferred \
        rendering, the other terms with their status, subject field, notes and validity.
        Exit status: 0 found, 1 nothing found, 2 usage error, 65 malformed termbase.
        """
    )

    @Argument(help: "The term (several words are joined with spaces).")
    var term: [String]

    @Flag(name: .long, help: "Print JSON (an array of matches) for scripts.")
    var json = false

    @Option(name: .long, help: "At most this many concepts.")
    var limit = 5

    @OptionGroup var options: GlossaryOptions

    func run() async throws {
        try GlossaryCLI.run {
            let query = term.joined(separator: " ")
            guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw GlossaryUsageError("give a term to look up") }
            guard limit > 0 else { throw GlossaryUsageError("--limit must be positive") }
            let (store, termbase) = try options.load()
            let matches = TermLookup(termbase: termbase).lookup(query, limit: limit)
            if json {
                let reports = matches.map {
                    ConceptReport(termbase.concepts[$0.conceptIndex], match: $0, file: store.conceptFiles[$0.conceptID]?.lastPathComponent)
                }
                GlossaryCLI.output(ConceptReport.json(reports))
            } else if !matches.isEmpty {
                GlossaryCLI.output(matches.map { ConceptFormatter.text(termbase.concepts[$0.conceptIndex], match: $0) }.joined(separator: "\n\n"))
            }
            if matches.isEmpty {
                if !json { GlossaryCLI.printError("kogloss: no match for '\(query)' in \(store.path.path)") }
                throw ExitCode(1)
            }
        }
    }
}
