import ArgumentParser

// Placeholder until the corpus work lands; replaced wholesale by its owner.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'kogloss import' is not available in this build yet")
    }
}
