import ArgumentParser

// Placeholder until the align work lands; replaced wholesale by its owner.
struct AlignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "align", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'kogloss align' is not available in this build yet")
    }
}
