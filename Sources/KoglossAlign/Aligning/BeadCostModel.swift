import Foundation

/// The cost of a bead as a negative log-probability: a prior per bead shape and paragraph class, the length
/// model, and anchor evidence (each anchor shared by both sides lowers the cost by the log-likelihood ratio of
/// seeing it in a true link rather than a wrong one; each anchor found on one side only raises it).
/// Kind compatibility is a hard constraint: body/heading align to body/heading, captions to captions, and the
/// other kinds are always alone.
struct BeadCostModel: Sendable {
    var length = LengthModel()
    var useAnchors = true
    var useSentences = true

    /// Prior probabilities of the shapes for body text (translators merge, split and omit paragraphs).
    static let textPriors: [BeadType: Double] = [
        BeadType(ko: 1, en: 1): 0.82, BeadType(ko: 1, en: 0): 0.045, BeadType(ko: 0, en: 1): 0.025,
        BeadType(ko: 2, en: 1): 0.05, BeadType(ko: 1, en: 2): 0.045, BeadType(ko: 2, en: 2): 0.005,
        BeadType(ko: 3, en: 1): 0.005, BeadType(ko: 1, en: 3): 0.005,
    ]
    /// Captions often exist on one side only (the Korean page and the English page pick their own photos);
    /// one caption describes one photo, so caption beads are 1:1 at most.
    static let captionPriors: [BeadType: Double] = [
        BeadType(ko: 1, en: 1): 0.6, BeadType(ko: 1, en: 0): 0.2, BeadType(ko: 0, en: 1): 0.2,
    ]
    /// -ln P(d) + ln P(0) for d = English sentences - Korean sentences in a link, d = -2...2 (measured on 336
    /// hand-aligned links: 0 in 79%, +1 in 15%, -1 in 6%; softened for freer translations).
    static let sentenceDifferenceCost: [Double] = [4.0, 1.8, 0, 1.2, 3.5]
    static let sentenceDifferenceFar = 6.0

    /// Sub-headings are often added by one desk only: a heading alone is far likelier than a body paragraph alone.
    static let headingAlonePrior = 0.1
    /// A heading linked to a body paragraph (rather than to a heading) is unusual but happens when punctuation differs.
    static let headingBodyPrior = 0.1


    /// Cost of the bead `type` at Korean index `i`, English index `j`.
    /// `anchors` are the anchor lists of `ko` and `en` (`BeadAnchors.make`).
    func cost(_ type: BeadType, _ i: Int, _ j: Int, ko: [ParagraphFeatures], en: [ParagraphFeatures], anchors: BeadAnchors, ratio: Double,
              textPriorCost: [Double], captionPriorCost: [Double], typeIndex: Int, includeLength: Bool = true) -> Double {
        // Class of the bead: all paragraphs must share one.
        var cls: ParagraphKind.AlignmentClass? = nil
        for k in i..<(i + type.ko) {
            let c = ko[k].alignmentClass
            if cls == nil { cls = c } else if cls != c { return .infinity }
        }
        for k in j..<(j + type.en) {
            let c = en[k].alignmentClass
            if cls == nil { cls = c } else if cls != c { return .infinity }
        }
        guard let beadClass = cls else { return .infinity }
        var total: Double
        switch beadClass {
        case .none:
            return type.ko + type.en == 1 ? 0 : .infinity
        case .caption:
            total = captionPriorCost[typeIndex]
        case .text:
            total = textPriorCost[typeIndex]
            var headings = 0
            for k in i..<(i + type.ko) where ko[k].isHeading { headings += 1 }
            for k in j..<(j + type.en) where en[k].isHeading { headings += 1 }
            if headings > 0 {
                // Headings stand alone or face one paragraph; they are never merged with body text.
                if type.ko > 1 || type.en > 1 { return .infinity }
                if type.ko == 0 || type.en == 0 { total = -log(BeadCostModel.headingAlonePrior) }
                else if headings == 1 { total -= log(BeadCostModel.headingBodyPrior) }
            }
        }
        if total == .infinity { return total }

        var koLength = 0.0, enLength = 0.0
        for k in i..<(i + type.ko) { koLength += ko[k].length }
        for k in j..<(j + type.en) { enLength += en[k].length }
        if type.ko > 0 && type.en > 0 {
            if includeLength { total += length.cost(korean: koLength, english: enLength, ratio: ratio) }
            if useSentences && beadClass == .text {
                var difference = 0
                for k in i..<(i + type.ko) { difference -= ko[k].sentences }
                for k in j..<(j + type.en) { difference += en[k].sentences }
                total += abs(difference) <= 2 ? BeadCostModel.sentenceDifferenceCost[difference + 2] : BeadCostModel.sentenceDifferenceFar
            }
        }
        if useAnchors { total += anchorCost(type, i, j, anchors) }
        return total
    }

    /// The length part of `cost` alone (0 for one-sided beads), for passes that only change the ratio.
    func lengthCost(_ type: BeadType, _ i: Int, _ j: Int, ko: [ParagraphFeatures], en: [ParagraphFeatures], ratio: Double) -> Double {
        guard type.ko > 0 && type.en > 0 else { return 0 }
        var koLength = 0.0, enLength = 0.0
        for k in i..<(i + type.ko) { koLength += ko[k].length }
        for k in j..<(j + type.en) { enLength += en[k].length }
        return length.cost(korean: koLength, english: enLength, ratio: ratio)
    }

    /// Anchor evidence of a bead, read from the flat lists (sums in the same order as ever, so costs are bit-identical).
    private func anchorCost(_ type: BeadType, _ i: Int, _ j: Int, _ anchors: BeadAnchors) -> Double {
        var cost = 0.0
        let ko = anchors.ko, en = anchors.en
        if type.ko == 1 && type.en == 1 {
            cost += BeadCostModel.compare(ko, ko.range(i), en, en.range(j))
        } else {
            // Each paragraph's anchors count on their own (no credit for repeating an anchor across merged
            // paragraphs): found anywhere on the other side earns half the bonus, else the miss weight.
            // Entries without weight are skipped: adding 0 or -0 leaves the sum unchanged.
            if let koFound = anchors.koFound, let enFound = anchors.enFound, let koParts = anchors.koParts, let enParts = anchors.enParts,
               type.ko <= AnchorPartCosts.maximumRun, type.en <= AnchorPartCosts.maximumRun {
                // Per paragraph against the other side's run, each priced once per document (sums regrouped by
                // paragraph: costs equal the running sum below to rounding).
                for k in i..<(i + type.ko) { cost += koParts.value(k, j, type.en, ko, en, koFound) }
                for e in j..<(j + type.en) { cost += enParts.value(e, i, type.ko, en, ko, enFound) }
            } else if let koFound = anchors.koFound, let enFound = anchors.enFound {
                for k in i..<(i + type.ko) {
                    var found: UInt64 = 0
                    for e in j..<(j + type.en) { found |= koFound.mask(k, e, ko, en) }
                    var bit: UInt64 = 0
                    for index in ko.pricedEntries(k) {
                        let n = Int(index)
                        cost += (found >> bit) & 1 != 0 ? -0.5 * ko.bonus[n] : ko.miss[n]
                        bit += 1
                    }
                }
                for e in j..<(j + type.en) {
                    var found: UInt64 = 0
                    for k in i..<(i + type.ko) { found |= enFound.mask(e, k, en, ko) }
                    var bit: UInt64 = 0
                    for index in en.pricedEntries(e) {
                        let n = Int(index)
                        cost += (found >> bit) & 1 != 0 ? -0.5 * en.bonus[n] : en.miss[n]
                        bit += 1
                    }
                }
            } else {
                for k in i..<(i + type.ko) {
                    for index in ko.pricedEntries(k) {
                        let n = Int(index)
                        var found = false
                        for e in j..<(j + type.en) where en.contains(e, ko.keys[n]) { found = true; break }
                        cost += found ? -0.5 * ko.bonus[n] : ko.miss[n]
                    }
                }
                for e in j..<(j + type.en) {
                    for index in en.pricedEntries(e) {
                        let n = Int(index)
                        var found = false
                        for k in i..<(i + type.ko) where ko.contains(k, en.keys[n]) { found = true; break }
                        cost += found ? -0.5 * en.bonus[n] : en.miss[n]
                    }
                }
            }
        }
        // Latin-script tokens of the Korean text, looked up among the English words.
        let latin = anchors.koLatin, words = anchors.enWords
        for k in i..<(i + type.ko) {
            for index in latin.pricedEntries(k) {
                let n = Int(index)
                var found = false
                for e in j..<(j + type.en) where words.contains(e, latin.keys[n]) {
                    found = true
                    break
                }
                cost += found ? -latin.bonus[n] : latin.miss[n]
            }
        }
        return cost
    }

    /// Shared anchors earn the mean of both sides' bonuses; one-sided anchors cost their miss weight.
    @inline(__always)
    static func compare(_ ko: FlatAnchorLists, _ kr: Range<Int>, _ en: FlatAnchorLists, _ er: Range<Int>) -> Double {
        var cost = 0.0
        var a = kr.lowerBound, b = er.lowerBound
        let aEnd = kr.upperBound, bEnd = er.upperBound
        while a < aEnd || b < bEnd {
            if b == bEnd || (a < aEnd && ko.keys[a] < en.keys[b]) {
                cost += ko.miss[a]
                a += 1
            } else if a == aEnd || en.keys[b] < ko.keys[a] {
                cost += en.miss[b]
                b += 1
            } else {
                cost -= 0.5 * (ko.bonus[a] + en.bonus[b])
                a += 1
                b += 1
            }
        }
        return cost
    }

    static func union(_ lists: [[UInt64]]) -> [UInt64] {
        ParagraphFeatures.sortedUnique(lists.flatMap { $0 })
    }

    @inline(__always) static func contains(_ sorted: [UInt64], _ value: UInt64) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) >> 1
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }
}
