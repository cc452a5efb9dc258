/// What `TermMatcher` knows of a Korean word's first syllable in one 16-byte record: the root's child by it,
/// whether that child ends a term, and a two-bits-per-key 64-bit filter of the second syllables of the terms
/// it starts (a few per syllable even at 50,000 concepts: ~2% of other syllables pass; a 32-bit filter let
/// ~6% through and cost more in further reads than its halved table saved). A word that starts no term
/// stops here after one read (11,172 records, 179 KB).
struct KoreanRootStep: Sendable, BitwiseCopyable {
    /// The root's child in the low 30 bits, `terminalBit` set when it ends a term; -1 when none.
    private var packed: Int32 = -1
    /// Bits of the second syllables' keys (`bits(_:)`).
    private var seconds: UInt64 = 0

    private static let terminalBit: Int32 = 1 << 30

    init() {}

    init(node: Int32, isTerminal: Bool, seconds: UInt64) {
        precondition(node < KoreanRootStep.terminalBit, "KoreanRootStep: too many Korean trie nodes")
        packed = node < 0 ? -1 : node | (isTerminal ? KoreanRootStep.terminalBit : 0)
        self.seconds = seconds
    }

    /// The root's child, or -1.
    @inline(__always)
    var node: Int32 { packed < 0 ? -1 : packed & (KoreanRootStep.terminalBit - 1) }

    /// The child ends a term.
    @inline(__always)
    var isTerminal: Bool { packed >= 0 && packed & KoreanRootStep.terminalBit != 0 }

    @inline(__always)
    static func bits(_ key: UInt32) -> UInt64 {
        let h = UInt64(key) &* 0x9E37_79B9_7F4A_7C15
        return 1 << (h >> 58) | 1 << ((h >> 52) & 63)
    }

    /// Every bit set: no filtering (first keys outside the Hangul syllables).
    static let allSeconds = UInt64.max

    mutating func addSecond(_ key: UInt32) { seconds |= KoreanRootStep.bits(key) }

    /// Sets the child and its terminal bit, keeping the second-syllable bits.
    mutating func setNode(_ node: Int32, isTerminal: Bool) {
        self = KoreanRootStep(node: node, isTerminal: isTerminal, seconds: seconds)
    }

    /// False when no term starting with this syllable has `key` as its second.
    @inline(__always)
    func mayHaveSecond(_ key: UInt32) -> Bool {
        let b = KoreanRootStep.bits(key)
        return seconds & b == b
    }
}
