import Foundation
import KoglossAlign
import KoglossGlossary
import KoglossLint
import KoglossText

/// `kogloss-bench lint [--concepts 50000] [--megabytes 20] [--per-rule]`: lint throughput on one core against a generated
/// termbase, and TermMatcher throughput at 1,000 vs N concepts. Every figure gives wall time and this thread's
/// CPU time (the build machine is shared: CPU time is what the code costs, wall time what a user waits).
/// The `lint --source` figures run what `kogloss lint EN --source KO` runs, from the files' bytes in memory:
/// decoding (UTF-8 check, NFC), paragraph splitting, the Korean check and date detection (`LintInputLoader.read`),
/// matching both texts once, alignment with the matches' concepts as anchors, every rule on the same matches, and
/// the text report (end to end, then stage by stage); only file I/O is left out.
/// Everything is generated deterministically in memory (English-like and Korean-like terms, articles of
/// about 5 KB with a glossary term every 25 words, as in Daily NK articles, some of them deprecated).
enum LintBenchmark {
    static func run(_ arguments: [String]) throws {
        var concepts = 50_000
        var megabytes = 20
        var perRule = false
        var endToEndOnly = false
        var passes = 3
        var stagePasses = 1
        var dumpPath: String?
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--concepts": concepts = Int(arguments[i + 1]) ?? concepts; i += 2
            case "--megabytes": megabytes = Int(arguments[i + 1]) ?? megabytes; i += 2
            case "--per-rule": perRule = true; i += 1
            // End-to-end passes; the figure is the fastest (the host's other tenants only ever slow a pass down).
            case "--passes": passes = max(1, Int(arguments[i + 1]) ?? passes); i += 2
            // Passes of the staged "read both" and "rules + text report" (the figure is the fastest), to
            // compare two builds' reading and rules on a busy host.
            case "--stage-passes": stagePasses = max(1, Int(arguments[i + 1]) ?? stagePasses); i += 2
            // For profiling (`perf record`): only the end-to-end loop, run three times.
            case "--end-to-end-only": endToEndOnly = true; i += 1
            // To check that a speed change left the output alone: write what was read and every report, untimed.
            case "--dump": dumpPath = arguments[i + 1]; i += 2
            default: throw NSError(domain: "kogloss-bench", code: 2, userInfo: [NSLocalizedDescriptionKey: "unknown option \(arguments[i])"])
            }
        }
        var generator = BenchmarkTermbase(seed: 42)
        let (big, buildTermbase) = measure { generator.termbase(concepts: concepts) }
        let small = Termbase(concepts: Array(big.concepts.prefix(1_000)))
        print("termbase: \(concepts) concepts generated in \(buildTermbase)")

        // Articles draw their terms from the first 1,000 concepts, so both glossaries see the same matches.
        let documents = generator.articles(totalBytes: megabytes * 1_000_000, termbase: small)
        let englishBytes = documents.reduce(0) { $0 + $1.english.utf8.count }
        let koreanBytes = documents.reduce(0) { $0 + ($1.korean?.utf8.count ?? 0) }
        print("text: \(documents.count) articles, \(mb(englishBytes)) MB English, \(mb(koreanBytes)) MB Korean")
        print("figures: MB/s of English text by wall clock / by this thread's CPU time (one thread)")

        if endToEndOnly {
            try profileEndToEnd(documents: documents, matcher: TermMatcher(termbase: big), englishBytes: englishBytes)
            return
        }
        let (bigMatcher, buildBig) = measure { TermMatcher(termbase: big) }
        let (smallMatcher, buildSmall) = measure { TermMatcher(termbase: small) }
        print("matcher build: \(buildSmall) (1,000 concepts), \(buildBig) (\(concepts) concepts)")

        for (label, matcher) in [("1,000", smallMatcher), ("\(concepts)", bigMatcher)] {
            var count = 0
            let (_, english) = measure { for d in documents { count += matcher.englishMatches(in: d.english).count } }
            var koreanCount = 0
            let (_, korean) = measure { for d in documents { koreanCount += matcher.koreanMatches(in: d.korean ?? "").count } }
            print("matcher, \(label) concepts: English \(english.rate(englishBytes)) MB/s (\(count) matches), Korean \(korean.rate(koreanBytes)) MB/s of Korean (\(koreanCount) matches)")
        }

        let engine = LintEngine(matcher: bigMatcher)
        // The engine's matcher, as `kogloss lint` shares it.
        let loader = LintInputLoader(matcher: bigMatcher)
        let reporter = TextReporter(color: false)
        let englishURL = URL(fileURLWithPath: "bench.txt"), koreanURL = URL(fileURLWithPath: "bench.ko.txt")
        // The files' bytes, as `kogloss lint` reads them (reading itself is not timed).
        let files = documents.map { (english: Data($0.english.utf8), korean: Data(($0.korean ?? "").utf8)) }

        if let dumpPath {
            try dump(files, loader: loader, engine: engine, reporter: reporter, to: dumpPath)
        }

        // Without a source: read, lint, report.
        var findings = 0, reportBytes = 0
        let (_, noSource) = try measure {
            for f in files {
                let read = try loader.read(english: f.english, englishURL: englishURL, korean: nil, displayPath: "bench.txt")
                let document = loader.document(english: read.english, korean: nil, path: "bench.txt", date: read.date ?? "2021-01-01")
                let found = engine.lint(document)
                findings += found.count
                reportBytes += reporter.report([LintFileResult(path: document.path, text: document.english, findings: found)]).utf8.count
            }
        }
        print("lint EN (read + rules + text report, \(concepts) concepts): \(noSource.rate(englishBytes)) MB/s, \(findings) findings, \(mb(reportBytes)) MB of report")

        // With the source, exactly what `kogloss lint EN --source KO` runs after reading the files: decode and split
        // both (`LintInputLoader.read`), match both texts once, align with the matches' concepts as glossary anchors
        // and each paragraph's number anchors found once (`LintInputLoader.prepare`), every rule on the same matches
        // and anchors, and the text report.
        // Several passes: the fastest is the code's cost, the spread is the shared host's (every pass finds the same).
        var endToEndPasses: [Timing] = []
        var sourceFindings = 0, sourceReportBytes = 0
        for _ in 0..<passes {
            let ((found, bytes), time) = try measure { try endToEndPass(files, loader: loader, engine: engine, reporter: reporter) }
            precondition(endToEndPasses.isEmpty || (found, bytes) == (sourceFindings, sourceReportBytes), "passes differ")
            (sourceFindings, sourceReportBytes) = (found, bytes)
            endToEndPasses.append(time)
        }
        let endToEnd = endToEndPasses.min { $0.cpu < $1.cpu }!
        let passRates = endToEndPasses.map { format(Double(englishBytes) / 1_000_000 / $0.cpu) }.joined(separator: ", ")

        // The same, stage by stage.
        var articles: [(english: Article, korean: Article, date: String?)] = []
        articles.reserveCapacity(files.count)
        var reading = Timing(wall: .infinity, cpu: .infinity)
        for pass in 0..<stagePasses {
            let (_, time) = try measure {
                for f in files {
                    let read = try loader.read(english: f.english, englishURL: englishURL, korean: (f.korean, koreanURL), displayPath: "bench.txt")
                    if pass == 0 { articles.append((read.english, read.korean!, read.date)) }
                }
            }
            if time.cpu < reading.cpu { reading = time }
        }
        var staged: [(document: LintDocument, matches: DocumentTermMatches, numbers: ParagraphNumberAnchors?)] = []
        staged.reserveCapacity(files.count)
        let (_, matching) = measure {
            for a in articles {
                let document = loader.document(english: a.english, korean: a.korean, path: "bench.txt", date: a.date ?? "2021-01-01", alignment: Alignment(beads: []))
                staged.append((document, DocumentTermMatches(document: document, matcher: bigMatcher), nil))
            }
        }
        let anchors = GlossaryAnchorConcepts(matcher: bigMatcher)
        let (_, aligning) = measure {
            for (a, index) in zip(articles, staged.indices) {
                let matches = staged[index].matches
                // Number anchors found once, for the aligner and the number rule (plain text: paragraph text = slice).
                let koreanNumbers = a.korean.paragraphs.map { NumberAnchorExtractor.koreanAnchors(in: $0.text) }
                let englishNumbers = a.english.paragraphs.map { NumberAnchorExtractor.englishAnchors(in: $0.text) }
                let alignment = loader.aligner.align(korean: a.korean.paragraphs, english: a.english.paragraphs,
                                                     koreanConcepts: anchors.concepts(in: matches.korean), englishConcepts: anchors.concepts(in: matches.english),
                                                     koreanNumbers: koreanNumbers, englishNumbers: englishNumbers)
                staged[index].numbers = ParagraphNumberAnchors(english: englishNumbers, korean: koreanNumbers)
                staged[index].document.beads = alignment.beads.map { LintBead(korean: $0.ko, english: $0.en, confidence: $0.confidence) }
            }
        }
        var stagedFindings = 0
        var linting = Timing(wall: .infinity, cpu: .infinity)
        for _ in 0..<stagePasses {
            stagedFindings = 0
            let (_, time) = measure {
                for (document, matches, numbers) in staged {
                    let found = engine.lint(document, matches: matches, anchors: numbers)
                    stagedFindings += found.count
                    _ = reporter.report([LintFileResult(path: document.path, text: document.english, findings: found)])
                }
            }
            if time.cpu < linting.cpu { linting = time }
        }
        // What alignment cost when the aligner matched the glossary itself (as `kogloss align` does).
        let (_, aligningAlone) = measure {
            for a in articles { _ = loader.aligner.align(korean: a.korean, english: a.english) }
        }
        let stagedTotal = reading + matching + aligning + linting
        print("lint EN --source KO (\(concepts) concepts), \(sourceFindings) findings (\(stagedFindings) stage by stage), \(mb(sourceReportBytes)) MB of report:")
        print("  read both (decode, NFC, paragraphs, checks, date): \(reading.rate(englishBytes)) MB/s")
        print("  match both texts once (TermMatcher):               \(matching.rate(englishBytes)) MB/s")
        print("  align (number anchors found once, with the matches' concepts): \(aligning.rate(englishBytes)) MB/s")
        print("  rules (on the same matches) + text report:         \(linting.rate(englishBytes)) MB/s")
        print("  stages summed:                                     \(stagedTotal.rate(englishBytes)) MB/s of English (\(stagedTotal.rate(englishBytes + koreanBytes)) MB/s of both)")
        print("  (aligner matching the glossary itself, as `kogloss align`: \(aligningAlone.rate(englishBytes)) MB/s)")
        print("  end to end, as `kogloss lint EN --source KO` runs: \(endToEnd.rate(englishBytes)) MB/s of English; CPU \(format(Double(englishBytes) / 1_000_000 / endToEnd.cpu)) MB/s (fastest of \(passes) passes: \(passRates))")

        // The engine alone on the generator's own paragraphs and beads (the figure docs/lint.md used to give).
        findings = 0
        let (_, engineOnly) = measure { for d in documents { findings += engine.lint(d).count } }
        print("rules only (paragraphs and alignment given): \(engineOnly.rate(englishBytes)) MB/s, \(findings) findings")
        if perRule {
            // Where the time goes: context alone (matching both languages), then each rule on top of it.
            let (_, contextOnly) = measure { for d in documents { _ = engine.lint(d, rules: []) } }
            print("  matching both texts (no rule): \(contextOnly)")
            for id in RuleRegistry.ids {
                let (_, time) = measure { for d in documents { _ = engine.lint(d, rules: [id]) } }
                print("  \(id): +\(format(max(0, time.cpu - contextOnly.cpu))) s CPU")
            }
        }
        print("peak memory: \(format(PeakMemory.megabytes)) MB")
    }

    /// Wall-clock and thread CPU seconds of a block.
    struct Timing {
        var wall: Double
        var cpu: Double
        static func + (a: Timing, b: Timing) -> Timing { Timing(wall: a.wall + b.wall, cpu: a.cpu + b.cpu) }
        /// "wall / CPU" MB/s for `bytes`.
        func rate(_ bytes: Int) -> String {
            "\(format(Double(bytes) / 1_000_000 / wall)) / \(format(Double(bytes) / 1_000_000 / cpu))"
        }
    }

    /// Writes, for every file pair, what reading gave (date, paragraphs' kinds, ranges and texts) and the text
    /// reports without and with the source, so two builds' outputs can be compared byte for byte.
    static func dump(_ files: [(english: Data, korean: Data)], loader: LintInputLoader, engine: LintEngine,
                     reporter: TextReporter, to path: String) throws {
        let englishURL = URL(fileURLWithPath: "bench.txt"), koreanURL = URL(fileURLWithPath: "bench.ko.txt")
        var out = ""
        for f in files {
            let read = try loader.read(english: f.english, englishURL: englishURL, korean: (f.korean, koreanURL), displayPath: "bench.txt")
            out += "date \(read.date ?? "-")\n"
            for article in [read.english, read.korean!] {
                for p in article.paragraphs { out += "\(p.kind) \(p.range) \(p.text)\n" }
            }
            let alone = try loader.read(english: f.english, englishURL: englishURL, korean: nil, displayPath: "bench.txt")
            let single = loader.document(english: alone.english, korean: nil, path: "bench.txt", date: alone.date ?? "2021-01-01")
            out += reporter.report([LintFileResult(path: single.path, text: single.english, findings: engine.lint(single))])
            let (document, matches, numbers) = loader.prepare(english: read.english, korean: read.korean, path: "bench.txt", date: read.date ?? "2021-01-01")
            let found = engine.lint(document, matches: matches, anchors: numbers)
            out += reporter.report([LintFileResult(path: document.path, text: document.english, findings: found)])
        }
        try Data(out.utf8).write(to: URL(fileURLWithPath: path))
        print("dump: \(mb(out.utf8.count)) MB written to \(path)")
    }

    /// What `kogloss lint EN --source KO` runs for each pair of files' bytes: read, prepare (match once, number
    /// anchors once, align), lint, text report. Returns the findings and the report bytes.
    static func endToEndPass(_ files: [(english: Data, korean: Data)], loader: LintInputLoader, engine: LintEngine,
                             reporter: TextReporter) throws -> (findings: Int, reportBytes: Int) {
        let englishURL = URL(fileURLWithPath: "bench.txt"), koreanURL = URL(fileURLWithPath: "bench.ko.txt")
        var findings = 0, reportBytes = 0
        for f in files {
            let read = try loader.read(english: f.english, englishURL: englishURL, korean: (f.korean, koreanURL), displayPath: "bench.txt")
            let (document, matches, numbers) = loader.prepare(english: read.english, korean: read.korean, path: "bench.txt", date: read.date ?? "2021-01-01")
            let found = engine.lint(document, matches: matches, anchors: numbers)
            findings += found.count
            reportBytes += reporter.report([LintFileResult(path: document.path, text: document.english, findings: found)]).utf8.count
        }
        return (findings, reportBytes)
    }

    /// The end-to-end loop alone, three times, so a profiler sees only what `kogloss lint EN --source KO` runs.
    static func profileEndToEnd(documents: [LintDocument], matcher: TermMatcher, englishBytes: Int) throws {
        let engine = LintEngine(matcher: matcher)
        let loader = LintInputLoader(matcher: matcher)
        let reporter = TextReporter(color: false)
        let englishURL = URL(fileURLWithPath: "bench.txt"), koreanURL = URL(fileURLWithPath: "bench.ko.txt")
        let files = documents.map { (english: Data($0.english.utf8), korean: Data(($0.korean ?? "").utf8)) }
        for _ in 0..<3 {
            let ((findings, _), time) = try measure { try endToEndPass(files, loader: loader, engine: engine, reporter: reporter) }
            print("end to end: \(time.rate(englishBytes)) MB/s, \(findings) findings")
        }
        // The same work document by document, each stage's thread CPU time summed apart: compared with the staged
        // figures (each stage over all documents in turn), it shows which stage pays for the interleaving
        // (caches and tables evicted by the other stages).
        let anchors = GlossaryAnchorConcepts(matcher: matcher)
        var stage = [Double](repeating: 0, count: 5)
        var last = threadCPUSeconds()
        func lap(_ k: Int) { let now = threadCPUSeconds(); stage[k] += now - last; last = now }
        for f in files {
            last = threadCPUSeconds()
            let read = try loader.read(english: f.english, englishURL: englishURL, korean: (f.korean, koreanURL), displayPath: "bench.txt")
            lap(0)
            var document = loader.document(english: read.english, korean: read.korean!, path: "bench.txt", date: read.date ?? "2021-01-01",
                                           alignment: Alignment(beads: []))
            let matches = DocumentTermMatches(document: document, matcher: matcher)
            lap(1)
            let koreanNumbers = read.korean!.paragraphs.map { NumberAnchorExtractor.koreanAnchors(in: $0.text) }
            let englishNumbers = read.english.paragraphs.map { NumberAnchorExtractor.englishAnchors(in: $0.text) }
            let alignment = loader.aligner.align(korean: read.korean!.paragraphs, english: read.english.paragraphs,
                                                 koreanConcepts: anchors.concepts(in: matches.korean), englishConcepts: anchors.concepts(in: matches.english),
                                                 koreanNumbers: koreanNumbers, englishNumbers: englishNumbers)
            document.beads = alignment.beads.map { LintBead(korean: $0.ko, english: $0.en, confidence: $0.confidence) }
            lap(2)
            let found = engine.lint(document, matches: matches, anchors: ParagraphNumberAnchors(english: englishNumbers, korean: koreanNumbers))
            lap(3)
            _ = reporter.report([LintFileResult(path: document.path, text: document.english, findings: found)])
            lap(4)
        }
        let rate = { (seconds: Double) in format(Double(englishBytes) / 1_000_000 / seconds) }
        print("interleaved, CPU MB/s of English per stage: read \(rate(stage[0])), match \(rate(stage[1])), align \(rate(stage[2])), "
              + "rules \(rate(stage[3])), report \(rate(stage[4])); summed \(rate(stage.reduce(0, +)))")
    }

    static func measure<T>(_ body: () throws -> T) rethrows -> (T, Timing) {
        let cpu0 = threadCPUSeconds()
        let (result, wall) = try measureSeconds(body)
        return (result, Timing(wall: wall, cpu: threadCPUSeconds() - cpu0))
    }

    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func mb(_ bytes: Int) -> String { format(Double(bytes) / 1_000_000) }
    static func format(_ x: Double) -> String { String(format: "%.2f", x) }
}

extension LintBenchmark.Timing: CustomStringConvertible {
    var description: String { "\(LintBenchmark.format(wall)) s wall, \(LintBenchmark.format(cpu)) s CPU" }
}

/// Deterministic generator of termbases and articles for the lint benchmark.
struct BenchmarkTermbase {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    private static let onsets = ["b", "ch", "d", "g", "h", "j", "k", "m", "n", "p", "r", "s", "t", "y", "w", "br", "st", "pr", "tr"]
    private static let vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io"]
    private static let codas = ["", "", "n", "ng", "r", "l", "s", "t", "m"]

    mutating func englishWord() -> String {
        var word = ""
        for _ in 0..<(2 + below(2)) {
            word += Self.onsets[below(Self.onsets.count)] + Self.vowels[below(Self.vowels.count)] + Self.codas[below(Self.codas.count)]
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    mutating func koreanWord() -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<(2 + below(3)) { scalars.append(Unicode.Scalar(0xAC00 + UInt32(below(11_172)))!) }
        return String(scalars)
    }

    mutating func termbase(concepts: Int) -> Termbase {
        var result: [Concept] = []
        result.reserveCapacity(concepts)
        let fields: [SubjectField] = [.institution, .militaryUnit, .rank, .person, .place, .publication]
        for c in 0..<concepts {
            var terms = [Term(language: .korean, text: koreanWord(), status: .preferred)]
            let words = (0..<(1 + below(4))).map { _ in englishWord() }
            terms.append(Term(language: .english, text: words.joined(separator: " "), status: .preferred))
            if below(4) == 0 {
                terms.append(Term(language: .english, text: (words + [englishWord()]).joined(separator: " "), status: .deprecated))
            }
            if words.count > 1 && below(3) == 0 {
                terms.append(Term(language: .english, text: words.map { String($0.prefix(1)) }.joined(), status: .admitted, type: .acronym, caseSensitive: true))
            }
            result.append(Concept(id: "c\(c)", subjectField: fields[below(fields.count)], terms: terms))
        }
        return Termbase(concepts: result)
    }

    private static let filler = ("the of and to in a said that source north korean authorities is for on was with as by "
        + "officials reportedly military were have has it from this at are their which an be not market residents "
        + "province order recently new workers party state security people’s units “according” week year, local.").split(separator: " ").map(String.init)
    private static let particles = ["은", "는", "이", "가", "을", "를", "의", "에서", "으로", "도"]

    /// Articles of ~5 KB English with a Korean source of similar structure, one bead per paragraph.
    mutating func articles(totalBytes: Int, termbase: Termbase) -> [LintDocument] {
        var documents: [LintDocument] = []
        var total = 0
        var n = 0
        while total < totalBytes {
            var english = "", korean = ""
            var englishParagraphs: [LintParagraph] = [], koreanParagraphs: [LintParagraph] = []
            var beads: [LintBead] = []
            for p in 0..<10 {
                let enStart = english.utf8.count, koStart = korean.utf8.count
                var buffer = ""
                for w in 0..<80 {
                    if below(25) == 0 {
                        let concept = termbase.concepts[below(termbase.concepts.count)]
                        let renderings = concept.terms.filter { $0.language.isEnglish }
                        let term = renderings[below(renderings.count)]
                        Self.append(&buffer, term.text + (below(5) == 0 ? "’s" : ""), first: w == 0)
                        korean += concept.terms[0].text + Self.particles[below(Self.particles.count)] + " "
                    } else {
                        Self.append(&buffer, Self.filler[below(Self.filler.count)], first: w == 0)
                        if below(2) == 0 { korean += koreanWord() + " " }
                    }
                }
                english += buffer + ".\n\n"
                korean += "다.\n\n"
                englishParagraphs.append(LintParagraph(range: enStart..<(english.utf8.count - 2), kind: .body))
                koreanParagraphs.append(LintParagraph(range: koStart..<(korean.utf8.count - 2), kind: .body))
                beads.append(LintBead(korean: [p], english: [p]))
            }
            total += english.utf8.count
            documents.append(LintDocument(path: "bench-\(n).txt", english: english, englishParagraphs: englishParagraphs, korean: korean,
                                          koreanParagraphs: koreanParagraphs, beads: beads, date: "2021-01-01"))
            n += 1
        }
        return documents
    }

    private static func append(_ buffer: inout String, _ word: String, first: Bool) {
        if !first { buffer += " " }
        buffer += first ? word.prefix(1).uppercased() + word.dropFirst() : word
    }
}
