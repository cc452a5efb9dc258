import ArgumentParser
import Foundation
import KoglossGlossary
import KoglossText

/// File formats for import and export.
enum GlossaryFileFormat: String, ExpressibleByArgument, CaseIterable {
    case tbx, csv, tsv

    /// From `--format`, else the file extension, else TBX.
    static func choose(_ explicit: GlossaryFileFormat?, path: String?) -> GlossaryFileFormat {
        if let explicit { return explicit }
        switch (path as NSString?)?.pathExtension.lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        default: return .tbx
        }
    }
}

extension GlossaryCSV.Layout: ExpressibleByArgument {}

/// `kogloss glossary import FILE`: merge concepts from TBX (any supported dialect) or CSV/TSV.
struct GlossaryImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import concepts from a TBX, CSV or TSV file (columns: docs/glossary-csv.md).",
        discussion: "Concepts whose id already exists are an error unless --replace. The termbase is unchanged when the file is malformed (exit 65)."
    )
    @Argument(help: "The file to import.") var file: String
    @Option(name: .long, help: "tbx, csv or tsv (default: from the extension).") var format: GlossaryFileFormat?
    @Flag(name: .long, help: "Replace concepts whose id already exists.") var replace = false
    @Option(name: .customLong("file"), help: "File of the glossary folder that receives new concepts.") var into: String?
    @OptionGroup var options: GlossaryOptions

    func run() async throws {
        try GlossaryCLI.run {
            let url = URL(fileURLWithPath: file)
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw GlossaryUsageError("cannot read \(file)")
            }
            let chosen = GlossaryFileFormat.choose(format, path: file)
            let store = options.store()
            var imported: [Concept]
            var warnings: [TBXWarning] = []
            switch chosen {
            case .tbx:
                let result = try TBXReader.read(data: data, file: file)
                imported = result.termbase.concepts
                warnings = result.warnings
            case .csv, .tsv:
                let existing = store.exists ? Set(try store.load().concepts.map(\.id)) : []
                imported = try GlossaryCSV.read(data, separator: chosen == .tsv ? "\t" : ",", file: file, takenIDs: replace ? [] : existing)
            }
            for w in warnings { GlossaryCLI.printError(w.description) }
            let target = try GlossaryArguments.newConceptFile(into, store: store)
            let (added, replaced): (Int, Int) = try store.update(newConceptFile: target) { termbase in
                var index = Dictionary(uniqueKeysWithValues: termbase.concepts.enumerated().map { ($1.id, $0) })
                let clashes = imported.map(\.id).filter { index[$0] != nil }
                if !clashes.isEmpty && !replace {
                    throw GlossaryFailure("\(clashes.count) concept id\(clashes.count == 1 ? "" : "s") already in the glossary (\(clashes.prefix(5).joined(separator: ", "))\(clashes.count > 5 ? ", ..." : "")); use --replace to overwrite them")
                }
                var added = 0, replaced = 0
                for concept in imported {
                    if let i = index[concept.id] {
                        termbase.concepts[i] = concept
                        replaced += 1
                    } else {
                        index[concept.id] = termbase.concepts.count
                        termbase.concepts.append(concept)
                        added += 1
                    }
                }
                return (added, replaced)
            }
            GlossaryCLI.output("imported \(imported.count) concepts from \(file): \(added) added, \(replaced) replaced")
        }
    }
}

/// `kogloss glossary export [OUTPUT]`: the whole termbase as one TBX, CSV or TSV file (stdout by default).
struct GlossaryExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export the termbase as TBX-Basic, CSV or TSV.")
    @Argument(help: "Output file (default or '-': standard output).") var output: String?
    @Option(name: .long, help: "tbx, csv or tsv (default: from the extension, else tbx).") var format: GlossaryFileFormat?
    @Option(name: .long, help: "CSV/TSV layout: term (one row per term) or concept (one row per concept).") var layout: GlossaryCSV.Layout = .term
    @OptionGroup var options: GlossaryOptions

    func run() async throws {
        try GlossaryCLI.run {
            let (_, termbase) = try options.load()
            let path = output == "-" ? nil : output
            let data: Data
            switch GlossaryFileFormat.choose(format, path: path) {
            case .tbx: data = TBXWriter.write(termbase)
            case .csv: data = Data(GlossaryCSV.write(termbase, layout: layout).utf8)
            case .tsv: data = Data(GlossaryCSV.write(termbase, layout: layout, separator: "\t").utf8)
            }
            if let path {
                try AtomicFileWriter.write(data, to: URL(fileURLWithPath: path))
                GlossaryCLI.printError("exported \(termbase.concepts.count) concepts to \(path)")
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}
