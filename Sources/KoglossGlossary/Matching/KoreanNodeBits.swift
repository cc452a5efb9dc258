/// The two bits per Korean trie node that `TermMatcher` keeps in one small array (`koreanNodeBits`,
/// 32 nodes per 64-bit word), so that one load answers both questions a match asks of a node.
enum KoreanNodeBits {
    /// The node ends a term.
    static let terminal: UInt64 = 1
    /// The node has a child other than its chain step (node + 1): only then can the edge table know more.
    static let otherChild: UInt64 = 2

    /// Where a node's two bits sit in its word.
    @inline(__always)
    static func shift(_ node: Int) -> UInt64 { UInt64(node & 31) << 1 }
}
