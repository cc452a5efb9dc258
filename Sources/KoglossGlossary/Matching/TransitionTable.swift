/// Trie edges `(node, symbol) -> child` in one open-addressing table of 64-bit keys: a lookup is a
/// multiply, a mask and usually one probe, whatever the number of terms.
struct TransitionTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max

    init() {
        keys = Array(repeating: TransitionTable.empty, count: 64)
        values = Array(repeating: -1, count: 64)
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
        var s = TransitionTable.slot(k, mask)
        while true {
            let found = keys[s]
            if found == k { return values[s] }
            if found == TransitionTable.empty { return -1 }
            s = (s + 1) & mask
        }
    }

    mutating func set(_ node: Int32, _ symbol: UInt32, _ child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = TransitionTable.key(node, symbol)
        var s = TransitionTable.slot(k, mask)
        while keys[s] != TransitionTable.empty && keys[s] != k { s = (s + 1) & mask }
        if keys[s] == TransitionTable.empty { count += 1 }
        keys[s] = k
        values[s] = child
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: TransitionTable.empty, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for i in 0..<oldKeys.count where oldKeys[i] != TransitionTable.empty {
            var s = TransitionTable.slot(oldKeys[i], mask)
            while keys[s] != TransitionTable.empty { s = (s + 1) & mask }
            keys[s] = oldKeys[i]
            values[s] = oldValues[i]
        }
    }
}
