import ArgumentParser
import Foundation
import KoglossCorpus
import KoglossText

/// `kogloss export --tmx FILE`: the corpus as TMX 1.4b, one translation unit per aligned bead.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the corpus as TMX 1.4b (one unit per bead with Korean and English).",
        discussion: "The file is replaced atomically. Units carry creationdate (article date, else import time), creationid (translator) and x-document/x-url/x-date props."
    )

    @Option(name: .long, help: "TMX file to write.") var tmx: String
    @Option(name: .long, help: "Only this pair (repeatable).") var pair: [Int64] = []
    @OptionGroup var storeOptions: CorpusStoreOptions

    func run() async throws {
        do {
            let store = try storeOptions.openExisting()
            var pairs = try store.allPairs()
            if !pair.isEmpty {
                let missing = pair.filter { id in !pairs.contains { $0.id == id } }
                if let id = missing.first { throw InputError(message: "no pair with id \(id)", hint: "see kogloss pairs list") }
                pairs = pairs.filter { pair.contains($0.id) }
            }
            let data = TMXWriter.write(pairs)
            let target = URL(fileURLWithPath: tmx, relativeTo: storeOptions.cwd).standardizedFileURL
            try AtomicFileWriter.write(data, to: target)
            let units = pairs.reduce(0) { $0 + $1.beads.filter(\.isLink).count }
            print("wrote \(units) translation units from \(pairs.count) pairs to \(tmx)")
        } catch {
            exitWithCorpusError(error)
        }
    }
}
