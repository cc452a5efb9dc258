import Foundation

/// Gale-Church style length evidence in log space: the Korean length of a bead against the English length times
/// the document's Korean-to-English ratio, as a two-tailed Gaussian probability. The spread grows for short
/// paragraphs, where a few words change the ratio a lot.
struct LengthModel: Sendable {
    /// Standard deviation of ln(ko / (ratio · en)) for long paragraphs (measured: about 0.1 on 300+ hand-aligned
    /// news paragraphs; kept wider for translators who paraphrase more).
    var spread: Double = 0.12
    /// Extra variance for short beads: `shortNoise / (ko + ratio · en)` (lengths in Korean characters);
    /// a 40-character bead has a spread near 0.25.
    var shortNoise: Double = 2

    /// Korean characters (non-space) per English character in news translation, the prior for the ratio.
    static let defaultRatio = 0.39
    /// Weight of the prior ratio, in paragraphs' worth of evidence.
    static let priorWeight = 3.0

    /// Ratio of total Korean to total English length over `paragraphs` beads, shrunk towards the prior and
    /// clamped to a plausible range.
    static func ratio(korean: Double, english: Double, paragraphs: Double = 10) -> Double {
        guard korean > 0, english > 0 else { return defaultRatio }
        let observed = min(1.5, max(0.12, korean / english))
        let w = max(0, paragraphs)
        return exp((w * log(observed) + priorWeight * log(defaultRatio)) / (w + priorWeight))
    }

    /// -ln P(|deviation| at least this large) for a bead of these total lengths.
    func cost(korean: Double, english: Double, ratio: Double) -> Double {
        cost(korean: korean, expected: ratio * english, table: TailTable.shared)
    }

    /// `cost` with expected = ratio · English length computed in advance (once per English run and pass, not per
    /// bead) and `table` = `TailTable.shared` read once by the caller. The same arithmetic, so the same bits.
    @inline(__always)
    func cost(korean: Double, expected: Double, table: UnsafePointer<Double>) -> Double {
        let deviation = log((korean + 1) / (expected + 1))
        let variance = spread * spread + shortNoise / (korean + expected + 1)
        return LengthModel.tableNegativeLogTail(abs(deviation) / variance.squareRoot(), table: table)
    }

    /// `cost` with the logs of the two lengths (+ 1) given: taken once per Korean run and once per English run and
    /// pass instead of once per bead. Equal to `cost(korean:expected:table:)` to rounding (a difference of logs
    /// instead of the log of a quotient: a few units in the last place), far below anything that moves a path
    /// (one-sided runs are put in canonical order) or a rounded confidence.
    @inline(__always)
    func cost(korean: Double, logKorean: Double, expected: Double, logExpected: Double, table: UnsafePointer<Double>) -> Double {
        let deviation = logKorean - logExpected
        let variance = spread * spread + shortNoise / (korean + expected + 1)
        return LengthModel.tableNegativeLogTail(abs(deviation) / variance.squareRoot(), table: table)
    }

    /// `negativeLogTail` from a table below z = 7 (every bead of every pass needs one: an erfc and a log each
    /// otherwise): values and slopes at steps of 1/64, cubic Hermite between them, within 1e-9 of the exact
    /// value (checked by a test), far below anything that moves a path or a rounded confidence.
    @inline(__always)
    static func tableNegativeLogTail(_ z: Double) -> Double {
        tableNegativeLogTail(z, table: TailTable.shared)
    }

    /// `tableNegativeLogTail` with `TailTable.shared` given (read once by the caller, not once per bead).
    @inline(__always)
    static func tableNegativeLogTail(_ z: Double, table: UnsafePointer<Double>) -> Double {
        guard z < TailTable.limit else { return negativeLogTail(z) }
        let x = z * TailTable.stepsPerUnit
        let k = Int(x)
        let t = x - Double(k)
        let f0 = table[2 * k], d0 = table[2 * k + 1], f1 = table[2 * k + 2], d1 = table[2 * k + 3]
        let t2 = t * t, t3 = t2 * t
        let h = 1 / TailTable.stepsPerUnit
        return (2 * t3 - 3 * t2 + 1) * f0 + (t3 - 2 * t2 + t) * h * d0 + (3 * t2 - 2 * t3) * f1 + (t3 - t2) * h * d1
    }

    /// Value and slope of `negativeLogTail` at z = k/64 for z in 0...7, interleaved, allocated once for the process.
    enum TailTable {
        static let stepsPerUnit = 64.0
        static let limit = 7.0
        nonisolated(unsafe) static let shared: UnsafePointer<Double> = {
            let count = Int(limit * stepsPerUnit) + 2
            let table = UnsafeMutablePointer<Double>.allocate(capacity: 2 * count)
            for k in 0..<count {
                let z = Double(k) / stepsPerUnit
                let tail = erfc(z / 2.squareRoot())
                table[2 * k] = -log(tail)
                // d/dz of -ln erfc(z/√2) = √(2/π) e^(-z²/2) / erfc(z/√2)
                table[2 * k + 1] = (2 / Double.pi).squareRoot() * exp(-z * z / 2) / tail
            }
            return UnsafePointer(table)
        }()
    }

    /// -ln erfc(z / √2): the two-tailed Gaussian tail, with the asymptotic form where erfc underflows.
    static func negativeLogTail(_ z: Double) -> Double {
        if z < 7 { return -log(erfc(z / 2.squareRoot())) }
        let x = z / 2.squareRoot()
        return x * x + log(x * Double.pi.squareRoot())
    }
}
