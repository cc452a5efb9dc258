/// Trie edges `(node, symbol) -> child` in one open-addressing table of 64-bit keys: a lookup is a
/// multiply, a mask and usually one probe (one cache line), whatever the number of terms.
/// Most lookups in running text miss (a word that starts no term), and with a large glossary the table
/// no longer fits in cache: a bit filter of 16 bits per edge (a few hundred KB at 50,000 concepts) answers
/// most misses without touching the table, and Hangul syllables leaving the root read a dense array.
struct TransitionTable: Sendable {
    private struct Edge: Sendable {
        var key: UInt64
        var child: Int32
        /// The child's terminal index (`setTerminals`), read with the child (the slot's padding held nothing).
        var terminal: Int32
    }
    /// Without the filter, a lookup that finds its edge reads one cache line instead of two (for tables
    /// whose lookups mostly succeed).
    private let filtered: Bool
    /// On huge pages when large (`LargeTableStorage`); copied on write.
    private var edges: LargeTableStorage<Edge>
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max
    /// Two bits per (hashed) edge key in one 64-bit word; 8 bits per slot, so at least 16 per edge.
    private var filter: LargeTableStorage<UInt64>
    private var filterMask: Int
    /// Children of the root by Hangul syllable (U+AC00...U+D7A3), -1 when none.
    private var rootSyllables: [Int32] = Array(repeating: -1, count: 11_172)

    init(filtered: Bool = true) {
        self.filtered = filtered
        edges = LargeTableStorage(repeating: Edge(key: TransitionTable.empty, child: -1, terminal: -1), count: 64)
        mask = 63
        filter = LargeTableStorage(repeating: 0, count: 8)
        filterMask = 7
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&edges) { edges = LargeTableStorage(copying: edges) }
        if !isKnownUniquelyReferenced(&filter) { filter = LargeTableStorage(copying: filter) }
    }

    /// The filter word of a key and its two bits in that word (one cache line read, ~1.5% false positives).
    @inline(__always)
    private static func filterBits(_ key: UInt64, _ mask: Int) -> (word: Int, bits: UInt64) {
        let h = key &* 0xC2B2_AE3D_27D4_EB4F
        return (Int(truncatingIfNeeded: h >> 40) & mask, 1 << ((h >> 20) & 63) | 1 << ((h >> 26) & 63))
    }

    @inline(__always)
    private static func key(_ node: Int32, _ symbol: UInt32) -> UInt64 { UInt64(UInt32(bitPattern: node)) << 32 | UInt64(symbol) }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// The child of `node` by `symbol` and the child's terminal index (below the root), or -1.
    @inline(__always)
    func step(_ node: Int32, _ symbol: UInt32) -> (child: Int32, terminal: Int32) {
        let k = TransitionTable.key(node, symbol)
        if filtered {
            let (word, bits) = TransitionTable.filterBits(k, filterMask)
            if filter.base[word] & bits != bits { return (-1, -1) }
        }
        let edges = self.edges.base
        var s = TransitionTable.slot(k, mask)
        while true {
            let edge = edges[s]
            if edge.key == k { return (edge.child, edge.terminal) }
            if edge.key == TransitionTable.empty { return (-1, -1) }
            s = (s + 1) & mask
        }
    }

    /// Records each edge's child's terminal index (`terminal[child]`), for `step`.
    mutating func setTerminals(_ terminal: [Int32]) {
        makeUnique()
        let edges = self.edges.base
        for e in 0..<self.edges.count where edges[e].key != TransitionTable.empty { edges[e].terminal = terminal[Int(edges[e].child)] }
    }

    /// The child of `node` by `symbol`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ symbol: UInt32) -> Int32 {
        if node == 0 && symbol &- 0xAC00 < 11_172 {
            return rootSyllables.withUnsafeBufferPointer { $0[Int(symbol &- 0xAC00)] }
        }
        if filtered {
            let (word, bits) = TransitionTable.filterBits(TransitionTable.key(node, symbol), filterMask)
            if filter.base[word] & bits != bits { return -1 }
        }
        return childBelowRoot(node, symbol)
    }

    /// The child of `node` (not the root) by `symbol`, or -1, without the filter: for callers that
    /// filtered already or whose lookups mostly succeed (the filter would cost a second cache miss).
    @inline(__always)
    func childBelowRoot(_ node: Int32, _ symbol: UInt32) -> Int32 {
        let k = TransitionTable.key(node, symbol)
        let edges = self.edges.base
        var s = TransitionTable.slot(k, mask)
        while true {
            let edge = edges[s]
            if edge.key == k { return edge.child }
            if edge.key == TransitionTable.empty { return -1 }
            s = (s + 1) & mask
        }
    }

    mutating func set(_ node: Int32, _ symbol: UInt32, _ child: Int32) {
        if node == 0 && symbol &- 0xAC00 < 11_172 {
            rootSyllables[Int(symbol &- 0xAC00)] = child
            return
        }
        if (count + 1) * 2 > self.edges.count { grow() }
        makeUnique()
        let edges = self.edges.base
        let k = TransitionTable.key(node, symbol)
        let (word, bits) = TransitionTable.filterBits(k, filterMask)
        filter.base[word] |= bits
        var s = TransitionTable.slot(k, mask)
        while edges[s].key != TransitionTable.empty && edges[s].key != k { s = (s + 1) & mask }
        if edges[s].key == TransitionTable.empty { count += 1 }
        edges[s] = Edge(key: k, child: child, terminal: -1)
    }

    private mutating func grow() {
        let old = self.edges
        self.edges = LargeTableStorage(repeating: Edge(key: TransitionTable.empty, child: -1, terminal: -1), count: old.count * 2)
        mask = self.edges.count - 1
        filter = LargeTableStorage(repeating: 0, count: self.edges.count * 8 / 64)
        filterMask = filter.count - 1
        let edges = self.edges.base, filter = self.filter.base
        for e in 0..<old.count where old.base[e].key != TransitionTable.empty {
            let edge = old.base[e]
            let (word, bits) = TransitionTable.filterBits(edge.key, filterMask)
            filter[word] |= bits
            var s = TransitionTable.slot(edge.key, mask)
            while edges[s].key != TransitionTable.empty { s = (s + 1) & mask }
            edges[s] = edge
        }
    }
}
