import ArgumentParser

// Placeholder until the lint work lands; replaced wholesale by its owner.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'kogloss lint' is not available in this build yet")
    }
}
