import ArgumentParser

// Placeholder until the glossary work lands; replaced wholesale by its owner.
struct LookupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lookup", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'kogloss lookup' is not available in this build yet")
    }
}
