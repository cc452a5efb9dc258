import ArgumentParser

// Placeholder until the corpus work lands; replaced wholesale by its owner.
struct PairsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pairs", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'kogloss pairs' is not available in this build yet")
    }
}
