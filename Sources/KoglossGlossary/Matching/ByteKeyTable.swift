/// Open-addressing hash table from short byte strings to dense ids, stored flat so that a lookup from a
/// byte buffer allocates nothing (the matcher looks up every word of the text).
struct ByteKeyTable: Sendable {
    private var storage: [UInt8] = []
    /// Per slot: offset into storage, length, id (-1 = empty).
    private var slotOffset: [Int32]
    private var slotLength: [Int32]
    private var slotID: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slotOffset = Array(repeating: 0, count: size)
        slotLength = Array(repeating: 0, count: size)
        slotID = Array(repeating: -1, count: size)
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
        var slot = ByteKeyTable.hash(bytes) & mask
        return storage.withUnsafeBufferPointer { store in
            while true {
                let id = slotID[slot]
                if id < 0 { return -1 }
                let length = Int(slotLength[slot])
                if length == bytes.count {
                    let offset = Int(slotOffset[slot])
                    var equal = true
                    var i = 0
                    while i < length {
                        if store[offset + i] != bytes[i] { equal = false; break }
                        i += 1
                    }
                    if equal { return id }
                }
                slot = (slot + 1) & mask
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
        if (count + 1) * 2 > slotID.count { grow() }
        let newID = Int32(count)
        place(offset: Int32(storage.count), length: Int32(bytes.count), id: newID, hash: bytes.withUnsafeBufferPointer { ByteKeyTable.hash($0) })
        storage.append(contentsOf: bytes)
        count += 1
        return newID
    }

    private mutating func place(offset: Int32, length: Int32, id: Int32, hash: Int) {
        var slot = hash & mask
        while slotID[slot] >= 0 { slot = (slot + 1) & mask }
        slotOffset[slot] = offset
        slotLength[slot] = length
        slotID[slot] = id
    }

    private mutating func grow() {
        let oldOffset = slotOffset, oldLength = slotLength, oldID = slotID
        let size = oldID.count * 2
        slotOffset = Array(repeating: 0, count: size)
        slotLength = Array(repeating: 0, count: size)
        slotID = Array(repeating: -1, count: size)
        mask = size - 1
        for i in 0..<oldID.count where oldID[i] >= 0 {
            let offset = Int(oldOffset[i]), length = Int(oldLength[i])
            let h = storage.withUnsafeBufferPointer { ByteKeyTable.hash(UnsafeBufferPointer(rebasing: $0[offset..<offset + length])) }
            place(offset: oldOffset[i], length: oldLength[i], id: oldID[i], hash: h)
        }
    }
}
