// Placeholder until the lint work lands; replaced wholesale by its owner.
enum LintBenchmark {
    static func run(_ arguments: [String]) throws {
        print("lint benchmark: not written yet")
    }
}
