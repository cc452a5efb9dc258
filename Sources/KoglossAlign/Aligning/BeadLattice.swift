import Foundation

/// Dynamic programming over bead sequences: the cheapest path (Viterbi) and, by forward-backward over the same
/// costs read as negative log-probabilities, the posterior probability of each bead on that path, used as its
/// confidence. Cells are kept in a band around the diagonal so long documents stay O(n·band).
struct BeadLattice {
    let n: Int
    let m: Int
    let types: [BeadType]
    private let lo: [Int]
    private let hi: [Int]
    private let rowStart: [Int]
    private let cellCount: Int

    /// Band half-width: at least `minimumBand` columns, more when the lengths differ a lot.
    init(n: Int, m: Int, types: [BeadType], minimumBand: Int = 40) {
        self.n = n
        self.m = m
        self.types = types
        let width = max(minimumBand, abs(n - m) + 10, min(max(n, m) / 10, 200))
        var lo = [Int](repeating: 0, count: n + 1)
        var hi = [Int](repeating: 0, count: n + 1)
        var rowStart = [Int](repeating: 0, count: n + 2)
        for i in 0...n {
            let center = n == 0 ? 0 : (i * m) / n
            lo[i] = max(0, center - width)
            hi[i] = min(m, center + width)
            if i == n { hi[i] = m; lo[i] = min(lo[i], m) }
            if i == 0 { lo[i] = 0 }
            rowStart[i + 1] = rowStart[i] + (hi[i] - lo[i] + 1)
        }
        self.lo = lo
        self.hi = hi
        self.rowStart = rowStart
        self.cellCount = rowStart[n + 1]
    }

    @inline(__always) private func cell(_ i: Int, _ j: Int) -> Int {
        (i > n || j < lo[i] || j > hi[i]) ? -1 : rowStart[i] + j - lo[i]
    }

    /// Slots for per-bead values (one per cell and shape).
    var slotCount: Int { cellCount * types.count }

    /// The slot of the bead of shape `t` starting at (i, j); the cell is inside the band when asked by `search`.
    @inline(__always) func slot(_ t: Int, _ i: Int, _ j: Int) -> Int { cell(i, j) * types.count + t }

    struct Step {
        var type: BeadType
        var i: Int
        var j: Int
        var cost: Double
        var posterior: Double
    }

    /// The best path as beads with their posteriors. `cost(t, i, j)` is the cost of the bead of shape
    /// `types[t]` starting at Korean paragraph `i` and English paragraph `j` (infinity when not allowed).
    /// `temperature` scales costs for the posterior only.
    /// How `search` sums paths for the posteriors: `.scaled` (probabilities with one scale factor per row, a
    /// multiply-add per transition) or `.logSpace` (log-sum-exp per transition, the reference).
    enum PosteriorMethod: Sendable {
        case scaled
        case logSpace
    }

    func search(temperature: Double = 1, posteriors: Bool = true, method: PosteriorMethod = .scaled,
                cost: (Int, Int, Int) -> Double) -> [Step] {
        let tCount = types.count
        // Working tables through pointers: the sweeps below touch every cell and shape several times.
        let costs = UnsafeMutableBufferPointer<Double>.allocate(capacity: cellCount * tCount)
        costs.initialize(repeating: .infinity)
        // The cell each bead leads to (-1 when it leaves the lattice or the band), found once for all sweeps.
        let target = UnsafeMutableBufferPointer<Int>.allocate(capacity: cellCount * tCount)
        target.initialize(repeating: -1)
        let best = UnsafeMutableBufferPointer<Double>.allocate(capacity: cellCount)
        best.initialize(repeating: .infinity)
        let back = UnsafeMutableBufferPointer<Int>.allocate(capacity: cellCount)
        back.initialize(repeating: -1)
        let alpha = UnsafeMutableBufferPointer<Double>.allocate(capacity: cellCount)
        alpha.initialize(repeating: -.infinity)
        let beta = UnsafeMutableBufferPointer<Double>.allocate(capacity: posteriors ? cellCount : 0)
        beta.initialize(repeating: -.infinity)
        defer {
            costs.deallocate()
            target.deallocate()
            best.deallocate()
            back.deallocate()
            alpha.deallocate()
            beta.deallocate()
        }
        for i in 0...n {
            for j in lo[i]...hi[i] {
                let base = (rowStart[i] + j - lo[i]) * tCount
                for t in 0..<tCount {
                    let type = types[t]
                    if i + type.ko > n || j + type.en > m { continue }
                    let to = cell(i + type.ko, j + type.en)
                    if to < 0 { continue }
                    target[base + t] = to
                    costs[base + t] = cost(t, i, j)
                }
            }
        }
        // Viterbi and forward (log-sum-exp) in one sweep, in topological order.
        best[0] = 0
        alpha[0] = 0
        let scale = 1 / temperature
        if posteriors && method == .scaled {
            return scaledSearch(costs: costs, target: target, best: best, back: back, scale: scale)
        }
        for i in 0...n {
            for j in lo[i]...hi[i] {
                let here = rowStart[i] + j - lo[i]
                let b = best[here], a = alpha[here]
                if b == .infinity { continue }
                let base = here * tCount
                for t in 0..<tCount {
                    let c = costs[base + t]
                    if c == .infinity { continue }
                    let to = target[base + t]
                    if b + c < best[to] { best[to] = b + c; back[to] = t }
                    if posteriors { alpha[to] = BeadLattice.logAdd(alpha[to], a - c * scale) }
                }
            }
        }
        if posteriors { beta[cellCount - 1] = 0 }
        for i in stride(from: n, through: 0, by: -1) where posteriors {
            for j in stride(from: hi[i], through: lo[i], by: -1) {
                let here = rowStart[i] + j - lo[i]
                let base = here * tCount
                var acc = beta[here]
                for t in 0..<tCount {
                    let c = costs[base + t]
                    if c == .infinity { continue }
                    let to = target[base + t]
                    acc = BeadLattice.logAdd(acc, beta[to] - c * scale)
                }
                beta[here] = acc
            }
        }
        let z = alpha[cellCount - 1]
        if !posteriors { return bestPath(back: back, costs: costs, posterior: 1) }
        var steps = bestPath(back: back, costs: costs, posterior: 0)

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
    /// in document order, each step with its cost and `posterior` (filled in later when it is to be computed).
    private func bestPath(back: UnsafeMutableBufferPointer<Int>, costs: UnsafeMutableBufferPointer<Double>,
                          posterior: Double) -> [Step] {
        let tCount = types.count
        var steps: [Step] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let t = back[cell(i, j)]
            guard t >= 0 else { break }
            let type = types[t]
            let from = cell(i - type.ko, j - type.en)
            steps.append(Step(type: type, i: i - type.ko, j: j - type.en, cost: costs[from * tCount + t], posterior: posterior))
            i -= type.ko
            j -= type.en
        }
        return steps.reversed()
    }

    /// Viterbi, then forward-backward in probability space: each bead's weight exp(-cost / temperature) once,
    /// then a multiply-add per transition. Every row keeps its own log scale (the row is divided by its largest
    /// value once complete), so long documents never underflow; within a row a Double spans 700 nats, far beyond
    /// any path that could move a posterior. Posteriors equal the log-space ones to rounding (checked by a test).
    private func scaledSearch(costs: UnsafeMutableBufferPointer<Double>, target: UnsafeMutableBufferPointer<Int>,
                              best: UnsafeMutableBufferPointer<Double>, back: UnsafeMutableBufferPointer<Int>,
                              scale: Double) -> [Step] {
        let tCount = types.count
        let weight = UnsafeMutableBufferPointer<Double>.allocate(capacity: cellCount * tCount)
        let alpha = UnsafeMutableBufferPointer<Double>.allocate(capacity: cellCount)
        alpha.initialize(repeating: 0)
        let beta = UnsafeMutableBufferPointer<Double>.allocate(capacity: cellCount)
        beta.initialize(repeating: 0)
        // ln of each row's scale: true alpha = alpha · exp(alphaLog[row]), the same for beta.
        let alphaLog = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
        alphaLog.initialize(repeating: 0)
        let betaLog = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
        betaLog.initialize(repeating: 0)
        let typeKo = UnsafeMutableBufferPointer<Int>.allocate(capacity: tCount)
        let typeEn = UnsafeMutableBufferPointer<Int>.allocate(capacity: tCount)
        defer {
            weight.deallocate()
            alpha.deallocate()
            beta.deallocate()
            alphaLog.deallocate()
            betaLog.deallocate()
            typeKo.deallocate()
            typeEn.deallocate()
        }
        var maxKo = 0
        for t in 0..<tCount {
            typeKo[t] = types[t].ko
            typeEn[t] = types[t].en
            maxKo = max(maxKo, types[t].ko)
        }
        for k in 0..<(cellCount * tCount) {
            let c = costs[k]
            weight[k] = c == .infinity ? 0 : exp(-c * scale)
        }
        // Viterbi exactly as in `search` (same order, same ties).
        for i in 0...n {
            for j in lo[i]...hi[i] {
                let here = rowStart[i] + j - lo[i]
                let b = best[here]
                if b == .infinity { continue }
                let base = here * tCount
                for t in 0..<tCount {
                    let c = costs[base + t]
                    if c == .infinity { continue }
                    let to = target[base + t]
                    if b + c < best[to] { best[to] = b + c; back[to] = t }
                }
            }
        }
        // Row factors: exp(scale of row i - k - scale of row i) for the k rows a bead spans.
        var factor = [Double](repeating: 0, count: maxKo + 1)
        // Forward, pulling from each bead's start cell.
        alpha[0] = 1
        for i in 0...n {
            alphaLog[i] = i == 0 ? 0 : alphaLog[i - 1]
            for k in 0...maxKo { factor[k] = i - k >= 0 ? exp(alphaLog[i - k] - alphaLog[i]) : 0 }
            var rowMax = 0.0
            for j in lo[i]...hi[i] {
                let here = rowStart[i] + j - lo[i]
                var acc = alpha[here]
                for t in 0..<tCount {
                    let fi = i - typeKo[t], fj = j - typeEn[t]
                    if fi < 0 || fj < 0 { continue }
                    let from = cell(fi, fj)
                    if from < 0 { continue }
                    let w = weight[from * tCount + t]
                    if w == 0 { continue }
                    acc += alpha[from] * w * factor[typeKo[t]]
                }
                alpha[here] = acc
                rowMax = max(rowMax, acc)
            }
            if rowMax > 0 && rowMax.isFinite {
                for here in rowStart[i]..<rowStart[i + 1] { alpha[here] /= rowMax }
                alphaLog[i] += log(rowMax)
            }
        }
        // Backward, pulling from each bead's end cell.
        for i in stride(from: n, through: 0, by: -1) {
            betaLog[i] = i == n ? 0 : betaLog[i + 1]
            for k in 0...maxKo { factor[k] = i + k <= n ? exp(betaLog[i + k] - betaLog[i]) : 0 }
            var rowMax = 0.0
            for j in stride(from: hi[i], through: lo[i], by: -1) {
                let here = rowStart[i] + j - lo[i]
                let base = here * tCount
                var acc = here == cellCount - 1 ? 1.0 : 0.0
                for t in 0..<tCount {
                    let w = weight[base + t]
                    if w == 0 { continue }
                    acc += w * beta[target[base + t]] * factor[typeKo[t]]
                }
                beta[here] = acc
                rowMax = max(rowMax, acc)
            }
            if rowMax > 0 && rowMax.isFinite {
                for here in rowStart[i]..<rowStart[i + 1] { beta[here] /= rowMax }
                betaLog[i] += log(rowMax)
            }
        }
        let logZ = log(alpha[cellCount - 1]) + alphaLog[n]

        var steps = bestPath(back: back, costs: costs, posterior: 0)

        // Posterior of each bead by identity, as in `search`.
        for index in steps.indices {
            let step = steps[index]
            guard let t = types.firstIndex(of: step.type) else { continue }
            let rowShift = exp(alphaLog[step.i] + betaLog[step.i + step.type.ko] - logZ)
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
                    p += alpha[from] * w * beta[to] * exp(alphaLog[ii] + betaLog[ii] - logZ)
                }
                steps[index].posterior = logZ.isFinite ? min(1, max(0, p)) : 0
                continue
            }
            let posterior = p * rowShift
            steps[index].posterior = logZ.isFinite ? min(1, max(0, posterior)) : 0
        }
        return steps
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
