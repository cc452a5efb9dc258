import Foundation
import KoglossText

/// Finds concepts by any of their terms, Korean or English: exact matches first, then forgiving ones
/// (Korean particles, North/South spelling, romanisation and hyphenation variants, case and English
/// inflection), and as a last resort substrings and small edit distances. Built once after loading
/// (hash maps per key kind plus a character-bigram index), then each lookup is a few hash probes.
public final class TermLookup: @unchecked Sendable {
    public let termbase: Termbase

    /// (concept, term) of every indexed term.
    private var entries: [(concept: Int32, term: Int32)] = []
    /// Compact key of each entry (folded, lower-cased, no spaces/hyphens/punctuation) as scalars.
    private var compact: [[Unicode.Scalar]] = []
    private var exact: KeyIndex
    private var folded: KeyIndex
    private var spelling: KeyIndex
    private var romanization: KeyIndex
    private var inflection: KeyIndex
    /// Character-bigram index over compact keys, in compressed form: sorted distinct bigrams, and for bigram
    /// i the entries `postings[offsets[i]..<offsets[i+1]]`.
    private var gramKeys: [UInt64] = []
    private var gramOffsets: [Int32] = []
    private var postings: [Int32] = []
    /// Compact length -> entries, for fuzzy matching of queries too short for the bigram filter.
    private var byLength: [Int: [Int32]] = [:]

    /// The keys of one term, computed in parallel before the maps are filled.
    private struct Keys {
        var fold: String
        var spelling: String?
        var inflection: String?
        var compact: [Unicode.Scalar]
    }

    /// Indexes every term of `termbase`.
    public init(termbase: Termbase) {
        self.termbase = termbase
        for (ci, concept) in termbase.concepts.enumerated() {
            for ti in concept.terms.indices { entries.append((Int32(ci), Int32(ti))) }
        }
        let count = entries.count
        exact = KeyIndex(entryCount: 0)
        folded = KeyIndex(entryCount: 0)
        spelling = KeyIndex(entryCount: 0)
        romanization = KeyIndex(entryCount: 0)
        inflection = KeyIndex(entryCount: 0)
        // Key computation is the costly part (Unicode folding); it is independent per term, so spread it.
        var keys = [Keys?](repeating: nil, count: count)
        let entriesCopy = entries
        keys.withUnsafeMutableBufferPointer { buffer in
            let out = buffer
            let chunks = max(1, min(8, count / 2_000))
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lo = count * chunk / chunks, hi = count * (chunk + 1) / chunks
                for e in lo..<hi {
                    let (ci, ti) = entriesCopy[e]
                    out[e] = Self.keys(for: termbase.concepts[Int(ci)].terms[Int(ti)].text)
                }
            }
        }
        // Each map is independent: build them side by side.
        let texts = entries.map { termbase.concepts[Int($0.concept)].terms[Int($0.term)].text }
        let built = ParallelBuild()
        DispatchQueue.concurrentPerform(iterations: 4) { task in
            switch task {
            case 0:
                var index = KeyIndex(entryCount: count)
                for e in 0..<count { index.insert(texts[e], Int32(e)) }
                built.set { $0.exact = index }
            case 1:
                var folded = KeyIndex(entryCount: count), spelling = KeyIndex(entryCount: count)
                for e in 0..<count {
                    folded.insert(keys[e]!.fold, Int32(e))
                    if let key = keys[e]!.spelling { spelling.insert(key, Int32(e)) }
                }
                built.set { $0.folded = folded; $0.spelling = spelling }
            case 2:
                var romanization = KeyIndex(entryCount: count), inflection = KeyIndex(entryCount: count)
                var byLength: [Int: [Int32]] = [:]
                for e in 0..<count {
                    let k = keys[e]!
                    romanization.insert(String(String.UnicodeScalarView(k.compact)), Int32(e))
                    if let key = k.inflection { inflection.insert(key, Int32(e)) }
                    byLength[k.compact.count, default: []].append(Int32(e))
                }
                built.set { $0.romanization = romanization; $0.inflection = inflection; $0.byLength = byLength }
            default:
                built.set { $0.grams = Self.bigramIndex(keys.map { $0!.compact }) }
            }
        }
        exact = built.exact!
        folded = built.folded!
        spelling = built.spelling!
        romanization = built.romanization!
        inflection = built.inflection!
        byLength = built.byLength
        compact = keys.map { $0!.compact }
        (gramKeys, gramOffsets, postings) = built.grams
    }

    /// Results of the parallel index build, one slot per map.
    private final class ParallelBuild: @unchecked Sendable {
        var exact, folded, spelling, romanization, inflection: KeyIndex?
        var byLength: [Int: [Int32]] = [:]
        var grams: ([UInt64], [Int32], [Int32]) = ([], [], [])
        private let lock = NSLock()
        func set(_ body: (ParallelBuild) -> Void) {
            lock.lock()
            body(self)
            lock.unlock()
        }
    }

    /// The compressed bigram index (sorted distinct bigrams, offsets, postings) of compact keys.
    private static func bigramIndex(_ compact: [[Unicode.Scalar]]) -> ([UInt64], [Int32], [Int32]) {
        guard compact.count < (1 << 22) else { return ([], [0], []) }
        var grams: [UInt64] = []
        grams.reserveCapacity(compact.count * 12)
        for (e, scalars) in compact.enumerated() where scalars.count >= 2 {
            for i in 0..<(scalars.count - 1) {
                grams.append(gram(scalars[i], scalars[i + 1]) << 22 | UInt64(e))
            }
        }
        // Sorting (bigram, entry) pairs gives the postings lists without a dictionary of arrays.
        grams.sort()
        var keys: [UInt64] = [], offsets: [Int32] = [], postings: [Int32] = []
        var previous: UInt64 = .max
        for packed in grams where packed != previous {
            previous = packed
            let g = packed >> 22
            if keys.last != g {
                keys.append(g)
                offsets.append(Int32(postings.count))
            }
            postings.append(Int32(packed & 0x3F_FFFF))
        }
        offsets.append(Int32(postings.count))
        return (keys, offsets, postings)
    }

    /// Keys of one term text.
    private static func keys(for text: String) -> Keys {
        let fold = fold(text)
        if HangulScript.containsHangul(fold) {
            var compact: [Unicode.Scalar] = []
            for scalar in fold.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                compact.append(scalar)
            }
            return Keys(fold: fold, spelling: KoreanSpelling.matchingKey(fold), inflection: nil, compact: compact)
        }
        return Keys(fold: fold, spelling: nil, inflection: EnglishInflection.matchingKey(text),
                    compact: Array(RomanizationKey.key(fold).unicodeScalars))
    }

    /// A bigram of two scalars (21 bits each).
    @inline(__always)
    private static func gram(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 21 | UInt64(b.value)
    }

    /// Entries whose compact key contains the bigram.
    private func postingList(_ gram: UInt64) -> ArraySlice<Int32> {
        var lo = 0, hi = gramKeys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if gramKeys[mid] < gram { lo = mid + 1 } else { hi = mid }
        }
        guard lo < gramKeys.count, gramKeys[lo] == gram else { return [] }
        return postings[Int(gramOffsets[lo])..<Int(gramOffsets[lo + 1])]
    }

    /// Compact key of a query (same rules as for terms).
    private static func compactKey(_ fold: String) -> [Unicode.Scalar] {
        keys(for: fold).compact
    }

    static func fold(_ s: String) -> String {
        let folded = TextNormalizer.foldForMatching(s)
        let lower = HangulScript.containsHangul(folded) && !folded.unicodeScalars.contains(where: { $0.properties.isUppercase }) ? folded : folded.lowercased()
        return trimmedSpaces(lower)
    }

    /// Leading/trailing spaces removed, inner runs collapsed (no Foundation bridging: this is on the hot path).
    static func trimmedSpaces(_ s: String) -> String {
        var needs = false
        var previousSpace = true
        for byte in s.utf8 {
            let space = byte == 0x20 || byte == 0x09 || byte == 0x0A
            if space && (previousSpace || byte != 0x20) { needs = true; break }
            previousSpace = space
        }
        if !needs && !previousSpace { return s }
        return s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// Concepts matching `query`, best first, one result per concept (its best-matching term).
    public func lookup(_ query: String, limit: Int = 10) -> [LookupMatch] {
        let query = Self.trimmedSpaces(TextNormalizer.nfc(query))
        guard !query.isEmpty else { return [] }
        var best: [Int32: (entry: Int32, kind: LookupMatch.Kind, score: Double, distance: Int?)] = [:]
        func add(_ list: [Int32]?, _ kind: LookupMatch.Kind, _ score: Double, distance: Int? = nil) {
            guard let list else { return }
            for e in list {
                let concept = entries[Int(e)].concept
                // Among equal scores prefer the preferred term of the concept.
                let adjusted = score + statusBonus(e)
                if let current = best[concept], current.score >= adjusted { continue }
                best[concept] = (e, kind, adjusted, distance)
            }
        }

        add(exact.entries(query), .exact, 1.0)
        let fold = Self.fold(query)
        add(folded.entries(fold), .folded, 0.95)
        let isKorean = HangulScript.containsHangul(query)
        if isKorean {
            // Particles on the last word; every plausible stem, checked against the glossary.
            let stems = Self.koreanStems(fold)
            for stem in stems.dropFirst() {
                add(exact.entries(stem), .particles, 0.9)
                add(folded.entries(stem), .particles, 0.9)
            }
            for (i, stem) in stems.enumerated() {
                add(spelling.entries(KoreanSpelling.matchingKey(stem)), .spelling, i == 0 ? 0.85 : 0.8)
                // Spacing variants (로동 신문 = 로동신문).
                add(romanization.entries(String(String.UnicodeScalarView(Self.compactKey(stem)))), .spelling, i == 0 ? 0.84 : 0.79)
            }
        } else {
            add(romanization.entries(String(String.UnicodeScalarView(Self.compactKey(fold)))), .romanization, 0.85)
            add(inflection.entries(EnglishInflection.matchingKey(query)), .inflection, 0.85)
        }

        if best.isEmpty {
            lastResort(Self.compactKey(isKorean ? (Self.koreanStems(fold).last ?? fold) : fold), into: &best)
        }

        // Rank cheap (score, concept) pairs; build full results only for the top `limit`.
        var ranked = best.map { (score: $0.value.score, concept: $0.key) }
        ranked.sort { a, b in a.score != b.score ? a.score > b.score : a.concept < b.concept }
        return ranked.prefix(limit).map { item in
            let m = best[item.concept]!
            let (ci, ti) = entries[Int(m.entry)]
            return LookupMatch(conceptIndex: Int(ci), conceptID: termbase.concepts[Int(ci)].id, termIndex: Int(ti),
                               kind: m.kind, score: min(1, m.score), distance: m.distance)
        }
    }

    /// Tiny bonus so that, at equal match quality, a preferred term wins over a deprecated one.
    private func statusBonus(_ e: Int32) -> Double {
        let (ci, ti) = entries[Int(e)]
        switch termbase.concepts[Int(ci)].terms[Int(ti)].status {
        case .preferred: return 0.003
        case .admitted: return 0.002
        case .deprecated, .superseded: return 0
        }
    }

    /// The query and its stems with Korean particles removed from the last word (the phrase kept in front).
    static func koreanStems(_ query: String) -> [String] {
        guard let space = query.lastIndex(of: " ") else { return JosaStripper.stems(query) }
        let head = query[...space]
        let last = String(query[query.index(after: space)...])
        return JosaStripper.stems(last).map { head + $0 }
    }

    // MARK: Last resort: substring, then bounded edit distance

    private func lastResort(_ q: [Unicode.Scalar], into best: inout [Int32: (entry: Int32, kind: LookupMatch.Kind, score: Double, distance: Int?)]) {
        guard q.count >= 2 else { return }
        func add(_ e: Int32, _ kind: LookupMatch.Kind, _ score: Double, _ distance: Int?) {
            let concept = entries[Int(e)].concept
            let adjusted = score + statusBonus(e)
            if let current = best[concept], current.score >= adjusted { return }
            best[concept] = (e, kind, adjusted, distance)
        }
        let uniqueGrams = Array(Set((0..<(q.count - 1)).map { Self.gram(q[$0], q[$0 + 1]) }))
        // Substring: entries containing every bigram of the query, checked exactly (rarest list first).
        let lists = uniqueGrams.map { postingList($0) }.sorted { $0.count < $1.count }
        if let rarest = lists.first, !rarest.isEmpty {
            for e in rarest where contains(compact[Int(e)], q) {
                let ratio = Double(q.count) / Double(max(compact[Int(e)].count, 1))
                add(e, .substring, 0.5 + 0.25 * ratio, nil)
            }
        }
        // A term inside the query (전략군부대 contains 전략군): longest first, terms of 3+ characters.
        if best.isEmpty && q.count <= 40 {
            var length = q.count - 1
            while length >= 3 && best.isEmpty {
                for start in 0...(q.count - length) {
                    if let list = romanization.entries(String(String.UnicodeScalarView(q[start..<(start + length)]))) {
                        for e in list { add(e, .substring, 0.2 + 0.25 * Double(length) / Double(q.count), nil) }
                    }
                }
                length -= 1
            }
        }
        if !best.isEmpty { return }
        // Fuzzy: bigram count filter (q-gram lemma), then bounded Levenshtein on the survivors.
        let k = q.count <= 5 ? 1 : (q.count <= 9 ? 2 : 3)
        let threshold = (q.count - 1) - 2 * k
        var candidates: [Int32] = []
        var counts = [UInt8](repeating: 0, count: entries.count)
        // Entries sharing at least `threshold` bigrams (the q-gram lemma makes this exact); for queries of 2-3
        // characters, where the lemma gives no bound, those sharing one bigram, plus same-length terms when
        // that bucket is small (a middle-character typo shares no bigram).
        let needed = max(threshold, 1)
        for list in lists {
            for e in list {
                let c = counts[Int(e)]
                if c < 255 { counts[Int(e)] = c + 1 }
                if Int(c) + 1 == needed { candidates.append(e) }
            }
        }
        if threshold < 1, let bucket = byLength[q.count], bucket.count <= 5_000 {
            for e in bucket where counts[Int(e)] == 0 { candidates.append(e) }
        }
        for e in candidates {
            let t = compact[Int(e)]
            guard abs(t.count - q.count) <= k else { continue }
            if let d = Self.boundedLevenshtein(q, t, bound: k), d > 0 {
                add(e, .fuzzy, 0.4 - 0.1 * Double(d), d)
            }
        }
    }

    private func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        outer: for start in 0...(haystack.count - needle.count) {
            for i in 0..<needle.count where haystack[start + i] != needle[i] { continue outer }
            return true
        }
        return false
    }

    /// Levenshtein distance if at most `bound`, else nil (dynamic programming restricted to a diagonal band,
    /// stopping as soon as a whole row exceeds the bound).
    static func boundedLevenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound k: Int) -> Int? {
        let n = a.count, m = b.count
        if abs(n - m) > k { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        let big = k + 1
        var previous = (0...m).map { min($0, big) }
        var current = [Int](repeating: big, count: m + 1)
        for i in 1...n {
            current[0] = min(i, big)
            let lo = max(1, i - k), hi = min(m, i + k)
            if lo > 1 { current[lo - 1] = big }
            var rowMin = lo == 1 ? current[0] : big
            if lo <= hi {
                for j in lo...hi {
                    let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    let v = min(substitution, previous[j] + 1, current[j - 1] + 1, big)
                    current[j] = v
                    if v < rowMin { rowMin = v }
                }
            }
            if hi < m { current[hi + 1] = big }
            if rowMin > k { return nil }
            swap(&previous, &current)
        }
        return previous[m] <= k ? previous[m] : nil
    }
}
