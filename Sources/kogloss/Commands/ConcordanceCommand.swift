import ArgumentParser

// Placeholder until the corpus work lands; replaced wholesale by its owner.
struct ConcordanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "concordance", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'kogloss concordance' is not available in this build yet")
    }
}
