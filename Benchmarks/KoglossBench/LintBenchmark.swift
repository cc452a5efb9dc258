import Foundation
import KoglossGlossary
import KoglossLint

/// `kogloss-bench lint [--concepts 50000] [--megabytes 20]`: lint throughput on one core against a generated
/// termbase, without and with a Korean source, and TermMatcher throughput at 1,000 vs N concepts.
/// Everything is generated deterministically in memory (English-like and Korean-like terms, articles of
/// about 5 KB with a glossary term every 25 words, as in Daily NK articles, some of them deprecated).
enum LintBenchmark {
    static func run(_ arguments: [String]) throws {
        var concepts = 50_000
        var megabytes = 20
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--concepts": concepts = Int(arguments[i + 1]) ?? concepts; i += 2
            case "--megabytes": megabytes = Int(arguments[i + 1]) ?? megabytes; i += 2
            default: throw NSError(domain: "kogloss-bench", code: 2, userInfo: [NSLocalizedDescriptionKey: "unknown option \(arguments[i])"])
            }
        }
        var generator = BenchmarkTermbase(seed: 42)
        let (big, buildTermbase) = measureSeconds { generator.termbase(concepts: concepts) }
        let small = Termbase(concepts: Array(big.concepts.prefix(1_000)))
        print("termbase: \(concepts) concepts generated in \(format(buildTermbase)) s")

        // Articles draw their terms from the first 1,000 concepts, so both glossaries see the same matches.
        let documents = generator.articles(totalBytes: megabytes * 1_000_000, termbase: small)
        let englishBytes = documents.reduce(0) { $0 + $1.english.utf8.count }
        let koreanBytes = documents.reduce(0) { $0 + ($1.korean?.utf8.count ?? 0) }
        print("text: \(documents.count) articles, \(mb(englishBytes)) MB English, \(mb(koreanBytes)) MB Korean")

        let (bigMatcher, buildBig) = measureSeconds { TermMatcher(termbase: big) }
        let (smallMatcher, buildSmall) = measureSeconds { TermMatcher(termbase: small) }
        print("matcher build: \(format(buildSmall)) s (1,000 concepts), \(format(buildBig)) s (\(concepts) concepts)")

        for (label, matcher) in [("1,000", smallMatcher), ("\(concepts)", bigMatcher)] {
            var count = 0
            let (_, seconds) = measureSeconds {
                for d in documents { count += matcher.englishMatches(in: d.english).count }
            }
            var koreanCount = 0
            let (_, koreanSeconds) = measureSeconds {
                for d in documents { koreanCount += matcher.koreanMatches(in: d.korean ?? "").count }
            }
            print("matcher, \(label) concepts: English \(rate(englishBytes, seconds)) MB/s (\(count) matches), Korean \(rate(koreanBytes, koreanSeconds)) MB/s (\(koreanCount) matches)")
        }

        let engine = LintEngine(matcher: bigMatcher)
        var findings = 0
        let (_, noSource) = measureSeconds {
            for d in documents {
                let english = LintDocument(path: d.path, english: d.english, englishParagraphs: d.englishParagraphs, date: "2021-01-01")
                findings += engine.lint(english).count
            }
        }
        print("lint without source (\(concepts) concepts): \(rate(englishBytes, noSource)) MB/s of English, \(findings) findings")
        findings = 0
        let (_, withSource) = measureSeconds {
            for d in documents { findings += engine.lint(d).count }
        }
        print("lint with source (\(concepts) concepts, alignment given): \(rate(englishBytes, withSource)) MB/s of English (\(rate(englishBytes + koreanBytes, withSource)) MB/s of both), \(findings) findings")
        print("peak memory: \(format(PeakMemory.megabytes)) MB")
    }

    static func mb(_ bytes: Int) -> String { format(Double(bytes) / 1_000_000) }
    static func rate(_ bytes: Int, _ seconds: Double) -> String { format(Double(bytes) / 1_000_000 / seconds) }
    static func format(_ x: Double) -> String { String(format: "%.2f", x) }
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
