import ArgumentParser
import Foundation

/// Root command. Each subcommand lives in its own file under Commands/ and only parses, calls the
/// library and prints.
@main
struct Kogloss: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kogloss",
        abstract: "Terminology tooling for Korean-to-English news translation.",
        discussion: """
        Glossary (TBX termbase), aligned article pairs (SQLite corpus, TMX), and a terminology lint.
        Exit status: 0 success, 1 lint findings at error severity, 2 usage or input error, 65 malformed data file.
        """,
        version: "0.1.0",
        subcommands: [
            LookupCommand.self,
            GlossaryCommand.self,
            AlignCommand.self,
            ImportCommand.self,
            PairsCommand.self,
            ConcordanceCommand.self,
            ExportCommand.self,
            LintCommand.self,
        ]
    )

    /// Usage errors exit with 2 (the documented status for usage and input errors), not ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error).rawValue == 64 {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
