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
        let expected = ratio * english
        let deviation = log((korean + 1) / (expected + 1))
        let variance = spread * spread + shortNoise / (korean + expected + 1)
        return LengthModel.negativeLogTail(abs(deviation) / variance.squareRoot())
    }

    /// -ln erfc(z / √2): the two-tailed Gaussian tail, with the asymptotic form where erfc underflows.
    static func negativeLogTail(_ z: Double) -> Double {
        if z < 7 { return -log(erfc(z / 2.squareRoot())) }
        let x = z / 2.squareRoot()
        return x * x + log(x * Double.pi.squareRoot())
    }
}
