import Foundation

/// Per-document anchor weights as log-likelihood ratios: an anchor found in a paragraph's translation is evidence
/// in proportion to how rare it is on the other side (ln(survival / frequency)); missing it costs
/// ln((1 - frequency) / (1 - survival)). An anchor in most paragraphs (North Korea in a North Korea story) is
/// worth nothing either way; a date found once on each side is strong evidence.
enum AnchorWeighting {
    static let maximumBonus = 3.5
    static let maximumMiss = 2.5

    static func apply(ko: inout [ParagraphFeatures], en: inout [ParagraphFeatures]) {
        let koCounts = ListCounts(ko)
        let enCounts = ListCounts(en)
        let koTotal = Double(koCounts.lists)
        let enTotal = Double(enCounts.lists)
        var enWeights = WeightTable(otherTotal: enTotal, maximumCount: enCounts.lists)
        var koWeights = WeightTable(otherTotal: koTotal, maximumCount: koCounts.lists)
        for index in ko.indices { weigh(&ko[index], otherCounts: enCounts, weights: &enWeights) }
        for index in en.indices { weigh(&en[index], otherCounts: koCounts, weights: &koWeights) }

        // Latin-script tokens of the Korean text: how many English paragraphs contain each.
        guard ko.contains(where: { !$0.latinTokens.isEmpty }) else {
            for index in ko.indices { ko[index].latinBonus = []; ko[index].latinMiss = [] }
            return
        }
        let englishWords = en.filter { $0.alignmentClass != .none }.map(\.words)
        var latinFrequency: [UInt64: Double] = [:]
        for index in ko.indices {
            var bonus: [Double] = [], miss: [Double] = []
            for token in ko[index].latinTokens {
                let frequency = latinFrequency[token] ?? {
                    let count = englishWords.reduce(0) { $0 + (BeadCostModel.contains($1, token) ? 1 : 0) }
                    let value = count == 0 ? 1 : (Double(count) + 0.5) / (enTotal + 1)
                    latinFrequency[token] = value
                    return value
                }()
                let w = weights(survival: AnchorKey.Kind.latin.survival, frequency: frequency)
                bonus.append(w.bonus)
                miss.append(w.miss)
            }
            ko[index].latinBonus = bonus
            ko[index].latinMiss = miss
        }
    }

    /// `weights(survival:frequency:)` of each anchor kind and count for one document, computed once each: a
    /// document has few distinct counts, and two logarithms per anchor were most of the weighting's cost.
    struct WeightTable {
        let otherTotal: Double
        let stride: Int
        private var bonus: [Double]
        private var miss: [Double]

        init(otherTotal: Double, maximumCount: Int) {
            self.otherTotal = otherTotal
            stride = maximumCount + 1
            bonus = [Double](repeating: .nan, count: 16 * stride)
            miss = bonus
        }

        mutating func weights(_ kind: AnchorKey.Kind, count: Int) -> (bonus: Double, miss: Double) {
            guard count < stride else {
                return AnchorWeighting.weights(survival: kind.survival, frequency: (Double(count) + 0.5) / (otherTotal + 1))
            }
            let slot = Int(kind.rawValue) * stride + count
            if bonus[slot].isNaN {
                let w = AnchorWeighting.weights(survival: kind.survival, frequency: (Double(count) + 0.5) / (otherTotal + 1))
                bonus[slot] = w.bonus
                miss[slot] = w.miss
            }
            return (bonus[slot], miss[slot])
        }
    }

    /// How many lists hold each key (each list sorted and unique), in an open-addressing table keyed by the
    /// anchor (never 0) times an odd constant: a document has a few hundred anchors, and sorting them all to
    /// count by binary search cost more than one probe each.
    struct ListCounts {
        private var keys: [UInt64]
        private var counts: [Int32]
        private let shift: UInt64

        /// The number of lists counted.
        let lists: Int

        /// Counts the anchors of the paragraphs that take part in alignment.
        init(_ features: [ParagraphFeatures]) {
            var total = 0, lists = 0
            features.withUnsafeBufferPointer { features in
                for index in features.indices where features[index].alignmentClass != .none {
                    total += features[index].anchors.count
                    lists += 1
                }
            }
            self.init(capacityFor: total, lists: lists)
            features.withUnsafeBufferPointer { features in
                // Read in place: copying a `ParagraphFeatures` out retains its seven arrays.
                for index in features.indices where features[index].alignmentClass != .none { count(features[index].anchors) }
            }
        }

        init(_ lists: [[UInt64]]) {
            self.init(capacityFor: lists.reduce(0) { $0 + $1.count }, lists: lists.count)
            for list in lists { count(list) }
        }

        private init(capacityFor total: Int, lists: Int) {
            var bits: UInt64 = 4
            while (1 << bits) < 2 * total { bits += 1 }
            shift = 64 - bits
            keys = [UInt64](repeating: 0, count: 1 << bits)
            counts = [Int32](repeating: 0, count: 1 << bits)
            self.lists = lists
        }

        @inline(__always) private func firstSlot(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }

        private mutating func count(_ list: [UInt64]) {
            let shift = shift
            list.withUnsafeBufferPointer { list in
            keys.withUnsafeMutableBufferPointer { keys in
            counts.withUnsafeMutableBufferPointer { counts in
                let mask = keys.count - 1
                for key in list {
                    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
                    while keys[slot] != key && keys[slot] != 0 { slot = (slot + 1) & mask }
                    keys[slot] = key
                    counts[slot] += 1
                }
            }
            }
            }
        }

        /// The number of lists holding `key`, nil when none does.
        subscript(key: UInt64) -> Int? {
            keys.withUnsafeBufferPointer { keys in
                let mask = keys.count - 1
                var slot = firstSlot(key)
                while true {
                    let k = keys[slot]
                    if k == key { return Int(counts[slot]) }
                    if k == 0 { return nil }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    static func weigh(_ features: inout ParagraphFeatures, otherCounts: ListCounts, weights table: inout WeightTable) {
        let count = features.anchors.count
        guard count > 0 else {
            features.anchorBonus = []
            features.anchorMiss = []
            return
        }
        // Both arrays written once each, in one pass over the anchors read in place.
        var miss: [Double] = []
        let bonus = features.anchors.withUnsafeBufferPointer { anchors in
            [Double](unsafeUninitializedCapacity: count) { bonus, bonusCount in
                miss = [Double](unsafeUninitializedCapacity: count) { miss, missCount in
                    for index in 0..<count {
                        let key = anchors[index]
                        // An anchor the other text never has cannot tell one alignment from another.
                        if let found = otherCounts[key] {
                            let w = table.weights(AnchorKey.kind(of: key), count: found)
                            bonus.initializeElement(at: index, to: w.bonus)
                            miss.initializeElement(at: index, to: w.miss)
                        } else {
                            bonus.initializeElement(at: index, to: 0)
                            miss.initializeElement(at: index, to: 0)
                        }
                    }
                    missCount = count
                }
                bonusCount = count
            }
        }
        features.anchorBonus = bonus
        features.anchorMiss = miss
    }

    static func weights(survival: Double, frequency: Double) -> (bonus: Double, miss: Double) {
        let f = min(0.99, frequency)
        let bonus = min(maximumBonus, max(0, log(survival / f)))
        let miss = min(maximumMiss, max(0, log((1 - f) / (1 - survival))))
        return (bonus, miss)
    }
}
