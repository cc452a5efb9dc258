import Foundation

/// The bead costs of one document for `BeadLattice.search`: everything but the length term is the same in
/// every pass, so it is computed on first use per bead and kept; each pass then adds the length model at its
/// ratio, from run lengths summed once per paragraph run (and the English runs' expected Korean length once per
/// run and pass).
struct ParagraphBeadCosts: BeadCostSource {
    let model: BeadCostModel
    let paragraphs: BeadParagraphs
    /// In the arena: passed on by address, not copied per bead (it is 32 words).
    let anchors: UnsafePointer<BeadAnchors>
    let constants: UnsafePointer<Double>
    let tailTable: UnsafePointer<Double>
    /// Shape sizes, by shape index.
    let typeKo: UnsafePointer<Int>
    let typeEn: UnsafePointer<Int>
    /// Per slot: the cost without the length term (set by `priceFixed` for every bead of the lattice).
    let fixed: UnsafeMutablePointer<Double>
    /// Per Korean and English paragraph: the cost of the paragraph alone (a 1:0 or 0:1 bead), the same wherever
    /// the other side stands (NaN until computed).
    let koAlone: UnsafeMutablePointer<Double>
    let enAlone: UnsafeMutablePointer<Double>
    /// Runs of 1...`maximumRun` paragraphs, at `start * (maximumRun + 1) + count`: the Korean run's length and
    /// the English run's (summed in paragraph order, as a bead's lengths always were), and the English run's
    /// expected Korean length at the pass's ratio.
    let koRun: UnsafeMutablePointer<Double>
    let enRun: UnsafeMutablePointer<Double>
    let enExpected: UnsafeMutablePointer<Double>
    /// ln(length + 1) of each Korean run (once per document) and of each English run's expected length (once per
    /// pass): the length model's log taken per run, not per bead.
    let koRunLog: UnsafeMutablePointer<Double>
    let enExpectedLog: UnsafeMutablePointer<Double>
    /// Each run's class, headings and sentences, per side.
    let koRuns: RunSummaries
    let enRuns: RunSummaries
    /// The Korean-to-English length ratio of the pass (set with `setRatio`).
    private(set) var ratio: Double = .nan
    static let maximumRun = 3

    init(model: BeadCostModel, paragraphs: BeadParagraphs, anchors: BeadAnchors, types: [BeadType], n: Int, m: Int,
         slots: Int, arena: inout ScratchArena) {
        self.model = model
        self.paragraphs = paragraphs
        let stored = arena.take(BeadAnchors.self, 1)
        stored.initialize(to: anchors)
        self.anchors = UnsafePointer(stored)
        constants = BeadCostModel.Constants.standard
        tailTable = LengthModel.TailTable.shared
        let typeKo = arena.take(Int.self, types.count)
        let typeEn = arena.take(Int.self, types.count)
        for (t, type) in types.enumerated() {
            precondition(type.ko <= ParagraphBeadCosts.maximumRun && type.en <= ParagraphBeadCosts.maximumRun)
            typeKo[t] = type.ko
            typeEn[t] = type.en
        }
        self.typeKo = UnsafePointer(typeKo)
        self.typeEn = UnsafePointer(typeEn)
        koRuns = RunSummaries(count: n, kind: paragraphs.koKind, sentences: paragraphs.koSentences, arena: &arena)
        enRuns = RunSummaries(count: m, kind: paragraphs.enKind, sentences: paragraphs.enSentences, arena: &arena)
        fixed = arena.take(Double.self, slots)
        koAlone = arena.take(Double.self, n, repeating: .nan)
        enAlone = arena.take(Double.self, m, repeating: .nan)
        let width = ParagraphBeadCosts.maximumRun + 1
        koRun = arena.take(Double.self, n * width)
        enRun = arena.take(Double.self, m * width)
        enExpected = arena.take(Double.self, m * width)
        koRunLog = arena.take(Double.self, n * width)
        enExpectedLog = arena.take(Double.self, m * width)
        for i in 0..<n {
            var length = 0.0
            for count in 1..<width where i + count <= n {
                length += paragraphs.koLength[i + count - 1]
                koRun[i * width + count] = length
                koRunLog[i * width + count] = log(length + 1)
            }
        }
        for j in 0..<m {
            var length = 0.0
            for count in 1..<width where j + count <= m {
                length += paragraphs.enLength[j + count - 1]
                enRun[j * width + count] = length
            }
        }
    }

    static func bytes(types: Int, n: Int, m: Int, slots: Int) -> Int {
        2 * ScratchArena.bytes(Int.self, types) + ScratchArena.bytes(Double.self, slots) + ScratchArena.bytes(BeadAnchors.self, 1)
            + ScratchArena.bytes(Double.self, (2 * n + 3 * m) * (maximumRun + 1)) + ScratchArena.bytes(Double.self, n)
            + ScratchArena.bytes(Double.self, m) + RunSummaries.bytes(count: n) + RunSummaries.bytes(count: m)
    }

    /// Sets the pass's ratio and the English runs' expected lengths with it.
    mutating func setRatio(_ ratio: Double, m: Int) {
        self.ratio = ratio
        let width = ParagraphBeadCosts.maximumRun + 1
        for j in 0..<m {
            for count in 1..<width where j + count <= m {
                let expected = ratio * enRun[j * width + count]
                enExpected[j * width + count] = expected
                enExpectedLog[j * width + count] = log(expected + 1)
            }
        }
    }

    /// The fixed cost of a one-sided bead (1:0 or 0:1), computed once per paragraph: it costs the same wherever
    /// the other side stands.
    @inline(__always)
    private func aloneCost(_ t: Int, _ a: Int, _ b: Int, _ i: Int, _ j: Int) -> Double {
        let alone = a == 1 ? koAlone + i : enAlone + j
        if alone.pointee.isNaN { alone.pointee = model.fixedCost(t, a, b, i, j, paragraphs, anchors, constants) }
        return alone.pointee
    }

    /// Every bead's cost without the length term, once per document before the searches, in a loop of its own:
    /// the searches then read a table instead of carrying the whole cost model in their loops (every bead is
    /// priced by the posterior pass anyway). The values are those of `fixedCost` whatever the order.
    func priceFixed(_ lattice: borrowing BeadLattice) {
        let stored = anchors.pointee
        if model.useAnchors && stored.partsComputed && lattice.coversEveryPair, let koParts = stored.koParts,
           let enParts = stored.enParts,
           priceEveryPair(n: lattice.n, m: lattice.m, shapes: lattice.types.count, koParts, enParts, stored.latinParts) {
            return
        }
        if model.useAnchors && stored.partsComputed, let koParts = stored.koParts, let enParts = stored.enParts {
            // Every part computed: the anchor sums read the tables, held in locals rather than unwrapped per bead
            // (the sums of `anchorCost`, in its order).
            let latinParts = stored.latinParts
            lattice.forEachBead { t, i, j, slot in
                let a = typeKo[t], b = typeEn[t]
                if a + b == 1 {
                    fixed[slot] = aloneCost(t, a, b, i, j)
                    return
                }
                fixed[slot] = twoSidedCost(t, a, b, i, j, koRun: koRuns.run(i, a), koParts, enParts, latinParts)
            }
            return
        }
        lattice.forEachBead { t, i, j, slot in
            let a = typeKo[t], b = typeEn[t]
            if a + b == 1 {
                fixed[slot] = aloneCost(t, a, b, i, j)
            } else {
                fixed[slot] = model.fixedCost(t, a, b, i, j, koRun: koRuns.run(i, a), enRun: enRuns.run(j, b), anchors, constants)
            }
        }
    }

    /// `priceFixed` for a lattice holding every pair (cell (i, j) at i·(m + 1) + j) with every part computed:
    /// shape by shape, each shape's sizes constant in its loops, the same values bead by bead (the same sums in
    /// the same order; a one-sided bead's cost taken once per paragraph, as `aloneCost` does). False, with nothing
    /// written, when a shape is one-sided over more than one paragraph.
    private func priceEveryPair(n: Int, m: Int, shapes: Int, _ koParts: AnchorPartCosts, _ enParts: AnchorPartCosts,
                                _ latinParts: AnchorPartCosts?) -> Bool {
        for t in 0..<shapes where (typeKo[t] == 0 || typeEn[t] == 0) && typeKo[t] + typeEn[t] != 1 { return false }
        let rowLength = m + 1
        for t in 0..<shapes {
            let a = typeKo[t], b = typeEn[t]
            guard a <= n && b <= m else { continue }
            if a == 1 && b == 0 {
                // Paragraph i alone, the same cost at every j (first priced at j = 0, as the bead-by-bead order did).
                for i in 0..<n {
                    let cost = aloneCost(t, 1, 0, i, 0)
                    var slot = i * rowLength * shapes + t
                    for _ in 0...m {
                        fixed[slot] = cost
                        slot += shapes
                    }
                }
                continue
            }
            if a == 0 && b == 1 {
                for j in 0..<m {
                    let cost = aloneCost(t, 0, 1, 0, j)
                    var slot = j * shapes + t
                    for _ in 0...n {
                        fixed[slot] = cost
                        slot += rowLength * shapes
                    }
                }
                continue
            }
            // Literal sizes for the standard shapes: the paragraph loops unroll.
            switch (a, b) {
            case (1, 1): priceTwoSided(BeadShapeOf<RunOfOne, RunOfOne>.self, t, n: n, m: m, shapes: shapes, koParts, enParts, latinParts)
            case (2, 1): priceTwoSided(BeadShapeOf<RunOfTwo, RunOfOne>.self, t, n: n, m: m, shapes: shapes, koParts, enParts, latinParts)
            case (1, 2): priceTwoSided(BeadShapeOf<RunOfOne, RunOfTwo>.self, t, n: n, m: m, shapes: shapes, koParts, enParts, latinParts)
            case (2, 2): priceTwoSided(BeadShapeOf<RunOfTwo, RunOfTwo>.self, t, n: n, m: m, shapes: shapes, koParts, enParts, latinParts)
            case (3, 1): priceTwoSided(BeadShapeOf<RunOfThree, RunOfOne>.self, t, n: n, m: m, shapes: shapes, koParts, enParts, latinParts)
            case (1, 3): priceTwoSided(BeadShapeOf<RunOfOne, RunOfThree>.self, t, n: n, m: m, shapes: shapes, koParts, enParts, latinParts)
            default: priceTwoSided(t, a, b, n: n, m: m, shapes: shapes, koParts, enParts, latinParts)
            }
        }
        return true
    }

    /// `priceTwoSided` of a shape whose sizes are types: each shape gets code of its own, its sizes constants.
    private func priceTwoSided<S: BeadShapeSizes>(_: S.Type, _ t: Int, n: Int, m: Int, shapes: Int, _ koParts: AnchorPartCosts,
                                                  _ enParts: AnchorPartCosts, _ latinParts: AnchorPartCosts?) {
        priceTwoSided(t, S.ko, S.en, n: n, m: m, shapes: shapes, koParts, enParts, latinParts)
    }

    /// The fixed costs of the two-sided shape t (a:b) at every cell it fits from: `priceFixed`'s sums.
    @inline(__always)
    private func priceTwoSided(_ t: Int, _ a: Int, _ b: Int, n: Int, m: Int, shapes: Int, _ koParts: AnchorPartCosts,
                               _ enParts: AnchorPartCosts, _ latinParts: AnchorPartCosts?) {
        let rowLength = m + 1
        for i in 0...(n - a) {
            let koRun = koRuns.run(i, a)
            var slot = i * rowLength * shapes + t
            for j in 0...(m - b) {
                fixed[slot] = twoSidedCost(t, a, b, i, j, koRun: koRun, koParts, enParts, latinParts)
                slot += shapes
            }
        }
    }

    /// The fixed cost of the two-sided bead t (a:b) from cell (i, j) when every anchor part is computed: its cost
    /// without anchors plus its anchor parts, summed in `anchorCost`'s order (the general and the per-shape
    /// pricing loops share it, so they give the same bits).
    @inline(__always)
    private func twoSidedCost(_ t: Int, _ a: Int, _ b: Int, _ i: Int, _ j: Int, koRun: RunSummaries.Run,
                              _ koParts: AnchorPartCosts, _ enParts: AnchorPartCosts, _ latinParts: AnchorPartCosts?) -> Double {
        let total = model.costWithoutAnchors(t, a, b, koRun: koRun, enRun: enRuns.run(j, b), constants)
        if total == .infinity { return total }
        var cost = 0.0
        for k in i..<(i + a) { cost += koParts.computed(k, j, b) }
        for e in j..<(j + b) { cost += enParts.computed(e, i, a) }
        if let latinParts {
            for k in i..<(i + a) { cost += latinParts.computed(k, j, b) }
        } else {
            cost = model.addingLatinCost(cost, a, b, i, j, anchors)
        }
        return total + cost
    }

    /// Every bead's cost (and weight) for `BeadLattice.search` when the lattice holds every pair: `cost` of each
    /// bead, shape by shape (a Korean run's length and log read once per row, the row's costs in a loop without
    /// calls so the length model's divisions overlap, then their exps), and exp(-cost · scale) where finite when
    /// `weight` is given; a one-sided bead's weight taken once per paragraph (its cost is the same along its row
    /// or down its column).
    func fillEveryPair(n: Int, m: Int, shapes: Int, scale: Double, costs: UnsafeMutablePointer<Double>,
                       weight: UnsafeMutablePointer<Double>?) -> Bool {
        let width = ParagraphBeadCosts.maximumRun + 1, rowLength = m + 1
        let length = model.length, table = tailTable, fixed = self.fixed
        let enExpected = self.enExpected, enExpectedLog = self.enExpectedLog
        for t in 0..<shapes {
            let a = typeKo[t], b = typeEn[t]
            guard a <= n && b <= m && a + b > 0 else { continue }
            if a == 0 || b == 0 {
                var lastCost = Double.nan, lastWeight = 0.0
                @inline(__always) func one(_ slot: Int) {
                    let c = fixed[slot]
                    costs[slot] = c
                    guard let weight, c != .infinity else { return }
                    if c != lastCost {
                        lastCost = c
                        lastWeight = exp(-c * scale)
                    }
                    weight[slot] = lastWeight
                }
                if b == 0 {
                    for i in 0...(n - a) {
                        for j in 0...m { one((i * rowLength + j) * shapes + t) }
                    }
                } else {
                    for j in 0...(m - b) {
                        for i in 0...n { one((i * rowLength + j) * shapes + t) }
                    }
                }
                continue
            }
            let last = m - b
            for i in 0...(n - a) {
                let k = i * width + a
                let korean = koRun[k], logKorean = koRunLog[k]
                let first = i * rowLength * shapes + t
                var slot = first
                var e = b
                for _ in 0...last {
                    let base = fixed[slot]
                    costs[slot] = base == .infinity
                        ? base
                        : base + length.cost(korean: korean, logKorean: logKorean, expected: enExpected[e],
                                             logExpected: enExpectedLog[e], table: table)
                    slot &+= shapes
                    e &+= width
                }
                guard let weight else { continue }
                slot = first
                for _ in 0...last {
                    let c = costs[slot]
                    if c != .infinity { weight[slot] = exp(-c * scale) }
                    slot &+= shapes
                }
            }
        }
        return true
    }

    /// The cost without the length term (`priceFixed` first): a lower bound, as the length term is never
    /// negative (a tail probability's -ln).
    @inline(__always)
    func lowerBound(_ t: Int, _ i: Int, _ j: Int, slot: Int) -> Double {
        fixed[slot]
    }

    @inline(__always)
    func cost(_ t: Int, _ i: Int, _ j: Int, slot: Int) -> Double {
        let a = typeKo[t], b = typeEn[t]
        let base = lowerBound(t, i, j, slot: slot)
        if base == .infinity || a == 0 || b == 0 { return base }
        let k = i * (ParagraphBeadCosts.maximumRun + 1) + a, e = j * (ParagraphBeadCosts.maximumRun + 1) + b
        return base + model.length.cost(korean: koRun[k], logKorean: koRunLog[k], expected: enExpected[e],
                                         logExpected: enExpectedLog[e], table: tailTable)
    }
}

extension ParagraphAligner {
    /// The best path's beads with their unrounded posteriors: a Viterbi-only pass to re-estimate the length
    /// ratio from the links it finds, then the pass with posteriors.
    func steps(ko: [ParagraphFeatures], en: [ParagraphFeatures], model: BeadCostModel) -> [BeadLattice.Step] {
        ko.withUnsafeBufferPointer { ko in
            en.withUnsafeBufferPointer { en in steps(ko: ko, en: en, model: model) }
        }
    }

    private func steps(ko: UnsafeBufferPointer<ParagraphFeatures>, en: UnsafeBufferPointer<ParagraphFeatures>,
                       model: BeadCostModel) -> [BeadLattice.Step] {
        let types = BeadType.standard
        let lattice = BeadLattice(n: ko.count, m: en.count, types: types)
        // Every per-document table in one allocation.
        var arena = ScratchArena(bytes: BeadParagraphs.bytes(paragraphs: ko.count + en.count) + BeadAnchors.bytes(ko: ko, en: en)
                                     + ParagraphBeadCosts.bytes(types: types.count, n: ko.count, m: en.count, slots: lattice.slotCount))
        defer { arena.deallocate() }
        let paragraphs = BeadParagraphs(ko: ko, en: en, arena: &arena)
        var anchors = BeadAnchors(ko: ko, en: en, arena: &arena)
        // A lattice over every pair prices every part: computed in advance, in tight loops.
        if lattice.coversEveryPair { anchors.computeAllParts(n: ko.count, m: en.count) }

        var koText = 0.0, enText = 0.0, koTexts = 0, enTexts = 0
        for p in 0..<ko.count where paragraphs.koKind[p] & BeadParagraphs.classMask == BeadParagraphs.text {
            koText += paragraphs.koLength[p]
            koTexts += 1
        }
        for p in 0..<en.count where paragraphs.enKind[p] & BeadParagraphs.classMask == BeadParagraphs.text {
            enText += paragraphs.enLength[p]
            enTexts += 1
        }
        let ratio = LengthModel.ratio(korean: koText, english: enText, paragraphs: Double(min(koTexts, enTexts)))
        var costs = ParagraphBeadCosts(model: model, paragraphs: paragraphs, anchors: anchors, types: types,
                                       n: ko.count, m: en.count, slots: lattice.slotCount, arena: &arena)
        costs.setRatio(ratio, m: en.count)
        costs.priceFixed(lattice)
        // First pass: the best path only, to re-estimate the ratio from its links.
        let steps = lattice.search(&costs, temperature: temperature, posteriors: false, method: posteriorMethod)

        // Omitted and added paragraphs bias the whole-document ratio: re-estimate it from the links found.
        do {
            var koLinked = 0.0, enLinked = 0.0, links = 0.0
            let linkPrior = costs.constants[BeadCostModel.Constants.textPrior + 0]
            // 1:1 links only, each weighted by how well it fits (exp(-cost) against the 1:1 prior), so a
            // doubtful link moves the ratio little.
            for step in steps where step.type == BeadType(ko: 1, en: 1)
                && paragraphs.koKind[step.i] & BeadParagraphs.classMask == BeadParagraphs.text {
                let w = exp(-max(0, step.cost - linkPrior))
                koLinked += w * paragraphs.koLength[step.i]
                enLinked += w * paragraphs.enLength[step.j]
                links += 1
            }
            if koLinked > 0, enLinked > 0 {
                costs.setRatio(LengthModel.ratio(korean: koLinked, english: enLinked, paragraphs: links), m: en.count)
            }
        }
        return lattice.search(&costs, temperature: temperature, posteriors: true, method: posteriorMethod)
    }
}
