import KoglossText

/// Korean stems at word starts, found on UTF-8 bytes: what `KoreanTermIndex` finds for the built-in news lexicon
/// (a stem of two or more syllables with any ending; a one-syllable stem alone or before one particle), without
/// building a string per word. A trie over the stems' scalars (South Korean spelling) is walked from each word
/// start; the longest accepted stem wins. A word starting with ㄴ/ㄹ whose initial-sound form (로동자 -> 노동자) could
/// start a stem is converted with `KoreanSpelling.southKoreanForm`, as `KoreanTermIndex` does; that is rare.
struct KoreanStemTrie: Sendable {
    /// Children of node k: `edges[edgeStart[k]..<edgeStart[k + 1]]`, sorted by scalar.
    private let edgeStart: [Int32]
    private let edgeScalar: [UInt32]
    private let edgeChild: [Int32]
    /// Per node: the concept of the stem ending there (the first listed), or -1.
    private let concept: [Int32]
    /// Per node: the stem's number of syllables.
    private let depth: [Int32]
    /// One bit per Hangul syllable (index from U+AC00): set when a word starting with it may start a stem (it or
    /// its initial-sound form is a child of the root), so most words are rejected without a search.
    private let rootSyllables: [UInt64]
    /// `initialForm`, held here: reading a static costs a `swift_once` call per word.
    private let initialForms: [UInt32]

    /// Per syllable (index from U+AC00) with initial ㄴ or ㄹ: its word-initial South Korean form, or 0 when unchanged.
    private static let initialForm: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 11_172)
        for index in 0..<11_172 where index / 588 == 2 || index / 588 == 5 {
            // Two syllables after it keep the bound-noun rule (몇 년) out of the way.
            let word = String(Unicode.Scalar(UInt32(0xAC00 + index))!) + "가가"
            let first = KoreanSpelling.southKoreanForm(word).unicodeScalars.first!.value
            if first != UInt32(0xAC00 + index) { table[index] = first }
        }
        return table
    }()

    init(_ list: [(stem: String, concept: Int)]) {
        var children: [[(UInt32, Int32)]] = [[]]
        var concept: [Int32] = [-1]
        var depth: [Int32] = [0]
        for entry in list {
            let key = KoreanSpelling.southKoreanForm(entry.stem).unicodeScalars.map(\.value)
            // A stem with a space or punctuation never starts a word.
            guard !key.isEmpty, key.allSatisfy(KoreanStemTrie.isWordScalar) else { continue }
            var node = 0
            for scalar in key {
                if let next = children[node].first(where: { $0.0 == scalar }) {
                    node = Int(next.1)
                } else {
                    children.append([])
                    concept.append(-1)
                    depth.append(depth[node] + 1)
                    children[node].append((scalar, Int32(children.count - 1)))
                    node = children.count - 1
                }
            }
            if concept[node] < 0 { concept[node] = Int32(entry.concept) }
        }
        var edgeStart: [Int32] = [0]
        var edgeScalar: [UInt32] = [], edgeChild: [Int32] = []
        for list in children {
            for (scalar, child) in list.sorted(by: { $0.0 < $1.0 }) {
                edgeScalar.append(scalar)
                edgeChild.append(child)
            }
            edgeStart.append(Int32(edgeScalar.count))
        }
        self.edgeStart = edgeStart
        self.edgeScalar = edgeScalar
        self.edgeChild = edgeChild
        self.concept = concept
        self.depth = depth
        let initialForms = KoreanStemTrie.initialForm
        var rootSyllables = [UInt64](repeating: 0, count: 11_172 / 64 + 1)
        let rootScalars = Set(children[0].map(\.0))
        for index in 0..<11_172 {
            let form = initialForms[index]
            if rootScalars.contains(UInt32(0xAC00 + index)) || (form != 0 && rootScalars.contains(form)) {
                rootSyllables[index >> 6] |= 1 << UInt64(index & 63)
            }
        }
        self.rootSyllables = rootSyllables
        self.initialForms = initialForms
    }

    /// Concepts of the stems starting words of the UTF-8 text, in text order.
    func find(utf8 b: UnsafeBufferPointer<UInt8>) -> [Int] {
        var found: [Int] = []
        search(utf8: b) { found.append($0) }
        return found
    }

    /// The concepts `find` finds, as a set; only for a trie whose concepts are below `ConceptBits.capacity`
    /// (`fitsConceptBits`).
    func conceptBits(utf8 b: UnsafeBufferPointer<UInt8>) -> ConceptBits {
        var bits = ConceptBits()
        search(utf8: b) { bits.insert($0) }
        return bits
    }

    /// Whether every concept of the trie fits in `ConceptBits`.
    var fitsConceptBits: Bool { concept.allSatisfy { $0 < ConceptBits.capacity } }

    /// The stem search: `emit` is given each stem's concept, in text order.
    @inline(__always)
    private func search(utf8 b: UnsafeBufferPointer<UInt8>, emit: (Int) -> Void) {
        let n = b.count
        var i = 0
        while i < n {
            // Spaces and the ASCII punctuation below the digits start no word.
            if b[i] < 0x30 { i += 1; continue }
            let scalar: UInt32, length: Int
            let three = i + 4 <= n ? KoreanStemTrie.threeBytes(b, i) : 0
            if three &- 0xEA_B080 <= 0xED_9EA3 - 0xEA_B080 {
                // A Hangul syllable (see below), decoded without `decode`'s branches.
                scalar = (three >> 4) & 0xF000 | (three >> 2) & 0x0FC0 | three & 0x3F
                length = 3
            } else {
                (scalar, length) = KoreanStemTrie.decode(b, i)
                guard KoreanStemTrie.isWordScalar(scalar) else { i += length; continue }
            }
            var end = i + length
            while end < n {
                // Most word scalars are Hangul syllables (U+AC00...U+D7A3, led by EA to ED): settled by one range
                // test on the three bytes as `decode` reads them, without its branches.
                if end + 4 <= n {
                    // UTF-8 keeps the order of scalars: in valid text the three bytes read big-endian lie in
                    // EA B0 80 ... ED 9E A3 exactly when they are one Hangul syllable (one load, one compare).
                    if KoreanStemTrie.threeBytes(b, end) &- 0xEA_B080 <= 0xED_9EA3 - 0xEA_B080 { end += 3; continue }
                    // A space or ASCII punctuation below the digits ends the word.
                    if b[end] < 0x30 { break }
                } else if b[end] & 0xF0 == 0xE0 && end + 2 < n {
                    let lead = b[end]
                    let scalar = UInt32(lead & 0x0F) << 12 | UInt32(b[end + 1] & 0x3F) << 6 | UInt32(b[end + 2] & 0x3F)
                    if scalar &- 0xAC00 <= 0xD7A3 - 0xAC00 { end += 3; continue }
                }
                let next = KoreanStemTrie.decode(b, end)
                guard KoreanStemTrie.isWordScalar(next.scalar) else { break }
                end += next.length
            }
            if let concept = stem(b, wordStart: i, wordEnd: end, first: scalar) { emit(concept) }
            i = end
        }
    }

    /// The concept of the longest accepted stem starting the word b[wordStart..<wordEnd].
    private func stem(_ b: UnsafeBufferPointer<UInt8>, wordStart: Int, wordEnd: Int, first: UInt32) -> Int? {
        if first >= 0xAC00 && first <= 0xD7A3 {
            let index = Int(first - 0xAC00)
            guard rootSyllables[index >> 6] & (1 << UInt64(index & 63)) != 0 else { return nil }
            if index / 588 == 2 || index / 588 == 5 {
                let form = initialForms[index]
                if form != 0 {
                    guard child(0, form) >= 0 || child(0, first) >= 0 else { return nil }
                    // Rare: the spelling rules have exceptions (loanwords, 몇 년), so ask them.
                    let word = String(decoding: UnsafeBufferPointer(rebasing: b[wordStart..<wordEnd]), as: UTF8.self)
                    var converted = Array(KoreanSpelling.southKoreanForm(word).utf8)
                    return converted.withUnsafeMutableBufferPointer { walk(UnsafeBufferPointer($0)) }
                }
            }
        }
        guard child(0, first) >= 0 else { return nil }
        return walk(UnsafeBufferPointer(rebasing: b[wordStart..<wordEnd]))
    }

    /// The longest accepted stem starting `word` (the bytes of exactly one word).
    private func walk(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        var node: Int32 = 0
        var p = 0
        var best: Int32 = -1
        let n = word.count
        while p < n {
            let (scalar, length) = KoreanStemTrie.decode(word, p)
            node = child(node, scalar)
            if node < 0 { break }
            p += length
            let c = concept[Int(node)]
            if c >= 0 && accepts(word, stemEnd: p, depth: depth[Int(node)]) { best = c }
        }
        return best >= 0 ? Int(best) : nil
    }

    /// Stems of two syllables or more take any ending (처벌받았다); one-syllable stems (쌀, 돈, 배) only end the
    /// word or precede one particle that agrees with them (돈을, not 배급).
    @inline(__always)
    private func accepts(_ word: UnsafeBufferPointer<UInt8>, stemEnd: Int, depth: Int32) -> Bool {
        if depth > 1 || stemEnd == word.count { return true }
        guard let tail = JosaStripper.trailingParticleLength(utf8: word, from: stemEnd) else { return false }
        return tail > 0 && stemEnd + tail == word.count
    }

    @inline(__always)
    private func child(_ node: Int32, _ scalar: UInt32) -> Int32 {
        var low = Int(edgeStart[Int(node)]), high = Int(edgeStart[Int(node) + 1])
        while low < high {
            let mid = (low + high) >> 1
            let value = edgeScalar[mid]
            if value == scalar { return edgeChild[mid] }
            if value < scalar { low = mid + 1 } else { high = mid }
        }
        return -1
    }

    /// The three bytes at `i` read big-endian (four readable there), in one load.
    @inline(__always)
    static func threeBytes(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        UInt32(bigEndian: UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt32.self)) >> 8
    }

    /// The scalar at `i` and its length (a stray byte decodes as U+FFFD, length 1).
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = b.count
        if b0 >= 0xF0, i + 3 < n {
            return ((b0 & 0x07) << 18 | (UInt32(b[i + 1]) & 0x3F) << 12 | (UInt32(b[i + 2]) & 0x3F) << 6 | (UInt32(b[i + 3]) & 0x3F), 4)
        }
        if b0 >= 0xE0, i + 2 < n {
            return ((b0 & 0x0F) << 12 | (UInt32(b[i + 1]) & 0x3F) << 6 | (UInt32(b[i + 2]) & 0x3F), 3)
        }
        if b0 >= 0xC0, i + 1 < n {
            return ((b0 & 0x1F) << 6 | (UInt32(b[i + 1]) & 0x3F), 2)
        }
        return (0xFFFD, 1)
    }

    /// The word scalars of `KoreanTermIndex`: Hangul, Latin letters, digits, CJK ideographs.
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0x1100 && v <= 0x11FF) || (v >= 0x3130 && v <= 0x318F)
            || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xC0 && v <= 0x24F)
    }
}
