/// Open-addressing hash table from short byte strings to dense ids, stored flat so that a lookup from a
/// byte buffer allocates nothing (the matcher looks up every word of the text). Each key carries a 64-bit
/// value read from the same slot (the matcher keeps a word's automaton step there, saving a cache miss).
/// The first sixteen bytes of each key sit in its slot, so nearly every lookup (English words are short;
/// a glossary's made-up or compound words are mostly 9-16 letters) compares without reading the key
/// storage, a second cache line; the caller passes the hash it computed (`hash(_:_:)`) once per word.
struct ByteKeyTable: Sendable {
    private struct Slot: Sendable {
        /// The key's bytes 0-7 and 8-15, little-endian, zero-padded.
        var key0: UInt64
        var key1: UInt64
        var value: Int64
        /// The hash's top 24 bits over the key's length (up to 255; longer keys compare their length apart).
        var tagLength: UInt32
        /// -1 = empty.
        var id: Int32
    }
    private var storage: [UInt8] = []
    /// Per id: where its key starts in `storage` and its length (read only for keys longer than 16 bytes).
    private var offsets: [Int32] = []
    private var lengths: [Int32] = []
    /// On huge pages when large (`LargeTableStorage`); copied on write.
    private var slots: LargeTableStorage<Slot>
    private var mask: Int
    private static let emptySlot = Slot(key0: 0, key1: 0, value: 0, tagLength: 0, id: -1)
    private(set) var count = 0
    /// Length of the longest key (a text word whose key is longer cannot be in the table).
    private(set) var maxLength = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = LargeTableStorage(repeating: ByteKeyTable.emptySlot, count: size)
        mask = size - 1
    }

    private mutating func makeSlotsUnique() {
        if !isKnownUniquelyReferenced(&slots) { slots = LargeTableStorage(copying: slots) }
    }

    /// Up to eight bytes from `p` as a little-endian integer, zero-padded.
    @inline(__always)
    static func load(_ p: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        if count >= 8 { return UnsafeRawPointer(p).loadUnaligned(as: UInt64.self).littleEndian }
        var v: UInt64 = 0
        var i = count - 1
        while i >= 0 { v = v << 8 | UInt64(p[i]); i -= 1 }
        return v
    }

    /// Same, when eight bytes are readable at `p` whatever `count` (a scratch buffer with slack).
    @inline(__always)
    static func loadPadded(_ p: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        let v = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self).littleEndian
        return count >= 8 ? v : v & ((1 << UInt64(count &* 8)) &- 1)
    }

    /// Bytes 0-7 and 8-15 of a key of `count` bytes at `p`, zero-padded (`padded`: 16 bytes are readable).
    @inline(__always)
    private static func keyWords(_ p: UnsafePointer<UInt8>, _ count: Int, padded: Bool) -> (UInt64, UInt64) {
        if padded {
            return (count > 0 ? loadPadded(p, count) : 0, count > 8 ? loadPadded(p + 8, count - 8) : 0)
        }
        return (count > 0 ? load(p, min(count, 8)) : 0, count > 8 ? load(p + 8, min(count - 8, 8)) : 0)
    }

    @inline(__always)
    private static func tagLength(_ h: UInt64, _ count: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: h >> 40) << 8 | UInt32(min(count, 255))
    }

    /// Hash of `count` bytes at `p` (eight bytes per multiply); `padded`: eight bytes are readable past
    /// the end (same value, fewer instructions).
    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ count: Int, padded: Bool = false) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var i = 0
        while i + 8 <= count {
            h = (h ^ UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self).littleEndian) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < count {
            h = (h ^ (padded ? loadPadded(p + i, count - i) : load(p + i, count - i))) &* 0x94D0_49BB_1331_11EB
        }
        return h ^ (h >> 31)
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return hash(UnsafePointer(bitPattern: 1)!, 0) }
        return hash(base, bytes.count)
    }

    /// The id of the `count` bytes at `p` whose hash is `h`, or -1.
    @inline(__always)
    func id(of p: UnsafePointer<UInt8>, count: Int, hash h: UInt64, padded: Bool = false) -> Int32 {
        entry(of: p, count: count, hash: h, padded: padded).id
    }

    /// The id and value of the `count` bytes at `p` whose hash is `h`; id -1 when absent.
    @inline(__always)
    func entry(of p: UnsafePointer<UInt8>, count: Int, hash h: UInt64, padded: Bool = false) -> (id: Int32, value: Int64) {
        let (k0, k1) = ByteKeyTable.keyWords(p, count, padded: padded)
        return probe(k0, k1, count: count, hash: h, p)
    }

    /// The id and value of a key of at most 16 bytes given as its two zero-padded words (`keyWords`).
    @inline(__always)
    func entry(key0: UInt64, key1: UInt64, count: Int, hash h: UInt64) -> (id: Int32, value: Int64) {
        probe(key0, key1, count: count, hash: h, nil)
    }

    /// Bytes 0-7 and 8-15 of the `count` bytes at `p`, zero-padded, when 16 bytes are readable at `p`.
    @inline(__always)
    static func paddedKeyWords(_ p: UnsafePointer<UInt8>, _ count: Int) -> (UInt64, UInt64) {
        keyWords(p, count, padded: true)
    }

    /// `p`: the whole key, read only when longer than 16 bytes.
    @inline(__always)
    private func probe(_ k0: UInt64, _ k1: UInt64, count: Int, hash h: UInt64, _ p: UnsafePointer<UInt8>?) -> (id: Int32, value: Int64) {
        let tag = ByteKeyTable.tagLength(h, count)
        let slots = self.slots.base
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[slot]
            if entry.id < 0 { return (-1, 0) }
            if entry.tagLength == tag && entry.key0 == k0 && entry.key1 == k1 {
                if count <= 16 || longKeyEquals(entry.id, p!, count) { return (entry.id, entry.value) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the key of `id` is the `count` (> 16) bytes at `p`, whose first sixteen bytes are its own.
    @inline(never)
    private func longKeyEquals(_ id: Int32, _ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard Int(lengths[Int(id)]) == count else { return false }
        return storage.withUnsafeBufferPointer { store in
            let offset = Int(offsets[Int(id)])
            var i = 16
            while i < count {
                if store[offset + i] != p[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// Sets every key's value from its id.
    mutating func setValues(_ value: (Int32) -> Int64) {
        makeSlotsUnique()
        let slots = self.slots.base
        for s in 0..<self.slots.count where slots[s].id >= 0 { slots[s].value = value(slots[s].id) }
    }

    /// The id of `bytes`, or -1.
    func id(of bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return id(of: UnsafePointer(bitPattern: 1)!, count: 0, hash: ByteKeyTable.hash(b)) }
            return id(of: base, count: b.count, hash: ByteKeyTable.hash(b))
        }
    }

    /// The id of `key` (whose hash is `h`), adding it with the next id when new; one hash per key.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int32 {
        let base = key.baseAddress ?? UnsafePointer(bitPattern: 1)!
        let existing = id(of: base, count: key.count, hash: h)
        if existing >= 0 { return existing }
        if (count + 1) * 2 > slots.count { grow() }
        let newID = Int32(count)
        let (k0, k1) = ByteKeyTable.keyWords(base, key.count, padded: false)
        place(Slot(key0: k0, key1: k1, value: 0, tagLength: ByteKeyTable.tagLength(h, key.count), id: newID), hash: h)
        offsets.append(Int32(storage.count))
        lengths.append(Int32(key.count))
        storage.append(contentsOf: key)
        count += 1
        maxLength = max(maxLength, key.count)
        return newID
    }

    /// The id of `bytes`, adding it with the next id when new.
    mutating func insert(_ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBufferPointer { b in insert(b, hash: ByteKeyTable.hash(b)) }
    }

    private mutating func place(_ entry: Slot, hash: UInt64) {
        makeSlotsUnique()
        let slots = self.slots.base
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].id >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = LargeTableStorage(repeating: ByteKeyTable.emptySlot, count: old.count * 2)
        mask = slots.count - 1
        for s in 0..<old.count where old.base[s].id >= 0 {
            let entry = old.base[s]
            let offset = Int(offsets[Int(entry.id)]), length = Int(lengths[Int(entry.id)])
            let h = storage.withUnsafeBufferPointer { ByteKeyTable.hash(UnsafeBufferPointer(rebasing: $0[offset..<offset + length])) }
            place(entry, hash: h)
        }
    }
}
