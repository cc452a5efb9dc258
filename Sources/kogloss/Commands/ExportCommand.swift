import ArgumentParser

// Placeholder until the corpus work lands; replaced wholesale by its owner.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'kogloss export' is not available in this build yet")
    }
}
