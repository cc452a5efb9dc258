import Foundation
@testable import KoglossAlign

/// The aligner's model written the plain way, for differential tests of `ParagraphAligner.steps`: the whole
/// matrix (no band), costs summed straight from `ParagraphFeatures` with dictionary priors, Viterbi, and
/// forward-backward in log space, with the same two passes (a Viterbi pass to re-estimate the length ratio).
/// Costs agree with the fast path to rounding (the fast path groups anchor sums per paragraph).
struct ReferenceBeadSearch {
    var model = BeadCostModel()
    var temperature = 2.0

    func cost(_ type: BeadType, _ i: Int, _ j: Int, _ ko: [ParagraphFeatures], _ en: [ParagraphFeatures], ratio: Double) -> Double {
        let kos = Array(ko[i..<(i + type.ko)]), ens = Array(en[j..<(j + type.en)])
        let classes = Set((kos + ens).map(\.alignmentClass))
        guard classes.count == 1, let cls = classes.first else { return .infinity }
        var total: Double
        switch cls {
        case .none: return type.ko + type.en == 1 ? 0 : .infinity
        case .caption: total = BeadCostModel.captionPriors[type].map { -log($0) } ?? .infinity
        case .text:
            total = BeadCostModel.textPriors[type].map { -log($0) } ?? .infinity
            let headings = (kos + ens).filter(\.isHeading).count
            if headings > 0 {
                if type.ko > 1 || type.en > 1 { return .infinity }
                if type.ko == 0 || type.en == 0 { total = -log(BeadCostModel.headingAlonePrior) }
                else if headings == 1 { total -= log(BeadCostModel.headingBodyPrior) }
            }
        }
        if total == .infinity { return total }
        if type.ko > 0 && type.en > 0 {
            total += model.length.cost(korean: kos.reduce(0) { $0 + $1.length }, english: ens.reduce(0) { $0 + $1.length }, ratio: ratio)
            if cls == .text {
                let d = ens.reduce(0) { $0 + $1.sentences } - kos.reduce(0) { $0 + $1.sentences }
                total += abs(d) <= 2 ? BeadCostModel.sentenceDifferenceCost[d + 2] : BeadCostModel.sentenceDifferenceFar
            }
        }
        if type.ko == 1 && type.en == 1 {
            let a = ko[i], b = en[j]
            for (k, key) in a.anchors.enumerated() {
                if let e = b.anchors.firstIndex(of: key) { total -= 0.5 * (a.anchorBonus[k] + b.anchorBonus[e]) } else { total += a.anchorMiss[k] }
            }
            for (e, key) in b.anchors.enumerated() where !a.anchors.contains(key) { total += b.anchorMiss[e] }
        } else {
            let koKeys = Set(kos.flatMap(\.anchors)), enKeys = Set(ens.flatMap(\.anchors))
            for p in kos { for (k, key) in p.anchors.enumerated() { total += enKeys.contains(key) ? -0.5 * p.anchorBonus[k] : p.anchorMiss[k] } }
            for p in ens { for (k, key) in p.anchors.enumerated() { total += koKeys.contains(key) ? -0.5 * p.anchorBonus[k] : p.anchorMiss[k] } }
        }
        let words = Set(ens.flatMap(\.words))
        for p in kos { for (k, key) in p.latinTokens.enumerated() { total += words.contains(key) ? -p.latinBonus[k] : p.latinMiss[k] } }
        return total
    }

    struct Step: Equatable {
        var type: BeadType
        var i: Int
        var j: Int
        var cost: Double
        var posterior: Double
    }

    func search(_ ko: [ParagraphFeatures], _ en: [ParagraphFeatures], ratio: Double, posteriors: Bool) -> [Step] {
        let n = ko.count, m = en.count, types = BeadType.standard
        var cost = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: .infinity, count: types.count), count: m + 1), count: n + 1)
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: m + 1), count: n + 1)
        var back = [[Int]](repeating: [Int](repeating: -1, count: m + 1), count: n + 1)
        var alpha = [[Double]](repeating: [Double](repeating: -.infinity, count: m + 1), count: n + 1)
        var beta = alpha
        best[0][0] = 0
        alpha[0][0] = 0
        for i in 0...n {
            for j in 0...m {
                for (t, type) in types.enumerated() where i + type.ko <= n && j + type.en <= m {
                    let c = self.cost(type, i, j, ko, en, ratio: ratio)
                    cost[i][j][t] = c
                    guard c != .infinity, best[i][j] != .infinity else { continue }
                    let (ti, tj) = (i + type.ko, j + type.en)
                    if best[i][j] + c < best[ti][tj] { best[ti][tj] = best[i][j] + c; back[ti][tj] = t }
                    alpha[ti][tj] = BeadLattice.logAdd(alpha[ti][tj], alpha[i][j] - c / temperature)
                }
            }
        }
        beta[n][m] = 0
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: m, through: 0, by: -1) {
                for (t, type) in types.enumerated() where i + type.ko <= n && j + type.en <= m && cost[i][j][t] != .infinity {
                    beta[i][j] = BeadLattice.logAdd(beta[i][j], beta[i + type.ko][j + type.en] - cost[i][j][t] / temperature)
                }
            }
        }
        var steps: [Step] = []
        var (i, j) = (n, m)
        while i > 0 || j > 0 {
            let t = back[i][j]
            let type = types[t]
            (i, j) = (i - type.ko, j - type.en)
            steps.insert(Step(type: type, i: i, j: j, cost: cost[i][j][t], posterior: 1), at: 0)
        }
        guard posteriors else { return steps }
        let z = alpha[n][m]
        for index in steps.indices {
            let step = steps[index], t = types.firstIndex(of: step.type)!
            // A one-sided bead is the same bead wherever the other side stands.
            var cells: [(Int, Int)] = [(step.i, step.j)]
            if step.type.en == 0 { cells = (0...m).map { (step.i, $0) } }
            if step.type.ko == 0 { cells = (0...n).map { ($0, step.j) } }
            var logP = -Double.infinity
            for (a, b) in cells where cost[a][b][t] != .infinity {
                logP = BeadLattice.logAdd(logP, alpha[a][b] - cost[a][b][t] / temperature + beta[a + step.type.ko][b + step.type.en])
            }
            steps[index].posterior = min(1, max(0, exp(logP - z)))
        }
        return steps
    }

    func steps(ko: [ParagraphFeatures], en: [ParagraphFeatures]) -> [Step] {
        let koText = ko.filter { $0.alignmentClass == .text }, enText = en.filter { $0.alignmentClass == .text }
        var ratio = LengthModel.ratio(korean: koText.reduce(0) { $0 + $1.length }, english: enText.reduce(0) { $0 + $1.length },
                                      paragraphs: Double(min(koText.count, enText.count)))
        let first = search(ko, en, ratio: ratio, posteriors: false)
        var koLinked = 0.0, enLinked = 0.0, links = 0.0
        let linkPrior = -log(BeadCostModel.textPriors[BeadType(ko: 1, en: 1)]!)
        for step in first where step.type == BeadType(ko: 1, en: 1) && ko[step.i].alignmentClass == .text {
            let w = exp(-max(0, step.cost - linkPrior))
            koLinked += w * ko[step.i].length
            enLinked += w * en[step.j].length
            links += 1
        }
        if koLinked > 0, enLinked > 0 { ratio = LengthModel.ratio(korean: koLinked, english: enLinked, paragraphs: links) }
        return search(ko, en, ratio: ratio, posteriors: true)
    }
}
