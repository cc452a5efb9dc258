import Foundation

/// Where the lattice gets each bead's cost: `cost(t, i, j, slot)` is the cost of the bead of shape `types[t]`
/// starting at Korean paragraph i and English paragraph j (infinity when not allowed), asked once per search for
/// every bead that stays inside the lattice and its band, in topological order; `slot` is `BeadLattice.slot(t, i, j)`.
protocol BeadCostSource {
    mutating func cost(_ t: Int, _ i: Int, _ j: Int, slot: Int) -> Double
    /// A lower bound of `cost(t, i, j, slot:)`, infinite exactly when the cost is, for the Viterbi-only search:
    /// a bead whose bound already keeps it from improving its target is never priced exactly.
    mutating func lowerBound(_ t: Int, _ i: Int, _ j: Int, slot: Int) -> Double
    /// For a lattice holding every pair (`BeadLattice.coversEveryPair`, cell (i, j) at i·(m + 1) + j): sets
    /// `costs[slot]` to `cost(t, i, j, slot:)` and, when `weight` is given, where the cost is finite, `weight[slot]`
    /// to exp(-cost · scale) for every bead inside the lattice, shape by shape in tight loops; false when the
    /// source prices bead by bead only (then nothing is written).
    mutating func fillEveryPair(n: Int, m: Int, shapes: Int, scale: Double, costs: UnsafeMutablePointer<Double>,
                                weight: UnsafeMutablePointer<Double>?) -> Bool
}

extension BeadCostSource {
    mutating func lowerBound(_ t: Int, _ i: Int, _ j: Int, slot: Int) -> Double {
        cost(t, i, j, slot: slot)
    }

    mutating func fillEveryPair(n: Int, m: Int, shapes: Int, scale: Double, costs: UnsafeMutablePointer<Double>,
                                weight: UnsafeMutablePointer<Double>?) -> Bool {
        false
    }
}

/// Dynamic programming over bead sequences: the cheapest path (Viterbi) and, by forward-backward over the same
/// costs read as negative log-probabilities, the posterior probability of each bead on that path, used as its
/// confidence. Cells are kept in a band around the diagonal so long documents stay O(n·band).
/// The band and every work table live in one allocation made by `init`, reused by each `search`: a document's
/// passes allocate nothing else.
struct BeadLattice: ~Copyable {
    let n: Int
    let m: Int
    let types: [BeadType]
    let cellCount: Int
    /// Whether every row holds every column (the band covers the whole lattice).
    let coversEveryPair: Bool
    private let tCount: Int
    private let maxKo: Int
    private let memory: UnsafeMutableRawPointer
    private let memoryBytes: Int
    // Band: row i holds columns lo[i]...hi[i], its cells at rowStart[i]..<rowStart[i + 1].
    private let lo: UnsafeMutablePointer<Int>
    private let hi: UnsafeMutablePointer<Int>
    private let rowStart: UnsafeMutablePointer<Int>
    private let typeKo: UnsafeMutablePointer<Int>
    private let typeEn: UnsafeMutablePointer<Int>
    /// Per slot: the cell the bead leads to (-1 when it leaves the lattice or the band), fixed by the shape.
    /// (32-bit: half the bytes to fill per document and to read per bead.)
    private let target: UnsafeMutablePointer<Int32>
    /// Per slot (cell and shape): the cell a bead of that shape ending at the cell starts from, or -1.
    private let origin: UnsafeMutablePointer<Int32>
    /// Per cell: the shape of the best bead reaching it.
    private let back: UnsafeMutablePointer<Int>
    /// Per shape: how far a bead moves its cell when the lattice holds every pair (a·(m + 1) + b).
    private let typeOffset: UnsafeMutablePointer<Int>
    /// Whether `target` and `origin` are filled (1) or not yet (0): a lattice holding every pair fills them only
    /// when a sweep that reads them runs (the Viterbi and scaled sweeps find cells by `typeOffset` then).
    private let tablesReady: UnsafeMutablePointer<Int>
    /// Per slot: cost, and exp(-cost / temperature) for the scaled sums.
    private let costs: UnsafeMutablePointer<Double>
    private let weight: UnsafeMutablePointer<Double>
    /// Per cell: best path cost, forward and backward sums.
    private let best: UnsafeMutablePointer<Double>
    private let alpha: UnsafeMutablePointer<Double>
    private let beta: UnsafeMutablePointer<Double>
    /// Per row: log2 of the row's scale (scaled sums, a whole number), and row factors for the bead heights 0...maxKo.
    private let alphaLog: UnsafeMutablePointer<Double>
    private let betaLog: UnsafeMutablePointer<Double>
    private let factor: UnsafeMutablePointer<Double>
    /// Per shape and column: the last cost of a 0:k bead seen in the column and its weight.
    private let columnCost: UnsafeMutablePointer<Double>
    private let columnWeight: UnsafeMutablePointer<Double>

    /// Band half-width: at least `minimumBand` columns, more when the lengths differ a lot.
    init(n: Int, m: Int, types: [BeadType], minimumBand: Int = 40) {
        self.n = n
        self.m = m
        self.types = types
        let tCount = types.count
        self.tCount = tCount
        var maxKo = 0
        for type in types { maxKo = max(maxKo, type.ko) }
        self.maxKo = maxKo
        let width = max(minimumBand, abs(n - m) + 10, min(max(n, m) / 10, 200))
        @inline(__always) func bounds(_ i: Int) -> (Int, Int) {
            let center = n == 0 ? 0 : (i * m) / n
            var lo = max(0, center - width)
            var hi = min(m, center + width)
            if i == n { hi = m; lo = min(lo, m) }
            if i == 0 { lo = 0 }
            return (lo, hi)
        }
        var cells = 0
        for i in 0...n {
            let (l, h) = bounds(i)
            cells += h - l + 1
        }
        cellCount = cells
        let slots = cells * tCount
        precondition(cells <= Int(Int32.max), "cell indices fit in 32 bits")
        let intWords = 3 * (n + 2) + 2 * tCount + cells + 2 * tCount + tCount + 1
        let doubleWords = 2 * slots + 3 * cells + 2 * (n + 1) + maxKo + 1 + 2 * tCount + 2 * tCount * (m + 1)
        // Two Int32 tables of `slots` entries after the doubles: `slots` words.
        (memory, memoryBytes) = ScratchMemoryPool.shared.take(bytes: 8 * (intWords + doubleWords + slots))
        let ints = memory.bindMemory(to: Int.self, capacity: intWords)
        let doubles = (memory + 8 * intWords).bindMemory(to: Double.self, capacity: doubleWords)
        let int32s = (memory + 8 * (intWords + doubleWords)).bindMemory(to: Int32.self, capacity: 2 * slots)
        lo = ints
        hi = ints + (n + 2)
        rowStart = ints + 2 * (n + 2)
        typeKo = ints + 3 * (n + 2)
        typeEn = typeKo + tCount
        target = int32s
        origin = int32s + slots
        back = typeEn + tCount
        // After `back`: two candidate lists of `viterbiOnly` (tCount each), then the offsets and the flag.
        typeOffset = back + cells + 2 * tCount
        tablesReady = typeOffset + tCount
        costs = doubles
        weight = costs + slots
        best = weight + slots
        alpha = best + cells
        beta = alpha + cells
        alphaLog = beta + cells
        betaLog = alphaLog + (n + 1)
        factor = betaLog + (n + 1)
        columnCost = factor + (maxKo + 1) + 2 * tCount
        columnWeight = columnCost + tCount * (m + 1)
        rowStart[0] = 0
        for i in 0...n {
            let (l, h) = bounds(i)
            lo[i] = l
            hi[i] = h
            rowStart[i + 1] = rowStart[i] + (h - l + 1)
        }
        for t in 0..<tCount {
            typeKo[t] = types[t].ko
            typeEn[t] = types[t].en
            typeOffset[t] = types[t].ko * (m + 1) + types[t].en
        }
        coversEveryPair = width >= m
        tablesReady[0] = 0
        if !coversEveryPair {
            for i in 0...n {
                for j in lo[i]...hi[i] {
                    let base = (rowStart[i] + j - lo[i]) * tCount
                    for t in 0..<tCount {
                        let ti = i + typeKo[t], tj = j + typeEn[t]
                        target[base + t] = ti > n || tj > m ? -1 : Int32(truncatingIfNeeded: cell(ti, tj))
                        let fi = i - typeKo[t], fj = j - typeEn[t]
                        origin[base + t] = fi < 0 || fj < 0 ? -1 : Int32(truncatingIfNeeded: cell(fi, fj))
                    }
                }
            }
            tablesReady[0] = 1
        }
    }

    /// Fills `target` and `origin` of a lattice holding every pair, once, for the sweeps that read them.
    private func ensureTables() {
        if tablesReady[0] != 0 { return }
        tablesReady[0] = 1
        let n = self.n, m = self.m, tCount = self.tCount
        do {
            // Every row holds every column (documents under 40 paragraphs a side): cell (i, j) is i·(m + 1) + j,
            // and a shape moves a bead's cell by the same offset everywhere.
            // Slot by slot in memory order: each cache line of the tables is written once, whole.
            let rowLength = m + 1
            let typeKo = self.typeKo, typeEn = self.typeEn, target = self.target, origin = self.origin
            if tCount == 8 && BeadLattice.fillEightShapes(n: n, m: m, typeKo: typeKo, typeEn: typeEn, target: target,
                                                          origin: origin) {
                return
            }
            var slot = 0
            for i in 0...n {
                for j in 0...m {
                    let here = i * rowLength + j
                    for t in 0..<tCount {
                        let a = typeKo[t], b = typeEn[t], offset = a * rowLength + b
                        target[slot] = i + a > n || j + b > m ? -1 : Int32(truncatingIfNeeded: here + offset)
                        origin[slot] = i < a || j < b ? -1 : Int32(truncatingIfNeeded: here - offset)
                        slot += 1
                    }
                }
            }
        }
    }

    deinit { ScratchMemoryPool.shared.giveBack(memory, bytes: memoryBytes) }

    /// The target and origin tables of a lattice holding every pair, for eight shapes (the sizes constant in the
    /// loop, wrapping arithmetic: no overflow checks per slot): the values of the general loop, -1 where the bead
    /// leaves the lattice. False when the cell indices might not fit in 32 bits (the caller fills the tables then).
    private static func fillEightShapes(n: Int, m: Int, typeKo: UnsafeMutablePointer<Int>, typeEn: UnsafeMutablePointer<Int>,
                                        target: UnsafeMutablePointer<Int32>, origin: UnsafeMutablePointer<Int32>) -> Bool {
        let rowLength = m + 1
        var maxKo = 0, maxEn = 0
        for t in 0..<8 {
            guard typeKo[t] >= 0 && typeEn[t] >= 0 else { return false }
            maxKo = max(maxKo, typeKo[t])
            maxEn = max(maxEn, typeEn[t])
        }
        guard (n + 1 + maxKo) * rowLength + maxEn < Int(Int32.max) else { return false }
        let ko = (typeKo[0], typeKo[1], typeKo[2], typeKo[3], typeKo[4], typeKo[5], typeKo[6], typeKo[7])
        let en = (typeEn[0], typeEn[1], typeEn[2], typeEn[3], typeEn[4], typeEn[5], typeEn[6], typeEn[7])
        var slot = 0
        var here = 0
        for i in 0...n {
            let koRoom = n &- i
            for j in 0...m {
                let enRoom = m &- j
                @inline(__always) func one(_ a: Int, _ b: Int) {
                    let offset = a &* rowLength &+ b
                    target[slot] = a <= koRoom && b <= enRoom ? Int32(truncatingIfNeeded: here &+ offset) : -1
                    origin[slot] = a <= i && b <= j ? Int32(truncatingIfNeeded: here &- offset) : -1
                    slot &+= 1
                }
                one(ko.0, en.0); one(ko.1, en.1); one(ko.2, en.2); one(ko.3, en.3)
                one(ko.4, en.4); one(ko.5, en.5); one(ko.6, en.6); one(ko.7, en.7)
                here &+= 1
            }
        }
        return true
    }

    @inline(__always) private func cell(_ i: Int, _ j: Int) -> Int {
        (i > n || j < lo[i] || j > hi[i]) ? -1 : rowStart[i] + j - lo[i]
    }

    /// Slots for per-bead values (one per cell and shape).
    var slotCount: Int { cellCount * tCount }

    /// The slot of the bead of shape `t` starting at (i, j); the cell is inside the band when asked by `search`.
    @inline(__always) func slot(_ t: Int, _ i: Int, _ j: Int) -> Int { cell(i, j) * tCount + t }

    /// Calls `body(t, i, j, slot)` for every bead the searches price: each shape from each cell of the band
    /// whose bead ends inside the lattice and the band.
    @inline(__always)
    func forEachBead(_ body: (_ t: Int, _ i: Int, _ j: Int, _ slot: Int) -> Void) {
        ensureTables()
        let target = self.target, tCount = self.tCount
        for i in 0...n {
            let rowLo = lo[i]
            for j in rowLo...hi[i] {
                let base = (rowStart[i] + j - rowLo) * tCount
                for t in 0..<tCount where target[base + t] >= 0 { body(t, i, j, base + t) }
            }
        }
    }

    struct Step {
        var type: BeadType
        var i: Int
        var j: Int
        var cost: Double
        var posterior: Double
    }

    /// How `search` sums paths for the posteriors: `.scaled` (probabilities with one scale factor per row, a
    /// multiply-add per transition) or `.logSpace` (log-sum-exp per transition, the reference).
    enum PosteriorMethod: Sendable {
        case scaled
        case logSpace
    }

    /// Adapts a closure to `BeadCostSource`.
    private struct ClosureCosts: BeadCostSource {
        let cost: (Int, Int, Int) -> Double
        func cost(_ t: Int, _ i: Int, _ j: Int, slot: Int) -> Double { cost(t, i, j) }
    }

    /// `search` with the costs from a closure `cost(t, i, j)`.
    func search(temperature: Double = 1, posteriors: Bool = true, method: PosteriorMethod = .scaled,
                cost: (Int, Int, Int) -> Double) -> [Step] {
        withoutActuallyEscaping(cost) { cost in
            var source = ClosureCosts(cost: cost)
            return search(&source, temperature: temperature, posteriors: posteriors, method: method)
        }
    }

    /// The best path as beads with their posteriors (1 when `posteriors` is false: Viterbi only).
    /// `temperature` scales costs for the posterior only.
    func search<Source: BeadCostSource>(_ source: inout Source, temperature: Double = 1, posteriors: Bool = true,
                                        method: PosteriorMethod = .scaled) -> [Step] {
        let slots = cellCount * tCount
        costs.initialize(repeating: .infinity, count: slots)
        best.initialize(repeating: .infinity, count: cellCount)
        back.initialize(repeating: -1, count: cellCount)
        best[0] = 0
        let scale = 1 / temperature
        if posteriors && method == .scaled {
            return scaledSearch(&source, scale: scale)
        }
        if !posteriors {
            viterbiOnly(&source)
            return bestPath(posterior: 1)
        }
        // Costs and Viterbi in one sweep, in topological order.
        ensureTables()
        for i in 0...n {
            for j in lo[i]...hi[i] {
                let here = rowStart[i] + j - lo[i]
                let b = best[here]
                let base = here * tCount
                for t in 0..<tCount {
                    let to = Int(target[base + t])
                    if to < 0 { continue }
                    let c = source.cost(t, i, j, slot: base + t)
                    costs[base + t] = c
                    if c == .infinity { continue }
                    if b + c < best[to] { best[to] = b + c; back[to] = t }
                }
            }
        }
        return logSpacePosteriors(scale: scale)
    }

    /// Viterbi alone, pulling into each cell from the beads that end there: the candidate with the least lower
    /// bound is priced exactly first, then each other one only while its bound could still win, so most beads
    /// never need the length model in this pass. The winner is the one the pushing sweep picks: the least path
    /// cost, and on a tie the bead from the earliest cell (the first pushed); it is the least (cost, cell) of all
    /// candidates whatever the order they are priced in, as a bead skipped has a bound, so a cost, beyond it
    /// (no sort needed). Only the winners' costs are stored (the path reads them).
    private func viterbiOnly<Source: BeadCostSource>(_ source: inout Source) {
        // The tables in locals: stores through them cannot change them, so they stay in registers.
        let n = self.n, m = self.m, tCount = self.tCount, lo = self.lo, hi = self.hi, rowStart = self.rowStart
        let typeKo = self.typeKo, typeEn = self.typeEn, origin = self.origin, best = self.best, back = self.back
        let costs = self.costs, typeOffset = self.typeOffset
        // A lattice holding every pair finds a bead's start cell by its shape's offset (no table read), with the
        // standard shapes as literals.
        let covers = coversEveryPair, standard = coversEveryPair && types == BeadType.standard, columns = m + 1
        let candidateT = back + cellCount
        let candidateFrom = candidateT + tCount
        let candidateBound = factor + (maxKo + 1)
        for i in 0...n {
            let rowLo = lo[i]
            for j in rowLo...hi[i] {
                let here = rowStart[i] + j - rowLo
                if here == 0 { continue }
                let base = here * tCount
                var count = 0
                // The candidate of least (b + bound, from): priced first, it sets the bar for the others.
                var first = 0, firstKey = Double.infinity, firstFrom = Int.max
                @inline(__always) func candidate(_ t: Int, _ a: Int, _ b: Int, _ from: Int) {
                    let pathCost = best[from]
                    if pathCost == .infinity { return }
                    let bound = source.lowerBound(t, i - a, j - b, slot: from * tCount + t)
                    if bound == .infinity { return }
                    let key = pathCost + bound
                    candidateBound[count] = key
                    candidateFrom[count] = from
                    candidateT[count] = t
                    if key < firstKey || (key == firstKey && from < firstFrom) {
                        first = count
                        firstKey = key
                        firstFrom = from
                    }
                    count += 1
                }
                if standard {
                    BeadLattice.forEachStandardShape(i, j, here: here, columns: columns) { t, a, b, from in candidate(t, a, b, from) }
                } else {
                    for t in 0..<tCount {
                        let from: Int
                        if covers {
                            if i < typeKo[t] || j < typeEn[t] { continue }
                            from = here - typeOffset[t]
                        } else {
                            from = Int(origin[base + t])
                            if from < 0 { continue }
                        }
                        candidate(t, typeKo[t], typeEn[t], from)
                    }
                }
                if count == 0 { continue }
                var winner = -1, winnerFrom = Int.max, winnerCost = 0.0
                var bestHere = Double.infinity
                for r in 0..<count {
                    // The first candidate, then the others in shape order.
                    let k = r == 0 ? first : (r <= first ? r - 1 : r)
                    let key = candidateBound[k], from = candidateFrom[k]
                    // b + cost >= b + bound = key: beyond the best, or equal but later, it cannot win.
                    if key > bestHere || (key == bestHere && from > winnerFrom) { continue }
                    let t = candidateT[k]
                    let c = source.cost(t, i - typeKo[t], j - typeEn[t], slot: from * tCount + t)
                    let v = best[from] + c
                    if v < bestHere || (v == bestHere && from < winnerFrom) {
                        bestHere = v
                        winner = t
                        winnerFrom = from
                        winnerCost = c
                    }
                }
                if winner >= 0 {
                    best[here] = bestHere
                    back[here] = winner
                    costs[winnerFrom * tCount + winner] = winnerCost
                }
            }
        }
    }

    /// Forward-backward with log-sum-exp per transition over the costs of the last sweep: the reference.
    private func logSpacePosteriors(scale: Double) -> [Step] {
        alpha.initialize(repeating: -.infinity, count: cellCount)
        beta.initialize(repeating: -.infinity, count: cellCount)
        alpha[0] = 0
        for i in 0...n {
            for j in lo[i]...hi[i] {
                let here = rowStart[i] + j - lo[i]
                let a = alpha[here]
                if best[here] == .infinity { continue }
                let base = here * tCount
                for t in 0..<tCount {
                    let c = costs[base + t]
                    if c == .infinity { continue }
                    let to = Int(target[base + t])
                    alpha[to] = BeadLattice.logAdd(alpha[to], a - c * scale)
                }
            }
        }
        beta[cellCount - 1] = 0
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: hi[i], through: lo[i], by: -1) {
                let here = rowStart[i] + j - lo[i]
                let base = here * tCount
                var acc = beta[here]
                for t in 0..<tCount {
                    let c = costs[base + t]
                    if c == .infinity { continue }
                    acc = BeadLattice.logAdd(acc, beta[Int(target[base + t])] - c * scale)
                }
                beta[here] = acc
            }
        }
        let z = alpha[cellCount - 1]
        var steps = bestPath(posterior: 0)

        // Posterior of each bead by identity: a one-sided bead is the same bead wherever the other side stands.
        for index in steps.indices {
            let step = steps[index]
            guard let t = types.firstIndex(of: step.type) else { continue }
            var logP = -Double.infinity
            if step.type.ko > 0 && step.type.en > 0 {
                let from = cell(step.i, step.j)
                logP = alpha[from] - costs[from * tCount + t] * scale + beta[cell(step.i + step.type.ko, step.j + step.type.en)]
            } else if step.type.en == 0 {
                let row = step.i
                for jj in lo[row]...hi[row] {
                    let from = cell(row, jj)
                    let c = costs[from * tCount + t]
                    guard c != .infinity else { continue }
                    let to = cell(row + step.type.ko, jj)
                    logP = BeadLattice.logAdd(logP, alpha[from] - c * scale + beta[to])
                }
            } else {
                let column = step.j
                for ii in 0...n where column >= lo[ii] && column <= hi[ii] {
                    let from = cell(ii, column)
                    let c = costs[from * tCount + t]
                    guard c != .infinity else { continue }
                    let to = cell(ii, column + step.type.en)
                    guard to >= 0 else { continue }
                    logP = BeadLattice.logAdd(logP, alpha[from] - c * scale + beta[to])
                }
            }
            let p = z.isFinite ? exp(logP - z) : 0
            steps[index].posterior = min(1, max(0, p))
        }
        return steps
    }

    /// The best path, traced back from the last cell through `back` (the bead shape that reached each cell),
    /// in document order, each step with its cost and `posterior` (filled in later when it is to be computed),
    /// its runs of one-sided beads in canonical order (`canonicalizeOneSidedRuns`).
    private func bestPath(posterior: Double) -> [Step] {
        var steps = tracedPath(posterior: posterior)
        BeadLattice.canonicalizeOneSidedRuns(&steps)
        return steps
    }

    /// Puts each run of adjacent one-sided beads (k:0 and 0:k) in one order: every Korean-only bead first, then
    /// every English-only one, each side in document order. Any order of such a run costs the same, so which one
    /// the search keeps is decided by the last bit of rounded sums; the canonical order makes the path
    /// independent of how the costs were summed. A one-sided bead keeps its paragraphs and its cost (the same
    /// wherever the other side stands), so its posterior (computed by identity) is unchanged too.
    static func canonicalizeOneSidedRuns(_ steps: inout [Step]) {
        var start = 0
        let count = steps.count
        while start < count {
            guard steps[start].type.ko == 0 || steps[start].type.en == 0 else { start += 1; continue }
            var end = start + 1
            var ordered = true
            var sawEnglishOnly = steps[start].type.ko == 0
            while end < count && (steps[end].type.ko == 0 || steps[end].type.en == 0) {
                if steps[end].type.ko == 0 { sawEnglishOnly = true } else if sawEnglishOnly { ordered = false }
                end += 1
            }
            if !ordered {
                let run = Array(steps[start..<end])
                var i = run[0].i, j = run[0].j
                var index = start
                for step in run where step.type.en == 0 {
                    steps[index] = Step(type: step.type, i: i, j: j, cost: step.cost, posterior: step.posterior)
                    i += step.type.ko
                    index += 1
                }
                for step in run where step.type.en != 0 {
                    steps[index] = Step(type: step.type, i: i, j: j, cost: step.cost, posterior: step.posterior)
                    j += step.type.en
                    index += 1
                }
            }
            start = end
        }
    }

    private func tracedPath(posterior: Double) -> [Step] {
        var count = 0
        var i = n, j = m
        while i > 0 || j > 0 {
            let t = back[cell(i, j)]
            guard t >= 0 else { break }
            i -= typeKo[t]
            j -= typeEn[t]
            count += 1
        }
        return [Step](unsafeUninitializedCapacity: count) { buffer, initialized in
            var i = n, j = m, index = count
            while index > 0 {
                let t = back[cell(i, j)]
                i -= typeKo[t]
                j -= typeEn[t]
                index -= 1
                buffer.initializeElement(at: index, to: Step(type: types[t], i: i, j: j, cost: costs[cell(i, j) * tCount + t],
                                                             posterior: posterior))
            }
            initialized = count
        }
    }

    /// Viterbi and forward-backward in probability space: each bead's weight exp(-cost / temperature) once,
    /// then a multiply-add per transition. Every row keeps its own scale, a power of two (the row is multiplied
    /// by 2^-e once complete, e the exponent of its largest value: exact, and the row factors and posteriors need
    /// no exp or log), so long documents never underflow; within a row a Double spans 700 nats, far beyond
    /// any path that could move a posterior. Posteriors equal the log-space ones to rounding (checked by a test).
    /// Viterbi and the forward sums share one sweep: a cell's forward sum pulls from beads that start in cells
    /// already swept, then the beads starting at the cell are pushed.
    private func scaledSearch<Source: BeadCostSource>(_ source: inout Source, scale: Double) -> [Step] {
        // The tables in locals: stores through them cannot change them, so they stay in registers.
        let n = self.n, m = self.m, tCount = self.tCount, maxKo = self.maxKo, cellCount = self.cellCount
        let lo = self.lo, hi = self.hi, rowStart = self.rowStart, typeKo = self.typeKo
        let target = self.target, origin = self.origin, back = self.back, costs = self.costs, weight = self.weight
        let best = self.best, alpha = self.alpha, beta = self.beta, alphaLog = self.alphaLog, betaLog = self.betaLog
        let factor = self.factor, typeEn = self.typeEn, typeOffset = self.typeOffset
        // A lattice holding every pair finds a bead's start and end cells by its shape's offset (no table read),
        // with the standard shapes as literals.
        let covers = coversEveryPair, standard = coversEveryPair && types == BeadType.standard
        let slots = cellCount * tCount
        weight.initialize(repeating: 0, count: slots)
        alpha.initialize(repeating: 0, count: cellCount)
        // Each row's scale as a power of two: true alpha = alpha · 2^alphaLog[row], the same for beta (whole
        // numbers held in Doubles).
        alpha[0] = 1
        // Every bead's cost and weight first, in a loop of its own: no bead waits for another's, so the length
        // model's divisions and logs of successive beads overlap.
        // A shape's last cost and weight: a 1:0 bead costs the same all along its row; a 0:k bead costs the
        // same all down its column, kept per column (the same cost gives the same exp).
        let lastCost = factor + (maxKo + 1), lastWeight = lastCost + tCount
        lastCost.initialize(repeating: .nan, count: tCount)
        let columns = m + 1
        let columnCost = self.columnCost, columnWeight = self.columnWeight
        columnCost.initialize(repeating: .nan, count: tCount * columns)
        let filled = coversEveryPair
            && source.fillEveryPair(n: n, m: m, shapes: tCount, scale: scale, costs: costs, weight: weight)
        if !filled { ensureTables() }
        for i in 0...n where !filled {
            let rowLo = lo[i]
            for j in rowLo...hi[i] {
                let base = (rowStart[i] + j - rowLo) * tCount
                for t in 0..<tCount where target[base + t] >= 0 {
                    let c = source.cost(t, i, j, slot: base + t)
                    costs[base + t] = c
                    if c == .infinity { continue }
                    if typeKo[t] == 0 {
                        let k = t * columns + j
                        if c != columnCost[k] {
                            columnCost[k] = c
                            columnWeight[k] = exp(-c * scale)
                        }
                        weight[base + t] = columnWeight[k]
                    } else {
                        if c != lastCost[t] {
                            lastCost[t] = c
                            lastWeight[t] = exp(-c * scale)
                        }
                        weight[base + t] = lastWeight[t]
                    }
                }
            }
        }
        for i in 0...n {
            alphaLog[i] = i == 0 ? 0 : alphaLog[i - 1]
            // Row factors: exp(scale of row i - k - scale of row i) for the k rows a bead spans; exp(0) is 1
            // exactly, so no call for beads within the row.
            factor[0] = 1
            for k in 1...max(1, maxKo) where k <= maxKo {
                factor[k] = i - k >= 0 ? BeadLattice.powerOfTwo(alphaLog[i - k] - alphaLog[i]) : 0
            }
            var rowMax = 0.0
            let rowLo = lo[i]
            for j in rowLo...hi[i] {
                let here = rowStart[i] + j - rowLo
                // Forward and Viterbi, pulling from each bead's start cell (its sums and costs are final). The
                // Viterbi winner is the one a pushing sweep picks: the least path cost, on a tie the bead from the
                // earliest cell (the first pushed). A bead of weight 0 adds 0 to the sum.
                var acc = alpha[here]
                let base = here * tCount
                var bestHere = best[here], winner = -1, winnerFrom = Int.max
                @inline(__always) func pull(_ t: Int, _ a: Int, _ from: Int) {
                    let c = costs[from * tCount + t]
                    if c == .infinity { return }
                    acc += alpha[from] * weight[from * tCount + t] * factor[a]
                    let v = best[from] + c
                    if v < bestHere || (winner >= 0 && v == bestHere && from < winnerFrom) {
                        bestHere = v
                        winner = t
                        winnerFrom = from
                    }
                }
                if standard {
                    // In shape order, the sums' order.
                    BeadLattice.forEachStandardShape(i, j, here: here, columns: columns) { t, a, _, from in pull(t, a, from) }
                } else {
                    for t in 0..<tCount {
                        let from: Int
                        if covers {
                            if i < typeKo[t] || j < typeEn[t] { continue }
                            from = here - typeOffset[t]
                        } else {
                            from = Int(origin[base + t])
                            if from < 0 { continue }
                        }
                        pull(t, typeKo[t], from)
                    }
                }
                alpha[here] = acc
                rowMax = max(rowMax, acc)
                if winner >= 0 {
                    best[here] = bestHere
                    back[here] = winner
                }
            }
            if rowMax > 0 && rowMax.isFinite {
                let e = rowMax.exponent
                BeadLattice.scaleRow(alpha + rowStart[i], count: rowStart[i + 1] - rowStart[i], exponent: -e)
                alphaLog[i] += Double(e)
            }
        }
        // Backward, pulling from each bead's end cell.
        for i in stride(from: n, through: 0, by: -1) {
            betaLog[i] = i == n ? 0 : betaLog[i + 1]
            factor[0] = 1
            for k in 1...max(1, maxKo) where k <= maxKo {
                factor[k] = i + k <= n ? BeadLattice.powerOfTwo(betaLog[i + k] - betaLog[i]) : 0
            }
            var rowMax = 0.0
            let rowLo = lo[i]
            for j in stride(from: hi[i], through: rowLo, by: -1) {
                let here = rowStart[i] + j - rowLo
                let base = here * tCount
                var acc = here == cellCount - 1 ? 1.0 : 0.0
                if standard {
                    // Only a bead inside the lattice has a weight; the standard shapes as literals, in shape order.
                    @inline(__always) func shape(_ t: Int, _ a: Int, _ b: Int) {
                        let w = weight[base + t]
                        if w != 0 { acc += w * beta[here + (a * columns + b)] * factor[a] }
                    }
                    shape(0, 1, 1); shape(1, 1, 0); shape(2, 0, 1); shape(3, 2, 1)
                    shape(4, 1, 2); shape(5, 2, 2); shape(6, 3, 1); shape(7, 1, 3)
                } else {
                    for t in 0..<tCount {
                        let w = weight[base + t]
                        if w == 0 { continue }
                        // Only a bead inside the lattice has a weight.
                        let to = covers ? here + typeOffset[t] : Int(target[base + t])
                        acc += w * beta[to] * factor[typeKo[t]]
                    }
                }
                beta[here] = acc
                rowMax = max(rowMax, acc)
            }
            if rowMax > 0 && rowMax.isFinite {
                let e = rowMax.exponent
                BeadLattice.scaleRow(beta + rowStart[i], count: rowStart[i + 1] - rowStart[i], exponent: -e)
                betaLog[i] += Double(e)
            }
        }
        // Z = alpha[last] · 2^alphaLog[n]; a posterior is alpha · weight · beta · 2^(row scales - alphaLog[n]) / alpha[last].
        let zLast = alpha[cellCount - 1], zExponent = alphaLog[n]
        let zFinite = zLast > 0 && zLast.isFinite

        var steps = bestPath(posterior: 0)

        // Posterior of each bead by identity: a one-sided bead is the same bead wherever the other side stands.
        for index in steps.indices {
            let step = steps[index]
            guard let t = types.firstIndex(of: step.type) else { continue }
            var p = 0.0
            if step.type.ko > 0 && step.type.en > 0 {
                let from = cell(step.i, step.j)
                p = alpha[from] * weight[from * tCount + t] * beta[cell(step.i + step.type.ko, step.j + step.type.en)]
            } else if step.type.en == 0 {
                let row = step.i
                for jj in lo[row]...hi[row] {
                    let from = cell(row, jj)
                    let w = weight[from * tCount + t]
                    guard w != 0 else { continue }
                    let to = cell(row + step.type.ko, jj)
                    p += alpha[from] * w * beta[to]
                }
            } else {
                // A 0:k bead stays in its row: sum over every row that holds the column, each with its own scales.
                let column = step.j
                for ii in 0...n where column >= lo[ii] && column <= hi[ii] {
                    let from = cell(ii, column)
                    let w = weight[from * tCount + t]
                    guard w != 0 else { continue }
                    let to = cell(ii, column + step.type.en)
                    guard to >= 0 else { continue }
                    p += BeadLattice.timesPowerOfTwo(alpha[from] * w * beta[to], alphaLog[ii] + betaLog[ii] - zExponent)
                }
                steps[index].posterior = zFinite ? min(1, max(0, p / zLast)) : 0
                continue
            }
            let posterior = BeadLattice.timesPowerOfTwo(p, alphaLog[step.i] + betaLog[step.i + step.type.ko] - zExponent) / zLast
            steps[index].posterior = zFinite ? min(1, max(0, posterior)) : 0
        }
        return steps
    }

    /// Calls `body(t, a, b, from)` for each standard shape (`BeadType.standard`, in its order) that fits at cell
    /// (i, j) of a lattice holding every pair, with the shape's sizes as literals and its start cell by offset:
    /// no table read. The Viterbi and the scaled sweeps both walk the shapes so.
    @inline(__always)
    static func forEachStandardShape(_ i: Int, _ j: Int, here: Int, columns: Int, _ body: (Int, Int, Int, Int) -> Void) {
        @inline(__always) func shape(_ t: Int, _ a: Int, _ b: Int) {
            if i >= a && j >= b { body(t, a, b, here - (a * columns + b)) }
        }
        shape(0, 1, 1); shape(1, 1, 0); shape(2, 0, 1); shape(3, 2, 1)
        shape(4, 1, 2); shape(5, 2, 2); shape(6, 3, 1); shape(7, 1, 3)
    }

    /// 2^e for a whole number e (0 below the smallest subnormal, infinity above the largest Double).
    @inline(__always) static func powerOfTwo(_ e: Double) -> Double {
        if e < -1074 { return 0 }
        if e > 1023 { return .infinity }
        return e >= -1022 ? Double(sign: .plus, exponent: Int(e), significand: 1) : 0x1p-1022 * Double(sign: .plus, exponent: Int(e) + 1022, significand: 1)
    }

    /// x · 2^e, e whole, in steps a Double can hold (exact but where the result leaves the normal range).
    @inline(__always) static func timesPowerOfTwo(_ x: Double, _ e: Double) -> Double {
        var x = x, e = e
        while e > 1000 { x *= 0x1p1000; e -= 1000 }
        while e < -1000 { x *= 0x1p-1000; e += 1000 }
        return x * Double(sign: .plus, exponent: Int(e), significand: 1)
    }

    /// Multiplies `count` values by 2^exponent (exact but for results below the normal range).
    @inline(__always) static func scaleRow(_ row: UnsafeMutablePointer<Double>, count: Int, exponent: Int) {
        if exponent >= -1000 && exponent <= 1000 {
            let factor = Double(sign: .plus, exponent: exponent, significand: 1)
            for k in 0..<count { row[k] *= factor }
        } else {
            for k in 0..<count { row[k] = timesPowerOfTwo(row[k], Double(exponent)) }
        }
    }

    @inline(__always) static func logAdd(_ a: Double, _ b: Double) -> Double {
        if a == -.infinity { return b }
        if b == -.infinity { return a }
        // Beyond 30 nats the smaller term changes nothing a Double can hold.
        let d = a - b
        if d > 30 { return a }
        if d < -30 { return b }
        return d > 0 ? a + log1p(exp(-d)) : b + log1p(exp(d))
    }
}
