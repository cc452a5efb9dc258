import ArgumentParser

// Placeholder until the glossary work lands; replaced wholesale by its owner.
struct GlossaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "glossary", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'kogloss glossary' is not available in this build yet")
    }
}
