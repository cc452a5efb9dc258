/// Trie edges `(node, symbol) -> child` in one open-addressing table of 64-bit keys: a lookup is a
/// multiply, a mask and usually one probe (one cache line), whatever the number of terms.
/// Most lookups in running text miss (a word that starts no term), and with a large glossary the table
/// no longer fits in cache: a bit filter of 8 bits per edge (a few hundred KB at 50,000 concepts) answers
/// most misses without touching the table, and Hangul syllables leaving the root read a dense array.
struct ReferenceTransitionTable: Sendable {
    private struct Edge: Sendable {
        var key: UInt64
        var child: Int32
    }
    private var edges: [Edge]
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max
    /// One bit per (hashed) edge key; 4 bits per slot, so at least 8 per edge.
    private var filter: [UInt64]
    private var filterMask: Int
    /// Children of the root by Hangul syllable (U+AC00...U+D7A3), -1 when none.
    private var rootSyllables: [Int32] = Array(repeating: -1, count: 11_172)

    init() {
        edges = Array(repeating: Edge(key: ReferenceTransitionTable.empty, child: -1), count: 64)
        mask = 63
        filter = Array(repeating: 0, count: 4)
        filterMask = 255
    }

    @inline(__always)
    private static func filterBit(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> 17) & mask
    }

    @inline(__always)
    private static func key(_ node: Int32, _ symbol: UInt32) -> UInt64 { UInt64(UInt32(bitPattern: node)) << 32 | UInt64(symbol) }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// The child of `node` by `symbol`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ symbol: UInt32) -> Int32 {
        if node == 0 && symbol &- 0xAC00 < 11_172 {
            return rootSyllables.withUnsafeBufferPointer { $0[Int(symbol &- 0xAC00)] }
        }
        let k = ReferenceTransitionTable.key(node, symbol)
        let bit = ReferenceTransitionTable.filterBit(k, filterMask)
        if filter.withUnsafeBufferPointer({ $0[bit >> 6] }) & (1 << UInt64(bit & 63)) == 0 { return -1 }
        return edges.withUnsafeBufferPointer { edges in
            var s = ReferenceTransitionTable.slot(k, mask)
            while true {
                let edge = edges[s]
                if edge.key == k { return edge.child }
                if edge.key == ReferenceTransitionTable.empty { return -1 }
                s = (s + 1) & mask
            }
        }
    }

    mutating func set(_ node: Int32, _ symbol: UInt32, _ child: Int32) {
        if node == 0 && symbol &- 0xAC00 < 11_172 {
            rootSyllables[Int(symbol &- 0xAC00)] = child
            return
        }
        if (count + 1) * 2 > edges.count { grow() }
        let k = ReferenceTransitionTable.key(node, symbol)
        let bit = ReferenceTransitionTable.filterBit(k, filterMask)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        var s = ReferenceTransitionTable.slot(k, mask)
        while edges[s].key != ReferenceTransitionTable.empty && edges[s].key != k { s = (s + 1) & mask }
        if edges[s].key == ReferenceTransitionTable.empty { count += 1 }
        edges[s] = Edge(key: k, child: child)
    }

    private mutating func grow() {
        let old = edges
        edges = Array(repeating: Edge(key: ReferenceTransitionTable.empty, child: -1), count: old.count * 2)
        mask = edges.count - 1
        filter = Array(repeating: 0, count: edges.count * 4 / 64)
        filterMask = edges.count * 4 - 1
        for edge in old where edge.key != ReferenceTransitionTable.empty {
            let bit = ReferenceTransitionTable.filterBit(edge.key, filterMask)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var s = ReferenceTransitionTable.slot(edge.key, mask)
            while edges[s].key != ReferenceTransitionTable.empty { s = (s + 1) & mask }
            edges[s] = edge
        }
    }
}
