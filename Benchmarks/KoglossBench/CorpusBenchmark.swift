import Foundation
import KoglossAlign
import KoglossCorpus
import KoglossText

/// Imports generated pairs into a fresh store through the store API (one transaction per pair, as
/// `import --batch` does) and times concordance queries in both languages.
///   kogloss-bench corpus [--pairs 10000] [--paragraphs 15] [--store PATH] [--per-pair]
enum CorpusBenchmark {
    static func run(_ arguments: [String]) throws {
        var pairCount = 10_000, paragraphs = 15
        var storePath: String?
        var perPair = false
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--pairs": pairCount = Int(value) ?? pairCount; i += 1
            case "--paragraphs": paragraphs = Int(value) ?? paragraphs; i += 1
            case "--store": storePath = value; i += 1
            case "--per-pair": perPair = true
            default: throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "unknown option \(arguments[i])"])
            }
            i += 1
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-corpus-bench-\(UUID().uuidString)")
        let path = storePath.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent("corpus.sqlite")
        defer { if storePath == nil { try? FileManager.default.removeItem(at: folder) } }
        try? FileManager.default.removeItem(at: path)

        var generator = CorpusGenerator(seed: 42, paragraphsPerPair: paragraphs)
        let pairs = (0..<pairCount).map { generator.pair(number: $0) }
        let bytes = pairs.reduce(0) { $0 + $1.englishText.utf8.count + $1.koreanText.utf8.count }
        print("corpus: \(pairCount) generated pairs, \(paragraphs) paragraphs a side, \(bytes / 1_048_576) MB of text")

        // One transaction per group of 100 pairs (what `import --batch` does);
        // `--per-pair` commits every pair on its own, as single `import` commands would.
        let store = try CorpusStore(path: path)
        let cpuBefore = CorpusBenchmark.cpuSeconds()
        let (_, importSeconds) = try measureSeconds {
            if perPair {
                for pair in pairs { try store.importPair(pair) }
            } else {
                for start in stride(from: 0, to: pairs.count, by: 100) {
                    let group = Array(pairs[start..<min(start + 100, pairs.count)])
                    for result in try store.saveEach(group) { _ = try result.get() }
                }
            }
        }
        print(String(format: "import (%@): %.2f s wall, %.2f s CPU (%.0f pairs/s; target <= 20 s)",
                     perPair ? "a transaction per pair" : "a transaction per 100 pairs",
                     importSeconds, CorpusBenchmark.cpuSeconds() - cpuBefore, Double(pairCount) / importSeconds))

        // Common and rare terms, particles, multi-word ANDs, and queries with no hit (which must read the
        // whole posting lists instead of stopping at the limit).
        let queries = ["전략군", "북한", "군", "보위국에서", "노동신문", "김정은 위원장", "시장", "사령관",
                       "잠수함", "혜산 밀수 환율 옥수수 교화소",
                       "Strategic Force", "North Korea", "missile", "the", "recruitment", "Daily NK", "smuggling",
                       "submarine", "Hyesan smuggling rice corn yuan"]
        // What a `kogloss concordance` process pays once: opening the store and its first query (cold
        // reader connection and schema), measured apart from the per-query figures.
        try store.close()
        let (searchStore, coldSeconds) = try measureSeconds { () -> CorpusStore in
            let s = try CorpusStore(path: path)
            _ = try s.concordance("전략군", limit: 50)
            return s
        }
        print(String(format: "open store + first query (cold connection): %.2f ms", coldSeconds * 1000))
        var all: [Double] = []
        for query in queries {
            var times: [Double] = []
            var hits = 0
            for _ in 0..<7 {
                let (result, seconds) = try measureSeconds { try searchStore.concordance(query, limit: 50) }
                hits = result.count
                times.append(seconds * 1000)
            }
            times.sort()
            all.append(contentsOf: times)
            print(String(format: "  %-32@ %3d hits  median %6.2f ms  max %6.2f ms", query as NSString, hits, times[times.count / 2], times.last!))
        }
        all.sort()
        print(String(format: "concordance: median %.2f ms, max %.2f ms over %d runs (target <= 50 ms)", all[all.count / 2], all.last!, all.count))
        let size = (try? FileManager.default.attributesOfItem(atPath: path.path)[.size] as? Int) ?? 0
        print(String(format: "store: %.0f MB; peak RSS %.0f MB", Double(size) / 1_048_576, PeakMemory.megabytes))
        try searchStore.close()
    }
}

extension CorpusBenchmark {
    /// User + system CPU time of this process so far: wall time on a shared machine includes others' work.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}

/// Deterministic pairs of news-like Korean and English paragraphs (SplitMix64; same seed, same corpus).
struct CorpusGenerator {
    var state: UInt64
    let paragraphsPerPair: Int

    init(seed: UInt64, paragraphsPerPair: Int) {
        state = seed
        self.paragraphsPerPair = paragraphsPerPair
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    static let koreanNouns = ["북한", "당국", "전략군", "보위국", "김정은", "위원장", "노동신문", "소식통", "주민", "시장", "군인",
                              "간부", "평양", "양강도", "함경북도", "혜산", "미사일", "무기", "훈련", "대학", "졸업생", "명령",
                              "국경", "밀수", "단속", "가격", "쌀", "옥수수", "환율", "달러", "위안", "노동당", "중앙위원회", "회의",
                              "군사동원부", "정보기술대학", "병사", "부대", "사령관", "교화소", "보안원", "검열", "조사", "생산", "공장"]
    static let particles = ["", "이", "가", "은", "는", "을", "를", "의", "에", "에서", "으로", "와", "도", "에게", "까지"]
    static let koreanEndings = ["있다고 전했다.", "것으로 알려졌다.", "확인됐다.", "말했다.", "보인다.", "덧붙였다."]
    static let englishWords = ["North", "Korea", "authorities", "the", "Strategic", "Force", "Military", "Security", "Command",
                               "Kim", "Jong", "Un", "Rodong", "Sinmun", "source", "residents", "market", "soldiers", "officials",
                               "Pyongyang", "Ryanggang", "Province", "Hyesan", "missile", "weapons", "training", "college",
                               "graduates", "order", "border", "smuggling", "crackdown", "prices", "rice", "corn", "exchange",
                               "rate", "dollar", "yuan", "party", "Central", "Committee", "meeting", "recruitment", "inspection",
                               "factory", "production", "reportedly", "recently", "said", "told", "Daily", "NK", "of", "in", "to",
                               "a", "and", "for", "on", "with", "by"]

    mutating func koreanSentence() -> String {
        var words: [String] = []
        for _ in 0..<(6 + Int(next() % 8)) { words.append(pick(Self.koreanNouns) + pick(Self.particles)) }
        return words.joined(separator: " ") + " " + pick(Self.koreanEndings)
    }

    mutating func englishSentence() -> String {
        var words: [String] = []
        for _ in 0..<(10 + Int(next() % 12)) { words.append(pick(Self.englishWords)) }
        return words.joined(separator: " ") + "."
    }

    mutating func pair(number: Int) -> PairContent {
        var english: [String] = [], korean: [String] = []
        for _ in 0..<paragraphsPerPair {
            let sentences = 1 + Int(next() % 3)
            english.append((0..<sentences).map { _ in englishSentence() }.joined(separator: " "))
            korean.append((0..<sentences).map { _ in koreanSentence() }.joined(separator: " "))
        }
        func layout(_ lines: [String]) -> (String, [Paragraph]) {
            var text = "", result: [Paragraph] = []
            for line in lines {
                let start = text.utf8.count
                text += line
                result.append(Paragraph(text: line, kind: .body, range: start..<text.utf8.count))
                text += "\n\n"
            }
            return (text, result)
        }
        let (en, enP) = layout(english), (ko, koP) = layout(korean)
        let beads = (0..<paragraphsPerPair).map { Bead(ko: [$0], en: [$0], confidence: 0.8) }
        return PairContent(englishText: en, koreanText: ko, englishParagraphs: enP, koreanParagraphs: koP, beads: beads,
                           title: "Generated article \(number)", url: "https://example.org/english/\(number)/",
                           date: "2024-01-01", translator: "Bench", englishFile: "\(number).txt", koreanFile: "\(number).ko.txt")
    }
}
