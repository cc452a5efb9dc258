import Foundation
import KoglossGlossary
import KoglossText

/// `kogloss-bench glossary [--concepts N] [--seed S] [--queries Q] [--keep PATH] [--probe TEXT]...`: writes a deterministic
/// N-concept TBX (TermbaseGenerator), then measures loading it (TBXReader, streaming), building the lookup
/// index, peak memory, and lookup latency over Q queries (exact, inflected, particle, misspelt, missing).
enum GlossaryBenchmark {
    static func run(_ arguments: [String]) throws {
        var concepts = 50_000, seed: UInt64 = 2026, queries = 1_000
        var keep: String?
        var measure: String?
        var probes: [String] = []
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--concepts": concepts = Int(value) ?? concepts; i += 1
            case "--seed": seed = UInt64(value) ?? seed; i += 1
            case "--queries": queries = Int(value) ?? queries; i += 1
            case "--keep": keep = value; i += 1
            case "--measure": measure = value; i += 1
            case "--probe": probes.append(value); i += 1
            default: throw InputError(message: "unknown option \(arguments[i])", hint: "options: --concepts N --seed S --queries Q --keep PATH")
            }
            i += 1
        }
        if let measure {
            return try measureLoadAndLookup(URL(fileURLWithPath: measure), seed: seed, queries: queries, probes: probes)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-bench-glossary-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = keep.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent("generated.tbx")

        let (data, generateSeconds): (Data, Double) = measureSeconds {
            TBXWriter.write(TermbaseGenerator.generate(concepts: concepts, seed: seed))
        }
        try data.write(to: url)
        print("generated \(concepts) concepts (seed \(seed)), \(data.count / 1024) KB of TBX in \(String(format: "%.2f", generateSeconds)) s -> \(url.path)")
        fflush(stdout)
        // Measure in a fresh process so that peak memory is the load's, not the generator's.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        child.arguments = ["glossary", "--measure", url.path, "--seed", "\(seed)", "--queries", "\(queries)"]
            + probes.flatMap { ["--probe", $0] }
        try child.run()
        child.waitUntilExit()
        if child.terminationStatus != 0 { throw InputError(message: "measurement process failed (status \(child.terminationStatus))") }
    }

    /// Loads `url`, builds the lookup index and times queries; prints the figures.
    static func measureLoadAndLookup(_ url: URL, seed: UInt64, queries: Int, probes: [String] = []) throws {
        let cpuStart = cpuSeconds()
        let (result, loadSeconds) = try measureSeconds { try TBXReader.read(url: url) }
        let loadCPU = cpuSeconds() - cpuStart
        let termCount = result.termbase.concepts.reduce(0) { $0 + $1.terms.count }
        let rssAfterLoad = PeakMemory.megabytes
        if ProcessInfo.processInfo.environment["KOGLOSS_BENCH_LOAD_ONLY"] != nil { return }
        let indexCPUStart = cpuSeconds()
        let (lookup, indexSeconds) = measureSeconds { TermLookup(termbase: result.termbase) }
        let indexCPU = cpuSeconds() - indexCPUStart
        print(String(format: "load (streaming parse of %d concepts, %d terms): %.3f s wall, %.3f s CPU, peak RSS %.1f MB",
                     result.termbase.concepts.count, termCount, loadSeconds, loadCPU, rssAfterLoad))
        print(String(format: "lookup index build: %.3f s wall, %.3f s CPU; load + index: %.3f s wall, peak RSS %.1f MB",
                     indexSeconds, indexCPU, loadSeconds + indexSeconds, PeakMemory.megabytes))

        // Queries: a deterministic mix over the termbase's own terms.
        var rng = SplitMix64(seed: seed ^ 0xA5A5)
        var mix: [(String, String)] = []
        let all = result.termbase.concepts
        for q in 0..<queries {
            let concept = all[Int(rng.next() % UInt64(all.count))]
            let korean = concept.terms[0].text, english = concept.terms[1].text
            switch q % 6 {
            case 0: mix.append(("exact", english))
            case 1: mix.append(("exact-ko", korean))
            case 2: mix.append(("particles", korean + "에서"))
            case 3: mix.append(("inflection", english.lowercased() + "s"))
            case 4: mix.append(("fuzzy", String(english.dropLast())))
            default: mix.append(("missing", "Qzx\(q) nonexistent"))
            }
        }
        var perKind: [String: (count: Int, seconds: Double, max: Double, found: Int)] = [:]
        var total = 0.0, worst = 0.0, worstQuery = ""
        var timings: [Double] = []
        for (kind, text) in mix {
            let (matches, seconds) = measureSeconds { lookup.lookup(text) }
            total += seconds
            timings.append(seconds)
            if seconds > worst { worst = seconds; worstQuery = text }
            var entry = perKind[kind] ?? (0, 0, 0, 0)
            entry.count += 1
            entry.seconds += seconds
            entry.max = max(entry.max, seconds)
            if !matches.isEmpty { entry.found += 1 }
            perKind[kind] = entry
        }
        timings.sort()
        let p50 = timings.isEmpty ? 0 : timings[timings.count / 2], p99 = timings.isEmpty ? 0 : timings[min(timings.count - 1, timings.count * 99 / 100)]
        print(String(format: "lookup: %d queries, mean %.3f ms, median %.3f ms, p99 %.3f ms, worst %.3f ms (%@)",
                     mix.count, total / Double(max(mix.count, 1)) * 1000, p50 * 1000, p99 * 1000, worst * 1000, worstQuery as NSString))
        for kind in ["exact", "exact-ko", "particles", "inflection", "fuzzy", "missing"] {
            guard let e = perKind[kind] else { continue }
            print(String(format: "  %-10@ mean %.3f ms, worst %.3f ms, found %d/%d", kind as NSString, e.seconds / Double(e.count) * 1000, e.max * 1000, e.found, e.count))
        }
        // --probe TEXT: one query repeated; the minimum is the cost without scheduling noise.
        for probe in probes {
            let times = (0..<30).map { _ in measureSeconds { lookup.lookup(probe) }.1 * 1000 }.sorted()
            let found = lookup.lookup(probe).first.map { "\($0.kind.rawValue) \($0.conceptID)" } ?? "nothing"
            print(String(format: "probe %@: min %.3f ms, median %.3f ms (%@)", probe as NSString, times[0], times[15], found as NSString))
        }
        print(String(format: "peak RSS after lookups: %.1f MB", PeakMemory.megabytes))
    }
}

/// CPU time (user + system) of this process so far, in seconds: on a busy machine wall time overstates the cost.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(0, &usage)  // RUSAGE_SELF
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
