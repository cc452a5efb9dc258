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

    /// The constants a bead's cost reads, as negative logs, per shape of `BeadType.standard`: the values the
    /// priors above give, computed once per process instead of looked up and logged per document.
    enum Constants {
        /// -ln prior per shape for text (8 values) and for captions (8; infinity when the shape is not allowed).
        static let textPrior = 0
        static let captionPrior = 8
        /// -ln `headingAlonePrior`, and ln `headingBodyPrior`.
        static let headingAlone = 16
        static let headingBodyLog = 17
        /// `sentenceDifferenceCost` for d = -2...2.
        static let sentence = 18
        static let count = 23

        nonisolated(unsafe) static let standard: UnsafePointer<Double> = {
            let types = BeadType.standard
            precondition(types.count == 8)
            let table = UnsafeMutablePointer<Double>.allocate(capacity: count)
            for (t, type) in types.enumerated() {
                table[textPrior + t] = textPriors[type].map { -log($0) } ?? .infinity
                table[captionPrior + t] = captionPriors[type].map { -log($0) } ?? .infinity
            }
            table[headingAlone] = -log(headingAlonePrior)
            table[headingBodyLog] = log(headingBodyPrior)
            for d in 0..<5 { table[sentence + d] = sentenceDifferenceCost[d] }
            return UnsafePointer(table)
        }()
    }

    /// Everything in the cost of the bead of `a` Korean paragraphs from i and `b` English ones from j, of shape
    /// index `t` in `BeadType.standard`, but the length term (which depends on the ratio): prior, headings,
    /// sentence counts, anchors. Infinity when the paragraphs' classes forbid the bead.
    @inline(__always)
    func fixedCost(_ t: Int, _ a: Int, _ b: Int, _ i: Int, _ j: Int, _ paragraphs: BeadParagraphs, _ anchors: UnsafePointer<BeadAnchors>,
                   _ constants: UnsafePointer<Double>) -> Double {
        // Class of the bead: all paragraphs must share one.
        var cls = BeadParagraphs.noClass
        var headings = 0
        for k in i..<(i + a) {
            let kind = paragraphs.koKind[k]
            let c = kind & BeadParagraphs.classMask
            if cls == BeadParagraphs.noClass { cls = c } else if cls != c { return .infinity }
            headings += Int(kind >> BeadParagraphs.headingShift)
        }
        for k in j..<(j + b) {
            let kind = paragraphs.enKind[k]
            let c = kind & BeadParagraphs.classMask
            if cls == BeadParagraphs.noClass { cls = c } else if cls != c { return .infinity }
            headings += Int(kind >> BeadParagraphs.headingShift)
        }
        var total: Double
        switch cls {
        case BeadParagraphs.text:
            total = constants[Constants.textPrior + t]
            if headings > 0 {
                // Headings stand alone or face one paragraph; they are never merged with body text.
                if a > 1 || b > 1 { return .infinity }
                if a == 0 || b == 0 { total = constants[Constants.headingAlone] }
                else if headings == 1 { total -= constants[Constants.headingBodyLog] }
            }
        case BeadParagraphs.caption:
            total = constants[Constants.captionPrior + t]
        case BeadParagraphs.none:
            return a + b == 1 ? 0 : .infinity
        default:
            return .infinity
        }
        if total == .infinity { return total }

        if a > 0 && b > 0 && useSentences && cls == BeadParagraphs.text {
            var difference = 0
            for k in i..<(i + a) { difference -= paragraphs.koSentences[k] }
            for k in j..<(j + b) { difference += paragraphs.enSentences[k] }
            total += abs(difference) <= 2
                ? constants[Constants.sentence + difference + 2]
                : BeadCostModel.sentenceDifferenceFar
        }
        if useAnchors { total += anchorCost(a, b, i, j, anchors) }
        return total
    }

    /// `fixedCost` of a two-sided bead (a, b >= 1) from its runs' summaries (`RunSummaries`): the same checks and
    /// the same sums, without a pass over the paragraphs per bead.
    @inline(__always)
    func fixedCost(_ t: Int, _ a: Int, _ b: Int, _ i: Int, _ j: Int, koRun: RunSummaries.Run, enRun: RunSummaries.Run,
                   _ anchors: UnsafePointer<BeadAnchors>, _ constants: UnsafePointer<Double>) -> Double {
        var total = costWithoutAnchors(t, a, b, koRun: koRun, enRun: enRun, constants)
        if total == .infinity { return total }
        if useAnchors { total += anchorCost(a, b, i, j, anchors) }
        return total
    }

    /// `fixedCost` of a two-sided bead from its runs' summaries but the anchor term (added last): prior, headings,
    /// sentences; infinity when the classes forbid the bead.
    @inline(__always)
    func costWithoutAnchors(_ t: Int, _ a: Int, _ b: Int, koRun: RunSummaries.Run, enRun: RunSummaries.Run,
                            _ constants: UnsafePointer<Double>) -> Double {
        // Class of the bead: all paragraphs must share one.
        let cls = koRun.cls
        if cls != enRun.cls || cls == RunSummaries.mixed { return .infinity }
        let headings = koRun.headings + enRun.headings
        var total: Double
        switch cls {
        case BeadParagraphs.text:
            total = constants[Constants.textPrior + t]
            if headings > 0 {
                // Headings stand alone or face one paragraph; they are never merged with body text.
                if a > 1 || b > 1 { return .infinity }
                if headings == 1 { total -= constants[Constants.headingBodyLog] }
            }
        case BeadParagraphs.caption:
            total = constants[Constants.captionPrior + t]
        default:
            // `none` paragraphs are always alone.
            return .infinity
        }
        if total == .infinity { return total }
        if useSentences && cls == BeadParagraphs.text {
            let difference = enRun.sentences - koRun.sentences
            total += abs(difference) <= 2
                ? constants[Constants.sentence + difference + 2]
                : BeadCostModel.sentenceDifferenceFar
        }
        return total
    }

    /// Anchor evidence of a bead of `a` Korean paragraphs from i and `b` English ones from j, read from the flat
    /// lists (sums in the same order as ever, so costs are bit-identical).
    @inline(__always)
    private func anchorCost(_ a: Int, _ b: Int, _ i: Int, _ j: Int, _ anchors: UnsafePointer<BeadAnchors>) -> Double {
        var cost = 0.0
        let ko = anchors.pointee.ko, en = anchors.pointee.en
        if anchors.pointee.partsComputed, let koParts = anchors.pointee.koParts, let enParts = anchors.pointee.enParts,
           a <= AnchorPartCosts.maximumRun, b <= AnchorPartCosts.maximumRun {
            // Every part computed: plain reads, the same sums in the same order as below (a paragraph without
            // weighted anchors has a part of 0, which leaves the sum as it is).
            for k in i..<(i + a) { cost += koParts.computed(k, j, b) }
            for e in j..<(j + b) { cost += enParts.computed(e, i, a) }
            if let latinParts = anchors.pointee.latinParts {
                for k in i..<(i + a) { cost += latinParts.computed(k, j, b) }
                return cost
            }
            return addingLatinCost(cost, a, b, i, j, anchors)
        }
        // Each paragraph's anchors count on their own (no credit for repeating an anchor across merged
        // paragraphs): found anywhere on the other side earns half the bonus, else the miss weight. In a 1:1 bead
        // that is `compare`: a shared anchor earns half of each side's bonus.
        // Entries without weight are skipped: adding 0 or -0 leaves the sum unchanged.
        if let koFound = anchors.pointee.koFound, let enFound = anchors.pointee.enFound, let koParts = anchors.pointee.koParts,
           let enParts = anchors.pointee.enParts,
           a <= AnchorPartCosts.maximumRun, b <= AnchorPartCosts.maximumRun {
            // Per paragraph against the other side's run, each priced once per document and shared by every shape
            // that holds it (a 1:1 bead's two parts serve 2:1, 1:2, 3:1 and 1:3 beads too; sums regrouped by
            // paragraph: costs equal `compare` and the running sum below to rounding).
            // A paragraph without weighted anchors adds 0 (skipped: the sum is unchanged).
            for k in i..<(i + a) where ko.pricedStart[k + 1] != ko.pricedStart[k] {
                cost += koParts.value(k, j, b, ko, en, koFound)
            }
            for e in j..<(j + b) where en.pricedStart[e + 1] != en.pricedStart[e] {
                cost += enParts.value(e, i, a, en, ko, enFound)
            }
        } else if a == 1 && b == 1 {
            cost += BeadCostModel.compare(ko, ko.range(i), en, en.range(j))
        } else {
            if let koFound = anchors.pointee.koFound, let enFound = anchors.pointee.enFound {
                for k in i..<(i + a) {
                    var found: UInt64 = 0
                    for e in j..<(j + b) { found |= koFound.mask(k, e, ko, en) }
                    var bit: UInt64 = 0
                    for index in ko.pricedEntries(k) {
                        let n = Int(index)
                        cost += (found >> bit) & 1 != 0 ? -0.5 * ko.bonus[n] : ko.miss[n]
                        bit += 1
                    }
                }
                for e in j..<(j + b) {
                    var found: UInt64 = 0
                    for k in i..<(i + a) { found |= enFound.mask(e, k, en, ko) }
                    var bit: UInt64 = 0
                    for index in en.pricedEntries(e) {
                        let n = Int(index)
                        cost += (found >> bit) & 1 != 0 ? -0.5 * en.bonus[n] : en.miss[n]
                        bit += 1
                    }
                }
            } else {
                for k in i..<(i + a) {
                    for index in ko.pricedEntries(k) {
                        let n = Int(index)
                        var found = false
                        for e in j..<(j + b) where en.contains(e, ko.keys[n]) { found = true; break }
                        cost += found ? -0.5 * ko.bonus[n] : ko.miss[n]
                    }
                }
                for e in j..<(j + b) {
                    for index in en.pricedEntries(e) {
                        let n = Int(index)
                        var found = false
                        for k in i..<(i + a) where ko.contains(k, en.keys[n]) { found = true; break }
                        cost += found ? -0.5 * en.bonus[n] : en.miss[n]
                    }
                }
            }
        }
        // Latin-script tokens of the Korean text, looked up among the English words: per Korean paragraph against
        // the English run, priced once per document (sums regrouped by paragraph: equal to rounding).
        let latin = anchors.pointee.koLatin, words = anchors.pointee.enWords
        if let latinFound = anchors.pointee.latinFound, let latinParts = anchors.pointee.latinParts,
           a <= AnchorPartCosts.maximumRun, b <= AnchorPartCosts.maximumRun {
            for k in i..<(i + a) where latin.pricedStart[k + 1] != latin.pricedStart[k] {
                cost += latinParts.value(k, j, b, latin, words, latinFound, bonusFactor: -1)
            }
            return cost
        }
        return addingLatinCost(cost, a, b, i, j, anchors)
    }

    /// `cost` plus the Latin tokens' part of `anchorCost` without the part tables (each token searched in the
    /// English run), term by term onto the running sum as ever.
    func addingLatinCost(_ cost: Double, _ a: Int, _ b: Int, _ i: Int, _ j: Int,
                                 _ anchors: UnsafePointer<BeadAnchors>) -> Double {
        let latin = anchors.pointee.koLatin, words = anchors.pointee.enWords
        var cost = cost
        for k in i..<(i + a) {
            for index in latin.pricedEntries(k) {
                let n = Int(index)
                var found = false
                for e in j..<(j + b) where words.contains(e, latin.keys[n]) {
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
