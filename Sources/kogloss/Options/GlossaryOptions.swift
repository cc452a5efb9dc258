import ArgumentParser
import Foundation
import KoglossGlossary

/// `--glossary PATH`: a .tbx file or a folder of them. Default: what the project configuration names
/// (`glossary:` in `.kogloss.yml`), else `glossary/` in the current directory. Other commands reuse it with
/// @OptionGroup.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .long, help: "Termbase: a .tbx file or a folder of .tbx files (default: the config's glossary:, else glossary/).")
    var glossary: String?

    /// Set once by the CLI root to read `glossary:` from the project configuration for a working directory
    /// (the YAML belongs to KoglossLint's ProjectConfiguration). Returns nil when there is no such entry.
    nonisolated(unsafe) static var configuredGlossary: (_ cwd: URL) -> String? = { _ in nil }

    /// The termbase location: the flag, then `configuredGlossary`, then `glossary/`.
    func termbaseURL(configuredGlossary: String?, cwd: URL) -> URL {
        GlossaryLocator.resolve(explicit: glossary, configured: configuredGlossary, cwd: cwd)
    }

    /// The termbase location for the current directory, consulting the configuration hook.
    func termbaseURL() -> URL {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return termbaseURL(configuredGlossary: Self.configuredGlossary(cwd), cwd: cwd)
    }

    /// The store for the chosen termbase.
    func store() -> TermbaseStore { TermbaseStore(path: termbaseURL()) }

    /// Loads the termbase; a missing one is a usage error (exit 2), a malformed one an InputError (exit 65).
    func load() throws -> (TermbaseStore, Termbase) {
        let store = store()
        guard store.exists else {
            throw GlossaryUsageError("no termbase at \(store.path.path); pass --glossary PATH, or create one with 'kogloss glossary add' or 'kogloss glossary import'")
        }
        return (store, try store.load())
    }
}
