import Foundation
import Testing
@testable import KoglossAlign

/// A lattice holding every pair takes shortcuts: the standard shapes as literals, cells found by offset, the
/// target/origin tables filled only on demand, rows scaled by powers of two. Against the general code (shapes
/// in another order, read from tables; a banded lattice's tables), the same path and the same posteriors.
@Suite struct CoveringLatticeTests {
    /// A deterministic cost per bead: cheap near the diagonal, dearer away from it, some beads forbidden.
    static func cost(_ type: BeadType, _ i: Int, _ j: Int, n: Int, m: Int, seed: UInt64) -> Double {
        var h = seed &+ UInt64(i &* 7_919 &+ j &* 104_729 &+ type.ko &* 31 &+ type.en &* 17)
        h = (h ^ (h >> 33)) &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        if h % 23 == 0 && type.ko + type.en > 2 { return .infinity }
        let noise = Double(h % 1_000) / 250
        let drift = abs(Double(i) / Double(max(n, 1)) - Double(j) / Double(max(m, 1))) * 12
        let prior = type.ko == 1 && type.en == 1 ? 0.2 : Double(type.ko + type.en) * 1.5
        return prior + noise + drift
    }

    /// Beads by their shape and start, with their posteriors.
    static func beads(_ steps: [BeadLattice.Step]) -> [String: Double] {
        Dictionary(steps.map { ("\($0.type) \($0.i) \($0.j)", $0.posterior) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func standardShapesAgreeWithTheGeneralPath() {
        let reordered = Array(BeadType.standard.reversed())
        var compared = 0, uncertain = 0
        for (n, m, seed) in [(5, 7, 1 as UInt64), (17, 19, 2), (30, 24, 3), (1, 9, 4), (12, 0, 5), (38, 39, 6)] {
            let standard = BeadLattice(n: n, m: m, types: BeadType.standard)
            let general = BeadLattice(n: n, m: m, types: reordered)
            #expect(standard.coversEveryPair && general.coversEveryPair)
            let a = standard.search(temperature: 2) { t, i, j in Self.cost(BeadType.standard[t], i, j, n: n, m: m, seed: seed) }
            let b = general.search(temperature: 2) { t, i, j in Self.cost(reordered[t], i, j, n: n, m: m, seed: seed) }
            let reference = general.search(temperature: 2, method: .logSpace) { t, i, j in
                Self.cost(reordered[t], i, j, n: n, m: m, seed: seed)
            }
            let (ba, bb, br) = (Self.beads(a), Self.beads(b), Self.beads(reference))
            #expect(Set(ba.keys) == Set(bb.keys) && Set(ba.keys) == Set(br.keys), "\(n)x\(m): same beads")
            for (key, posterior) in ba {
                #expect(abs(posterior - (bb[key] ?? -1)) <= 1e-12, "\(n)x\(m) \(key)")
                #expect(abs(posterior - (br[key] ?? -1)) <= 1e-9, "\(n)x\(m) \(key): log-space reference")
                compared += 1
                if posterior < 0.99 { uncertain += 1 }
            }
        }
        #expect(compared > 50 && uncertain > 5)
    }

    @Test func coveringLatticeAgreesWithABandedOneWhoseBandHoldsThePath() {
        // 60 x 60 is banded (width 40 by default); with minimumBand 60 the same lattice holds every pair. Costs
        // that keep every likely path near the diagonal give both the same path and, to rounding, posteriors.
        let n = 60, m = 60
        let banded = BeadLattice(n: n, m: m, types: BeadType.standard)
        let covering = BeadLattice(n: n, m: m, types: BeadType.standard, minimumBand: 60)
        #expect(!banded.coversEveryPair && covering.coversEveryPair)
        let cost = { (t: Int, i: Int, j: Int) -> Double in
            Self.cost(BeadType.standard[t], i, j, n: n, m: m, seed: 9) + abs(Double(i - j)) * 3
        }
        let a = Self.beads(banded.search(temperature: 2, cost: cost))
        let b = Self.beads(covering.search(temperature: 2, cost: cost))
        #expect(Set(a.keys) == Set(b.keys))
        for (key, posterior) in a { #expect(abs(posterior - (b[key] ?? -1)) <= 1e-9, "\(key)") }
    }
}
