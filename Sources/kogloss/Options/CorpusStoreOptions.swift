import ArgumentParser
import Foundation
import KoglossCorpus
import KoglossText

/// `--store PATH` shared by the corpus commands (import, pairs, concordance, export).
struct CorpusStoreOptions: ParsableArguments {
    @Option(name: .long, help: "Corpus store (default: .kogloss/corpus.sqlite in the current directory).")
    var store: String?

    var cwd: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    /// The store file this command uses.
    var path: URL {
        store.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL } ?? CorpusStore.defaultPath(cwd: cwd)
    }

    /// Opens (creating if needed) the store; for commands that write.
    func open() throws -> CorpusStore { try CorpusStore(path: path) }

    /// Opens an existing store for reading only (concordance, pairs list/show, export, lint): works on
    /// read-only media; a missing store is an error, not created.
    func openExisting() throws -> CorpusStore { try CorpusStore.openForReading(path: path) }

    /// Opens an existing store for a command that changes it (pairs rm): a missing store is an error.
    func openExistingForWriting() throws -> CorpusStore {
        guard FileManager.default.fileExists(atPath: path.path) else {
            throw InputError(file: path.path, message: "no corpus here yet", hint: "import pairs first (kogloss import EN KO), or pass --store")
        }
        return try CorpusStore(path: path)
    }
}
