// Placeholder until the corpus work lands; replaced wholesale by its owner.
enum CorpusBenchmark {
    static func run(_ arguments: [String]) throws {
        print("corpus benchmark: not written yet")
    }
}
