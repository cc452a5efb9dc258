import KoglossText

/// Decides whether what follows a Korean term inside the same word is only particles and noun endings
/// (전략군에서는, 보위국의), so that the term matches there, and not another word (보위국장, 비전략군).
enum KoreanParticleTail {
    /// Particles and endings that may follow a noun, besides `JosaStripper.particles`.
    private static let extra: [String] = [
        "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께서", "으로", "로", "와", "과", "도", "만",
        "까지", "부터", "이나", "나", "랑", "이랑", "보다", "처럼", "에서는", "에서도", "으로는", "이라는", "이란", "라는",
        "등", "들", "께", "한테", "에게서", "에선", "엔", "으로서", "로서", "으로써", "로써", "이며", "며", "이고", "고",
        "이다", "다", "였다", "이었다", "인", "이자", "측", "내", "에도", "에는", "조차", "마저", "뿐", "이라고", "라고",
        "이었던", "였던", "이던", "던", "이라", "라", "와의", "과의", "에의", "으로의", "로의", "에서의", "까지의", "과도",
        "와도", "이지만", "지만", "이라도", "라도", "만큼", "대로", "씩", "께서는", "에게는", "이었으며", "였으며",
    ]

    static let particles: Set<String> = Set(extra + JosaStripper.particles)
    private static let maxParticleLength = particles.map { $0.unicodeScalars.count }.max() ?? 4

    /// True when `tail` (the rest of the word after a term) is empty or a sequence of up to three particles.
    static func accepts(_ tail: Substring.UnicodeScalarView) -> Bool {
        accepts(Array(tail), from: 0, depth: 0)
    }

    private static func accepts(_ scalars: [Unicode.Scalar], from: Int, depth: Int) -> Bool {
        if from == scalars.count { return true }
        if depth == 3 { return false }
        var length = min(maxParticleLength, scalars.count - from)
        while length > 0 {
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[from..<from + length])
            if particles.contains(String(piece)), accepts(scalars, from: from + length, depth: depth + 1) { return true }
            length -= 1
        }
        return false
    }
}
