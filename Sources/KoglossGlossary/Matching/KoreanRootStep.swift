/// What `TermMatcher` knows of a Korean word's first syllable in one 16-byte record: the root's child by
/// it, that child's terminal index, and a two-bits-per-key filter of the second syllables of the terms it
/// starts (a few per syllable even at 50,000 concepts, so ~2% of other syllables pass). A word that starts
/// no term stops here after one read.
struct KoreanRootStep: Sendable, BitwiseCopyable {
    /// The root's child by the syllable, or -1.
    var node: Int32 = -1
    /// The child's terminal index, or -1.
    var terminal: Int32 = -1
    /// Bits of the second syllables' keys (`bits(_:)`).
    var seconds: UInt64 = 0
    init() {}

    init(node: Int32, terminal: Int32, seconds: UInt64) {
        self.node = node
        self.terminal = terminal
        self.seconds = seconds
    }

    @inline(__always)
    static func bits(_ key: UInt32) -> UInt64 {
        let h = UInt64(key) &* 0x9E37_79B9_7F4A_7C15
        return 1 << (h >> 58) | 1 << ((h >> 52) & 63)
    }

    mutating func addSecond(_ key: UInt32) { seconds |= KoreanRootStep.bits(key) }

    /// False when no term starting with this syllable has `key` as its second.
    @inline(__always)
    func mayHaveSecond(_ key: UInt32) -> Bool {
        let b = KoreanRootStep.bits(key)
        return seconds & b == b
    }
}
