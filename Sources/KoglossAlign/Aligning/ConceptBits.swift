/// A set of small concept numbers (below 128, as the built-in news lexicon's) in two words: what a paragraph's
/// lexicon search collects instead of an array of repeats to sort, allocated nowhere, read back in ascending order.
struct ConceptBits: Equatable, Sendable {
    static let capacity = 128
    private(set) var low: UInt64 = 0
    private(set) var high: UInt64 = 0

    @inline(__always) mutating func insert(_ concept: Int) {
        let bit: UInt64 = 1 << UInt64(concept & 63)
        if concept < 64 { low |= bit } else { high |= bit }
    }

    var isEmpty: Bool { low | high == 0 }

    /// Calls `body` with each concept, ascending.
    @inline(__always) func forEach(_ body: (Int) -> Void) {
        var word = low
        while word != 0 {
            body(word.trailingZeroBitCount)
            word &= word &- 1
        }
        word = high
        while word != 0 {
            body(64 + word.trailingZeroBitCount)
            word &= word &- 1
        }
    }
}
