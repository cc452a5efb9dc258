import ArgumentParser

/// `kogloss glossary ...`: manage the termbase (TBX files under glossary/ by default).
struct GlossaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Add, edit, list, check, import and export glossary concepts.",
        discussion: """
        The termbase is a .tbx file or a folder of them (default glossary/, or --glossary PATH). Files are TBX-Basic \
        v3 (docs/tbx-mapping.md); every change rewrites the affected file atomically under a lock.
        Exit status: 0 success, 1 failure (unknown id, validation errors), 2 usage error, 65 malformed data file.
        """,
        subcommands: [
            GlossaryAddCommand.self, GlossaryEditCommand.self, GlossaryRemoveCommand.self, GlossaryShowCommand.self,
            GlossaryListCommand.self, GlossaryStatsCommand.self, GlossaryValidateCommand.self,
            GlossaryImportCommand.self, GlossaryExportCommand.self,
        ]
    )
}
