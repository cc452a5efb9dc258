/// One side's per-paragraph anchor lists (keys sorted, with their bonus and miss weights), flat and read through
/// unsafe pointers, so that pricing a bead, which the lattice does for every cell and shape, touches no reference
/// count: paragraph p's entries are `start[p]..<start[p + 1]`.
struct FlatAnchorLists {
    let start: UnsafePointer<Int>
    let keys: UnsafePointer<UInt64>
    /// Unused when the lists carry no weights (English words).
    let bonus: UnsafePointer<Double>
    let miss: UnsafePointer<Double>
    /// Indices of the entries with a bonus or a miss weight, paragraph p's at `pricedStart[p]..<pricedStart[p + 1]`:
    /// only they change a cost (adding a zero weight leaves a sum as it is), and in most documents many anchors
    /// are never seen on the other side.
    let priced: UnsafePointer<Int32>
    let pricedStart: UnsafePointer<Int>

    /// Indices of paragraph p's entries that carry a weight.
    @inline(__always) func pricedEntries(_ p: Int) -> UnsafeBufferPointer<Int32> {
        UnsafeBufferPointer(start: priced + pricedStart[p], count: pricedStart[p + 1] - pricedStart[p])
    }

    @inline(__always) func range(_ p: Int) -> Range<Int> { start[p]..<start[p + 1] }

    /// Whether paragraph p's sorted keys contain `value` (binary search).
    @inline(__always) func contains(_ p: Int, _ value: UInt64) -> Bool {
        var low = start[p], high = start[p + 1]
        let end = high
        while low < high {
            let mid = (low + high) >> 1
            if keys[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < end && keys[low] == value
    }

    /// Which lists of `ParagraphFeatures` to flatten.
    enum Part {
        /// `anchors` with `anchorBonus` and `anchorMiss`.
        case anchors
        /// `latinTokens` with `latinBonus` and `latinMiss`.
        case latin
        /// `words`, without weights.
        case words
    }

    /// The `part` lists of `side`, in memory taken from `arena`.
    init(_ side: UnsafeBufferPointer<ParagraphFeatures>, _ part: Part, arena: inout ScratchArena) {
        let total = FlatAnchorLists.entryCount(side, part)
        let weighted = part != .words
        let start = arena.take(Int.self, side.count + 1)
        let keys = arena.take(UInt64.self, total)
        let bonus = arena.take(Double.self, weighted ? total : 0)
        let miss = arena.take(Double.self, weighted ? total : 0)
        let priced = arena.take(Int32.self, weighted ? total : 0)
        let pricedStart = arena.take(Int.self, side.count + 1)
        var offset = 0, pricedCount = 0
        func add(_ list: [UInt64], _ listBonus: [Double], _ listMiss: [Double]) {
            for k in list.indices {
                keys[offset + k] = list[k]
                if weighted {
                    let b = listBonus[k], m = listMiss[k]
                    bonus[offset + k] = b
                    miss[offset + k] = m
                    if b != 0 || m != 0 {
                        priced[pricedCount] = Int32(offset + k)
                        pricedCount += 1
                    }
                }
            }
            offset += list.count
        }
        for p in side.indices {
            start[p] = offset
            pricedStart[p] = pricedCount
            switch part {
            case .anchors: add(side[p].anchors, side[p].anchorBonus, side[p].anchorMiss)
            case .latin: add(side[p].latinTokens, side[p].latinBonus, side[p].latinMiss)
            case .words: add(side[p].words, [], [])
            }
        }
        start[side.count] = offset
        pricedStart[side.count] = pricedCount
        self.start = UnsafePointer(start)
        self.keys = UnsafePointer(keys)
        self.bonus = UnsafePointer(bonus)
        self.miss = UnsafePointer(miss)
        self.priced = UnsafePointer(priced)
        self.pricedStart = UnsafePointer(pricedStart)
    }

    /// How many `part` entries the paragraphs of `side` have in all.
    static func entryCount(_ side: UnsafeBufferPointer<ParagraphFeatures>, _ part: Part) -> Int {
        var total = 0
        for p in side.indices {
            switch part {
            case .anchors: total += side[p].anchors.count
            case .latin: total += side[p].latinTokens.count
            case .words: total += side[p].words.count
            }
        }
        return total
    }

    /// Arena bytes `init` takes for these sides' lists (an estimate for the arena's capacity).
    static func bytes(_ side: UnsafeBufferPointer<ParagraphFeatures>, _ part: Part) -> Int {
        let total = FlatAnchorLists.entryCount(side, part)
        let weighted = part != .words ? total : 0
        return 2 * ScratchArena.bytes(Int.self, side.count + 1) + ScratchArena.bytes(UInt64.self, total)
            + 2 * ScratchArena.bytes(Double.self, weighted) + ScratchArena.bytes(Int32.self, weighted)
    }
}

/// The anchor lists of both sides of a document, as the cost model reads them.
struct BeadAnchors {
    /// Language-independent anchors of each Korean and English paragraph.
    let ko: FlatAnchorLists
    let en: FlatAnchorLists
    /// Latin-script tokens of each Korean paragraph, and the words of each English paragraph.
    let koLatin: FlatAnchorLists
    let enWords: FlatAnchorLists
    /// Korean paragraphs' weighted anchors found in English paragraphs, and the reverse (nil when unusable).
    let koFound: FoundMasks?
    let enFound: FoundMasks?
    /// Each paragraph's anchor cost against a run of the other side (with the masks; nil without them).
    let koParts: AnchorPartCosts?
    let enParts: AnchorPartCosts?
    /// Korean paragraphs' Latin tokens found among English paragraphs' words, and each Korean paragraph's Latin
    /// cost against a run of English paragraphs (nil without Latin tokens or when the masks are unusable).
    let latinFound: FoundMasks?
    let latinParts: AnchorPartCosts?
    /// Whether every part cost that exists (`koParts`, `enParts`, `latinParts`) is computed (`computeAllParts`).
    private(set) var partsComputed = false

    /// The lists of `ko` and `en` (after `AnchorWeighting`) and their caches, in memory taken from `arena`.
    init(ko: UnsafeBufferPointer<ParagraphFeatures>, en: UnsafeBufferPointer<ParagraphFeatures>, arena: inout ScratchArena) {
        let koAnchors = FlatAnchorLists(ko, .anchors, arena: &arena)
        let enAnchors = FlatAnchorLists(en, .anchors, arena: &arena)
        self.ko = koAnchors
        self.en = enAnchors
        koLatin = FlatAnchorLists(ko, .latin, arena: &arena)
        // English words serve only to look up Korean Latin tokens.
        var latin = false
        for p in ko.indices where !ko[p].latinTokens.isEmpty { latin = true; break }
        enWords = FlatAnchorLists(latin ? en : UnsafeBufferPointer(start: nil, count: 0), .words, arena: &arena)
        if latin && FoundMasks.usable(koLatin, paragraphs: ko.count, others: en.count) {
            latinFound = FoundMasks(paragraphs: ko.count, others: en.count, arena: &arena)
            latinParts = AnchorPartCosts(paragraphs: ko.count, others: en.count, arena: &arena)
        } else {
            latinFound = nil
            latinParts = nil
        }
        if FoundMasks.usable(koAnchors, paragraphs: ko.count, others: en.count)
            && FoundMasks.usable(enAnchors, paragraphs: en.count, others: ko.count) {
            koFound = FoundMasks(paragraphs: ko.count, others: en.count, arena: &arena)
            enFound = FoundMasks(paragraphs: en.count, others: ko.count, arena: &arena)
            koParts = AnchorPartCosts(paragraphs: ko.count, others: en.count, arena: &arena)
            enParts = AnchorPartCosts(paragraphs: en.count, others: ko.count, arena: &arena)
        } else {
            koFound = nil
            enFound = nil
            koParts = nil
            enParts = nil
        }
    }

    /// Computes every part cost in advance (when the lattice holds every pair of paragraphs, so each is needed):
    /// tight loops instead of a check per bead and paragraph. Only when both anchor part tables exist.
    mutating func computeAllParts(n: Int, m: Int) {
        guard let koFound, let enFound, let koParts, let enParts else { return }
        koFound.computeAll(paragraphs: n, others: m, ko, en)
        enFound.computeAll(paragraphs: m, others: n, en, ko)
        if let latinFound { latinFound.computeAll(paragraphs: n, others: m, koLatin, enWords) }
        koParts.computeAll(paragraphs: n, others: m, ko, en, koFound)
        enParts.computeAll(paragraphs: m, others: n, en, ko, enFound)
        if let latinFound, let latinParts {
            latinParts.computeAll(paragraphs: n, others: m, koLatin, enWords, latinFound, bonusFactor: -1)
        }
        partsComputed = true
    }

    /// Arena bytes `init` takes (an estimate for the arena's capacity).
    static func bytes(ko: UnsafeBufferPointer<ParagraphFeatures>, en: UnsafeBufferPointer<ParagraphFeatures>) -> Int {
        FlatAnchorLists.bytes(ko, .anchors) + FlatAnchorLists.bytes(en, .anchors) + FlatAnchorLists.bytes(ko, .latin)
            + FlatAnchorLists.bytes(en, .words)
            + FoundMasks.bytes(paragraphs: ko.count, others: en.count) + FoundMasks.bytes(paragraphs: en.count, others: ko.count)
            + AnchorPartCosts.bytes(paragraphs: ko.count, others: en.count)
            + AnchorPartCosts.bytes(paragraphs: en.count, others: ko.count)
            + (ko.contains { !$0.latinTokens.isEmpty }
                ? FoundMasks.bytes(paragraphs: ko.count, others: en.count) + AnchorPartCosts.bytes(paragraphs: ko.count, others: en.count)
                : 0)
    }
}

/// Which weighted anchors of one side's paragraph k are found in the other side's paragraph e, one bit per entry
/// of `pricedEntries(k)`, computed on first use: a pair of paragraphs takes part in many beads (every shape
/// and offset that covers both), and each bead then reads a word instead of searching for each anchor.
struct FoundMasks {
    private let masks: UnsafeMutablePointer<UInt64>
    private let width: Int
    private static let unknown = UInt64.max

    /// Whether masks serve for these sides: at most 63 weighted anchors per paragraph (bit 63 marks "not yet
    /// computed") and a table of reasonable size.
    static func usable(_ side: FlatAnchorLists, paragraphs: Int, others: Int) -> Bool {
        guard paragraphs * others <= 1 << 18 else { return false }
        for p in 0..<paragraphs where side.pricedStart[p + 1] - side.pricedStart[p] > 63 { return false }
        return true
    }

    /// An empty table (every mask still to compute) in memory taken from `arena`.
    init(paragraphs: Int, others: Int, arena: inout ScratchArena) {
        masks = arena.take(UInt64.self, paragraphs * others, repeating: FoundMasks.unknown)
        width = others
    }

    static func bytes(paragraphs: Int, others: Int) -> Int { ScratchArena.bytes(UInt64.self, paragraphs * others) }

    /// Every mask, for a lattice holding every pair of paragraphs (each is needed then): a pair whose key
    /// signatures (one bit per key, from its hash) share no bit shares no key, so its mask is 0 without a merge.
    func computeAll(paragraphs: Int, others: Int, _ side: FlatAnchorLists, _ other: FlatAnchorLists) {
        guard paragraphs > 0 && others > 0 else { return }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: others) { otherSignature in
            for e in 0..<others {
                var signature: UInt64 = 0
                for q in other.start[e]..<other.start[e + 1] { signature |= FoundMasks.signatureBit(other.keys[q]) }
                otherSignature[e] = signature
            }
            for k in 0..<paragraphs {
                var signature: UInt64 = 0
                for index in side.pricedEntries(k) { signature |= FoundMasks.signatureBit(side.keys[Int(index)]) }
                for e in 0..<others where masks[k * width + e] == FoundMasks.unknown {
                    if signature & otherSignature[e] == 0 {
                        masks[k * width + e] = 0
                    } else {
                        _ = mask(k, e, side, other)
                    }
                }
            }
        }
    }

    /// One of 64 bits, from the key's hash (keys may be structured: mixed first).
    @inline(__always) private static func signatureBit(_ key: UInt64) -> UInt64 {
        1 << ((key &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// The mask of paragraph k of `side` against paragraph e of `other`.
    @inline(__always)
    func mask(_ k: Int, _ e: Int, _ side: FlatAnchorLists, _ other: FlatAnchorLists) -> UInt64 {
        let slot = k * width + e
        let cached = masks[slot]
        if cached != FoundMasks.unknown { return cached }
        // Both lists are sorted (and priced entries in key order): one merge instead of a search per entry.
        var mask: UInt64 = 0
        var bit: UInt64 = 0
        var position = other.start[e]
        let end = other.start[e + 1]
        for index in side.pricedEntries(k) {
            let key = side.keys[Int(index)]
            while position < end && other.keys[position] < key { position += 1 }
            if position == end { break }
            if other.keys[position] == key { mask |= 1 << bit }
            bit += 1
        }
        masks[slot] = mask
        return mask
    }
}
