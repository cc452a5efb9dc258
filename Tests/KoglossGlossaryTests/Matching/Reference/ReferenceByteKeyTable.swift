/// Open-addressing hash table from short byte strings to dense ids, stored flat so that a lookup from a
/// byte buffer allocates nothing (the matcher looks up every word of the text).
struct ReferenceByteKeyTable: Sendable {
    private struct Slot: Sendable {
        var offset: Int32
        var length: Int32
        /// -1 = empty.
        var id: Int32
        var hash: UInt32
    }
    private var storage: [UInt8] = []
    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(offset: 0, length: 0, id: -1, hash: 0), count: size)
        mask = size - 1
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The id of `bytes`, or -1.
    @inline(__always)
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = ReferenceByteKeyTable.hash(bytes)
        let tag = UInt32(truncatingIfNeeded: h)
        return slots.withUnsafeBufferPointer { slots in
            storage.withUnsafeBufferPointer { store in
                var slot = h & mask
                while true {
                    let entry = slots[slot]
                    if entry.id < 0 { return -1 }
                    if entry.hash == tag && Int(entry.length) == bytes.count {
                        let offset = Int(entry.offset)
                        var equal = true
                        var i = 0
                        while i < bytes.count {
                            if store[offset + i] != bytes[i] { equal = false; break }
                            i += 1
                        }
                        if equal { return entry.id }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    func id(of bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBufferPointer { id(of: $0) }
    }

    /// The id of `bytes`, adding it with the next id when new.
    mutating func insert(_ bytes: [UInt8]) -> Int32 {
        let existing = id(of: bytes)
        if existing >= 0 { return existing }
        if (count + 1) * 2 > slots.count { grow() }
        let newID = Int32(count)
        let h = bytes.withUnsafeBufferPointer { ReferenceByteKeyTable.hash($0) }
        place(Slot(offset: Int32(storage.count), length: Int32(bytes.count), id: newID, hash: UInt32(truncatingIfNeeded: h)), hash: h)
        storage.append(contentsOf: bytes)
        count += 1
        return newID
    }

    private mutating func place(_ entry: Slot, hash: Int) {
        var slot = hash & mask
        while slots[slot].id >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(offset: 0, length: 0, id: -1, hash: 0), count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry.id >= 0 {
            let offset = Int(entry.offset), length = Int(entry.length)
            let h = storage.withUnsafeBufferPointer { ReferenceByteKeyTable.hash(UnsafeBufferPointer(rebasing: $0[offset..<offset + length])) }
            place(entry, hash: h)
        }
    }
}
