/// Trie edges `(node, symbol) -> child` in one open-addressing table of 64-bit keys: a lookup is a
/// multiply, a mask and usually one probe (one cache line), whatever the number of terms.
struct TransitionTable: Sendable {
    private struct Edge: Sendable {
        var key: UInt64
        var child: Int32
    }
    private var edges: [Edge]
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max

    init() {
        edges = Array(repeating: Edge(key: TransitionTable.empty, child: -1), count: 64)
        mask = 63
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
        let k = TransitionTable.key(node, symbol)
        return edges.withUnsafeBufferPointer { edges in
            var s = TransitionTable.slot(k, mask)
            while true {
                let edge = edges[s]
                if edge.key == k { return edge.child }
                if edge.key == TransitionTable.empty { return -1 }
                s = (s + 1) & mask
            }
        }
    }

    mutating func set(_ node: Int32, _ symbol: UInt32, _ child: Int32) {
        if (count + 1) * 2 > edges.count { grow() }
        let k = TransitionTable.key(node, symbol)
        var s = TransitionTable.slot(k, mask)
        while edges[s].key != TransitionTable.empty && edges[s].key != k { s = (s + 1) & mask }
        if edges[s].key == TransitionTable.empty { count += 1 }
        edges[s] = Edge(key: k, child: child)
    }

    private mutating func grow() {
        let old = edges
        edges = Array(repeating: Edge(key: TransitionTable.empty, child: -1), count: old.count * 2)
        mask = edges.count - 1
        for edge in old where edge.key != TransitionTable.empty {
            var s = TransitionTable.slot(edge.key, mask)
            while edges[s].key != TransitionTable.empty { s = (s + 1) & mask }
            edges[s] = edge
        }
    }
}
