import ArgumentParser
import Foundation
import KoglossGlossary

/// `kogloss glossary show ID`.
struct GlossaryShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one concept.")
    @Argument(help: "Concept id.") var id: String
    @Flag(name: .long, help: "Print JSON.") var json = false
    @OptionGroup var options: GlossaryOptions

    func run() async throws {
        try GlossaryCLI.run {
            let (store, termbase) = try options.load()
            let concept = termbase.concepts[try GlossaryArguments.conceptIndex(id, in: termbase, store: store)]
            if json {
                GlossaryCLI.output(ConceptReport.json(ConceptReport(concept, file: store.conceptFiles[id]?.lastPathComponent)))
            } else {
                GlossaryCLI.output(ConceptFormatter.text(concept))
            }
        }
    }
}

/// `kogloss glossary list [--subject FIELD] [--status STATUS]`.
struct GlossaryListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List concepts: id, preferred Korean, preferred English, subject field (tab-separated).")
    @Option(name: .long, help: "Only concepts of this subject field.") var subject: String?
    @Option(name: .long, help: "Only concepts with a term of this status (preferred, admitted, deprecated, superseded).") var status: String?
    @Flag(name: .long, help: "Print JSON.") var json = false
    @OptionGroup var options: GlossaryOptions

    func run() async throws {
        try GlossaryCLI.run {
            let field = try GlossaryArguments.subjectField(subject)
            let wanted = try GlossaryArguments.status(status)
            let (store, termbase) = try options.load()
            let concepts = termbase.concepts.filter { c in
                (field == nil || c.subjectField == field) && (wanted == nil || c.terms.contains { $0.status == wanted })
            }
            if json {
                GlossaryCLI.output(ConceptReport.json(concepts.map { ConceptReport($0, file: store.conceptFiles[$0.id]?.lastPathComponent) }))
                return
            }
            var lines: [String] = []
            for c in concepts {
                lines.append([c.id, c.preferredTerm(in: .korean)?.text ?? "", c.preferredTerm(in: .english)?.text ?? "", c.subjectField?.rawValue ?? ""]
                    .joined(separator: "\t"))
            }
            if !lines.isEmpty { GlossaryCLI.output(lines.joined(separator: "\n")) }
        }
    }
}

/// `kogloss glossary stats`.
struct GlossaryStatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count concepts and terms by language, status and subject field.")
    @Flag(name: .long, help: "Print JSON.") var json = false
    @OptionGroup var options: GlossaryOptions

    func run() async throws {
        try GlossaryCLI.run {
            let (store, termbase) = try options.load()
            let stats = TermbaseStatistics(termbase, files: store.files.count)
            GlossaryCLI.output(json ? ConceptReport.json(stats) : stats.text)
        }
    }
}

/// `kogloss glossary validate`: consistency checks; exit 1 when there are errors.
struct GlossaryValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the termbase: duplicate terms, missing preferred English terms, conflicting statuses, dangling cross references.",
        discussion: "Also lists TBX elements kept verbatim. Exit status 1 when there are errors (warnings alone give 0), 65 when a file is malformed."
    )
    @Flag(name: .long, help: "Print JSON.") var json = false
    @OptionGroup var options: GlossaryOptions

    func run() async throws {
        try GlossaryCLI.run {
            let (store, termbase) = try options.load()
            let issues = GlossaryValidator.validate(termbase, files: store.conceptFiles, lines: store.conceptLines)
            let errors = issues.filter { $0.severity == .error }.count
            if json {
                struct Output: Encodable { var issues: [GlossaryIssue]; var fileWarnings: [String]; var errors: Int; var warnings: Int }
                GlossaryCLI.output(ConceptReport.json(Output(issues: issues, fileWarnings: store.warnings.map(\.description),
                                                             errors: errors, warnings: issues.count - errors)))
            } else {
                var lines = store.warnings.map(\.description) + issues.map(\.description)
                lines.append("\(termbase.concepts.count) concepts: \(errors) error\(errors == 1 ? "" : "s"), \(issues.count - errors) warning\(issues.count - errors == 1 ? "" : "s")")
                GlossaryCLI.output(lines.joined(separator: "\n"))
            }
            if errors > 0 { throw ExitCode(1) }
        }
    }
}
