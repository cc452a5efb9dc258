import Foundation

/// A multimap from a string key to term entries, keyed by the key's UTF-8 bytes: an open-addressing table of
/// chain heads plus `next` links to earlier entries with the same key. Keys are NFC (every key function
/// normalises), so byte equality is string equality; hashing bytes avoids `String` hashing, which walks
/// non-ASCII text through the normaliser and dominated building indexes of 100,000-term termbases.
struct KeyIndex {
    /// Per slot: high 32 bits of the key's hash, then the chain head (entry) in the low 32 bits, which are
    /// all ones when the slot is empty. One word per slot, so a probe touches one cache line.
    /// Capacity is a power of two at least twice the entries.
    private var slots: [UInt64]
    /// For each entry, the previous entry with the same key, or -1.
    private var next: [Int32]
    /// Key bytes of each inserted entry: `arena[keyStart[e]..<keyStart[e] + keyLength[e]]`.
    private var keyStart: [Int32]
    private var keyLength: [Int32]
    private var arena: [UInt8] = []
    private var mask: Int

    init(entryCount: Int) {
        var capacity = 16
        while capacity < entryCount * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: Self.empty, count: capacity)
        mask = capacity - 1
        next = [Int32](repeating: -1, count: entryCount)
        keyStart = [Int32](repeating: 0, count: entryCount)
        keyLength = [Int32](repeating: 0, count: entryCount)
        arena.reserveCapacity(entryCount * 16)
    }

    private static let empty: UInt64 = 0xFFFF_FFFF

    @inline(__always)
    private static func head(_ slot: UInt64) -> Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: slot)) }

    /// FNV-1a over the bytes (keys are short; the table is private, so flooding is not a concern).
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }

    /// Calls `body` with the key's UTF-8 bytes (no copy for native strings).
    @inline(__always)
    private static func withBytes<R>(_ key: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = key.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(key.utf8).withUnsafeBufferPointer(body)
    }

    /// The slot holding `bytes`, or the empty slot where it would go.
    private func slot(for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: hash) & mask
        let short = (hash >> 32) << 32
        while true {
            let slot = slots[i]
            let head = Self.head(slot)
            if head < 0 { return i }
            if slot & 0xFFFF_FFFF_0000_0000 == short, Int(keyLength[Int(head)]) == bytes.count {
                let start = Int(keyStart[Int(head)])
                let equal = arena.withUnsafeBufferPointer { a in
                    bytes.count == 0 || memcmp(a.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
                }
                if equal { return i }
            }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ key: String, _ entry: Int32) {
        Self.withBytes(key) { bytes in
            let h = Self.hash(bytes)
            let i = slot(for: bytes, hash: h)
            let head = Self.head(slots[i])
            if head >= 0 {
                next[Int(entry)] = head
                keyStart[Int(entry)] = keyStart[Int(head)]
                keyLength[Int(entry)] = keyLength[Int(head)]
            } else {
                keyStart[Int(entry)] = Int32(arena.count)
                keyLength[Int(entry)] = Int32(bytes.count)
                arena.append(contentsOf: bytes)
            }
            slots[i] = (h >> 32) << 32 | UInt64(UInt32(bitPattern: entry))
        }
    }

    /// Entries with this key, in insertion order; nil when none.
    func entries(_ key: String) -> [Int32]? {
        guard !slots.isEmpty else { return nil }
        let head = Self.withBytes(key) { bytes in Self.head(slots[slot(for: bytes, hash: Self.hash(bytes))]) }
        guard head >= 0 else { return nil }
        var e = head
        var result: [Int32] = []
        while e >= 0 {
            result.append(e)
            e = next[Int(e)]
        }
        return result.reversed()
    }
}
