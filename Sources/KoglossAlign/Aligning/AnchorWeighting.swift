import Foundation

/// Per-document anchor weights as log-likelihood ratios: an anchor found in a paragraph's translation is evidence
/// in proportion to how rare it is on the other side (ln(survival / frequency)); missing it costs
/// ln((1 - frequency) / (1 - survival)). An anchor in most paragraphs (North Korea in a North Korea story) is
/// worth nothing either way; a date found once on each side is strong evidence.
enum AnchorWeighting {
    static let maximumBonus = 3.5
    static let maximumMiss = 2.5

    static func apply(ko: inout [ParagraphFeatures], en: inout [ParagraphFeatures]) {
        let koCounts = SortedCounts(ko.filter { $0.alignmentClass != .none }.map(\.anchors))
        let enCounts = SortedCounts(en.filter { $0.alignmentClass != .none }.map(\.anchors))
        let koTotal = Double(ko.filter { $0.alignmentClass != .none }.count)
        let enTotal = Double(en.filter { $0.alignmentClass != .none }.count)
        for index in ko.indices { weigh(&ko[index], otherCounts: enCounts, otherTotal: enTotal) }
        for index in en.indices { weigh(&en[index], otherCounts: koCounts, otherTotal: koTotal) }

        // Latin-script tokens of the Korean text: how many English paragraphs contain each.
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

    /// How many lists hold each key (each list sorted and unique), by binary search in all keys sorted:
    /// a document has a few hundred anchors, where hashing each into a dictionary costs more.
    struct SortedCounts {
        let keys: [UInt64]

        init(_ lists: [[UInt64]]) {
            var all: [UInt64] = []
            all.reserveCapacity(lists.reduce(0) { $0 + $1.count })
            for list in lists { all.append(contentsOf: list) }
            all.sort()
            keys = all
        }

        /// The number of lists holding `key`, nil when none does.
        subscript(key: UInt64) -> Int? {
            keys.withUnsafeBufferPointer { k in
                var low = 0, high = k.count
                while low < high {
                    let mid = (low + high) >> 1
                    if k[mid] < key { low = mid + 1 } else { high = mid }
                }
                var end = low
                while end < k.count && k[end] == key { end += 1 }
                return end == low ? nil : end - low
            }
        }
    }

    static func weigh(_ features: inout ParagraphFeatures, otherCounts: SortedCounts, otherTotal: Double) {
        var bonus: [Double] = [], miss: [Double] = []
        bonus.reserveCapacity(features.anchors.count)
        miss.reserveCapacity(features.anchors.count)
        for key in features.anchors {
            // An anchor the other text never has cannot tell one alignment from another.
            guard let count = otherCounts[key] else {
                bonus.append(0)
                miss.append(0)
                continue
            }
            let frequency = (Double(count) + 0.5) / (otherTotal + 1)
            let w = weights(survival: AnchorKey.kind(of: key).survival, frequency: frequency)
            bonus.append(w.bonus)
            miss.append(w.miss)
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
