// Release-build benchmarks and deterministic data generators.
//   swift run -c release kogloss-bench glossary|align|corpus|lint [options]
// Each benchmark lives in its own file and prints the figures the issues ask for.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let benchmarks: [(name: String, summary: String, run: ([String]) throws -> Void)] = [
    ("glossary", "load a generated 50,000-concept TBX; time lookups", GlossaryBenchmark.run),
    ("align", "align 1,000 generated document pairs on one core", AlignBenchmark.run),
    ("corpus", "import 10,000 pairs; time concordance queries", CorpusBenchmark.run),
    ("lint", "lint throughput against a 50,000-concept glossary", LintBenchmark.run),
]

guard let name = arguments.first, let benchmark = benchmarks.first(where: { $0.name == name }) else {
    print("usage: kogloss-bench <benchmark> [options]\n")
    for b in benchmarks { print("  \(b.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(b.summary)") }
    exit(arguments.isEmpty ? 0 : 2)
}
do {
    try benchmark.run(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("kogloss-bench: \(error)\n".utf8))
    exit(1)
}
