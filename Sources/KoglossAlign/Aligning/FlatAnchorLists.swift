/// One side's per-paragraph anchor lists (keys sorted, with their bonus and miss weights), flat and read through
/// unsafe pointers, so that pricing a bead, which the lattice does for every cell and shape, touches no reference
/// count: paragraph p's entries are `start[p]..<start[p + 1]`.
struct FlatAnchorLists {
    let start: UnsafeBufferPointer<Int>
    let keys: UnsafeBufferPointer<UInt64>
    /// Empty when the lists carry no weights (English words).
    let bonus: UnsafeBufferPointer<Double>
    let miss: UnsafeBufferPointer<Double>
    /// Indices of the entries with a bonus or a miss weight, paragraph p's at `pricedStart[p]..<pricedStart[p + 1]`:
    /// only they change a cost (adding a zero weight leaves a sum as it is), and in most documents many anchors
    /// are never seen on the other side.
    let priced: UnsafeBufferPointer<Int32>
    let pricedStart: UnsafeBufferPointer<Int>

    /// Indices of paragraph p's entries that carry a weight.
    @inline(__always) func pricedEntries(_ p: Int) -> UnsafeBufferPointer<Int32> {
        UnsafeBufferPointer(rebasing: priced[pricedStart[p]..<pricedStart[p + 1]])
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

    /// Owns the memory `FlatAnchorLists` points into; keep it alive while the lists are read.
    final class Storage {
        let lists: FlatAnchorLists

        init(keys: [[UInt64]], bonus: [[Double]], miss: [[Double]]) {
            let total = keys.reduce(0) { $0 + $1.count }
            let start = UnsafeMutableBufferPointer<Int>.allocate(capacity: keys.count + 1)
            let flatKeys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(1, total))
            let weighted = !bonus.isEmpty
            let flatBonus = UnsafeMutableBufferPointer<Double>.allocate(capacity: weighted ? max(1, total) : 0)
            let flatMiss = UnsafeMutableBufferPointer<Double>.allocate(capacity: weighted ? max(1, total) : 0)
            let priced = UnsafeMutableBufferPointer<Int32>.allocate(capacity: weighted ? max(1, total) : 0)
            let pricedStart = UnsafeMutableBufferPointer<Int>.allocate(capacity: keys.count + 1)
            var offset = 0, pricedCount = 0
            for (p, list) in keys.enumerated() {
                start[p] = offset
                pricedStart[p] = pricedCount
                for (k, key) in list.enumerated() {
                    flatKeys[offset + k] = key
                    if weighted {
                        flatBonus[offset + k] = bonus[p][k]
                        flatMiss[offset + k] = miss[p][k]
                        if bonus[p][k] != 0 || miss[p][k] != 0 {
                            priced[pricedCount] = Int32(offset + k)
                            pricedCount += 1
                        }
                    }
                }
                offset += list.count
            }
            start[keys.count] = offset
            pricedStart[keys.count] = pricedCount
            lists = FlatAnchorLists(start: UnsafeBufferPointer(start), keys: UnsafeBufferPointer(flatKeys),
                                    bonus: UnsafeBufferPointer(flatBonus), miss: UnsafeBufferPointer(flatMiss),
                                    priced: UnsafeBufferPointer(priced), pricedStart: UnsafeBufferPointer(pricedStart))
        }

        deinit {
            UnsafeMutableBufferPointer(mutating: lists.start).deallocate()
            UnsafeMutableBufferPointer(mutating: lists.keys).deallocate()
            UnsafeMutableBufferPointer(mutating: lists.bonus).deallocate()
            UnsafeMutableBufferPointer(mutating: lists.miss).deallocate()
            UnsafeMutableBufferPointer(mutating: lists.priced).deallocate()
            UnsafeMutableBufferPointer(mutating: lists.pricedStart).deallocate()
        }
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

    /// Storage for the lists of `ko` and `en` (after `AnchorWeighting`), and the lists themselves.
    static func make(ko: [ParagraphFeatures], en: [ParagraphFeatures]) -> (storage: [AnyObject], anchors: BeadAnchors) {
        let koAnchors = FlatAnchorLists.Storage(keys: ko.map(\.anchors), bonus: ko.map(\.anchorBonus), miss: ko.map(\.anchorMiss))
        let enAnchors = FlatAnchorLists.Storage(keys: en.map(\.anchors), bonus: en.map(\.anchorBonus), miss: en.map(\.anchorMiss))
        let koLatin = FlatAnchorLists.Storage(keys: ko.map(\.latinTokens), bonus: ko.map(\.latinBonus), miss: ko.map(\.latinMiss))
        let enWords = FlatAnchorLists.Storage(keys: en.map(\.words), bonus: [], miss: [])
        var storage: [AnyObject] = [koAnchors, enAnchors, koLatin, enWords]
        var koFound: FoundMasks? = nil, enFound: FoundMasks? = nil
        var koParts: AnchorPartCosts? = nil, enParts: AnchorPartCosts? = nil
        if FoundMasks.usable(koAnchors.lists, paragraphs: ko.count, others: en.count)
            && FoundMasks.usable(enAnchors.lists, paragraphs: en.count, others: ko.count) {
            let koMasks = FoundMasks.Storage(paragraphs: ko.count, others: en.count)
            let enMasks = FoundMasks.Storage(paragraphs: en.count, others: ko.count)
            storage += [koMasks, enMasks]
            koFound = koMasks.masks
            enFound = enMasks.masks
            let koPartStorage = AnchorPartCosts.Storage(paragraphs: ko.count, others: en.count)
            let enPartStorage = AnchorPartCosts.Storage(paragraphs: en.count, others: ko.count)
            storage += [koPartStorage, enPartStorage]
            koParts = koPartStorage.parts
            enParts = enPartStorage.parts
        }
        return (storage, BeadAnchors(ko: koAnchors.lists, en: enAnchors.lists, koLatin: koLatin.lists, enWords: enWords.lists,
                                     koFound: koFound, enFound: enFound, koParts: koParts, enParts: enParts))
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

    /// The mask of paragraph k of `side` against paragraph e of `other`.
    @inline(__always)
    func mask(_ k: Int, _ e: Int, _ side: FlatAnchorLists, _ other: FlatAnchorLists) -> UInt64 {
        let slot = k * width + e
        let cached = masks[slot]
        if cached != FoundMasks.unknown { return cached }
        var mask: UInt64 = 0
        var bit: UInt64 = 0
        for index in side.pricedEntries(k) {
            if other.contains(e, side.keys[Int(index)]) { mask |= 1 << bit }
            bit += 1
        }
        masks[slot] = mask
        return mask
    }

    /// Owns the table.
    final class Storage {
        let masks: FoundMasks

        init(paragraphs: Int, others: Int) {
            let count = max(1, paragraphs * others)
            let pointer = UnsafeMutablePointer<UInt64>.allocate(capacity: count)
            pointer.initialize(repeating: FoundMasks.unknown, count: count)
            masks = FoundMasks(masks: pointer, width: others)
        }

        deinit { masks.masks.deallocate() }
    }
}
