/// The anchor cost one paragraph contributes to a bead, given the run of 0 to 3 paragraphs it faces on the other
/// side, computed on first use: the same paragraph and run take part in several bead shapes (2:1, 3:1 and 1:0
/// share a Korean paragraph's cost against one English run), so each is priced once per document.
/// `value(p, start, count)`: side paragraph p against other-side paragraphs `start..<start + count`.
struct AnchorPartCosts {
    private let values: UnsafeMutablePointer<Double>
    /// Per paragraph: the cost when none of its anchors is found in the run (the sum of its miss weights, NaN
    /// until computed): most runs share none of a paragraph's anchors, and they all cost that.
    private let allMissed: UnsafeMutablePointer<Double>
    /// Other-side start positions per paragraph (others + 1: a run may start after the last paragraph).
    private let starts: Int
    static let maximumRun = 3

    /// An empty table (every value still to compute) in memory taken from `arena`.
    init(paragraphs: Int, others: Int, arena: inout ScratchArena) {
        values = arena.take(Double.self, AnchorPartCosts.count(paragraphs: paragraphs, others: others), repeating: .nan)
        allMissed = arena.take(Double.self, paragraphs, repeating: .nan)
        starts = others + 1
    }

    private static func count(paragraphs: Int, others: Int) -> Int { paragraphs * (others + 1) * (maximumRun + 1) }

    static func bytes(paragraphs: Int, others: Int) -> Int {
        ScratchArena.bytes(Double.self, count(paragraphs: paragraphs, others: others)) + ScratchArena.bytes(Double.self, paragraphs)
    }

    /// Computes every value of runs inside the other side, in tight loops (each run's mask from the previous
    /// one's), for a document whose lattice holds every pair of paragraphs: each is then needed anyway.
    /// The values are those `value` computes (the same sums in the same order).
    func computeAll(paragraphs: Int, others: Int, _ side: FlatAnchorLists, _ other: FlatAnchorLists, _ masks: FoundMasks,
                    bonusFactor: Double = -0.5) {
        let width = AnchorPartCosts.maximumRun + 1
        for p in 0..<paragraphs {
            let priced = side.pricedEntries(p)
            var missed = 0.0
            for index in priced { missed += side.miss[Int(index)] }
            allMissed[p] = missed
            // The value depends on the mask alone: the last mask priced and its value (a longer run often adds
            // no anchor found, and neighbouring runs often find the same ones).
            var lastFound: UInt64 = 0, lastCost = missed
            for start in 0...others {
                let row = values + (p * starts + start) * width
                row[0] = missed
                var found: UInt64 = 0
                for count in 1..<width where start + count <= others {
                    found |= masks.mask(p, start + count - 1, side, other)
                    if found == 0 { row[count] = missed; continue }
                    if found == lastFound { row[count] = lastCost; continue }
                    var cost = 0.0
                    var bit: UInt64 = 0
                    for index in priced {
                        let n = Int(index)
                        cost += (found >> bit) & 1 != 0 ? bonusFactor * side.bonus[n] : side.miss[n]
                        bit += 1
                    }
                    row[count] = cost
                    lastFound = found
                    lastCost = cost
                }
            }
        }
    }

    /// A value `computeAll` computed (no check).
    @inline(__always)
    func computed(_ p: Int, _ start: Int, _ count: Int) -> Double {
        values[(p * starts + start) * (AnchorPartCosts.maximumRun + 1) + count]
    }

    /// The cost of paragraph p's weighted anchors against the run: found anywhere in it earns `bonusFactor`
    /// times the bonus (-0.5: half of it, for anchors; -1 for Korean Latin tokens among English words), else the
    /// miss weight (`masks` are `FoundMasks` of p against each paragraph of the run).
    @inline(__always)
    func value(_ p: Int, _ start: Int, _ count: Int, _ side: FlatAnchorLists, _ other: FlatAnchorLists, _ masks: FoundMasks,
               bonusFactor: Double = -0.5) -> Double {
        let slot = (p * starts + start) * (AnchorPartCosts.maximumRun + 1) + count
        let cached = values[slot]
        if !cached.isNaN { return cached }
        var found: UInt64 = 0
        for e in start..<(start + count) { found |= masks.mask(p, e, side, other) }
        if found == 0 && !allMissed[p].isNaN {
            values[slot] = allMissed[p]
            return allMissed[p]
        }
        var cost = 0.0
        var bit: UInt64 = 0
        for index in side.pricedEntries(p) {
            let n = Int(index)
            cost += (found >> bit) & 1 != 0 ? bonusFactor * side.bonus[n] : side.miss[n]
            bit += 1
        }
        values[slot] = cost
        if found == 0 { allMissed[p] = cost }
        return cost
    }
}
