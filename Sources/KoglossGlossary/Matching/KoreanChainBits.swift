/// How `TermMatcher` packs a Korean node's chain step and its "other child" bit into the one `Int32` of its
/// `NodeStep` record, so that a match step reads one record: the symbol of the edge to node + 1 in the low
/// 30 bits (`none` when there is no such edge; symbols are Unicode scalars, below 2^21), and bit 30 set when
/// the node has a child other than node + 1 (only then can the edge table know more). A term followed by a
/// particle then stops at its last node without reading anything else.
enum KoreanChainBits {
    static let symbolMask: Int32 = 0x3FFF_FFFF
    /// No edge to node + 1: equal to no symbol.
    static let none: Int32 = 0x3FFF_FFFF
    static let otherChild: Int32 = 1 << 30

    static func pack(chain: UInt32, otherChild: Bool) -> Int32 {
        (chain == UInt32.max ? none : Int32(chain)) | (otherChild ? KoreanChainBits.otherChild : 0)
    }
}
