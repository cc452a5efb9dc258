/// A Bloom filter over 64-bit hashes, two bits in one 64-bit word per key: one cache-line read answers
/// "certainly absent" for most keys. Sized at about 16 bits per key (~1.5% false positives), so that at
/// 50,000 concepts it stays in L2 where the tables it guards (megabytes) do not: the matcher reads it
/// before any probe of a large table, and most words and syllable pairs of running text stop here.
struct HashBitFilter: Sendable {
    /// On huge pages when large enough (`LargeTableStorage`): read at random for nearly every word.
    private var words: LargeTableStorage<UInt64>
    private var mask: Int

    /// A filter for about `capacity` keys.
    init(capacity: Int) {
        var size = 8
        while size * 64 < capacity * 16 { size <<= 1 }
        words = LargeTableStorage(repeating: 0, count: size)
        mask = size - 1
    }

    /// The word and its two bits for a hash (remixed, so that callers may pass the hash they index with).
    @inline(__always)
    private static func bits(_ hash: UInt64, _ mask: Int) -> (word: Int, bits: UInt64) {
        let h = hash &* 0xD6E8_FEB8_6659_FD93
        return (Int(truncatingIfNeeded: h >> 40) & mask, 1 << ((h >> 20) & 63) | 1 << ((h >> 26) & 63))
    }

    mutating func insert(_ hash: UInt64) {
        if !isKnownUniquelyReferenced(&words) { words = LargeTableStorage(copying: words) }
        let (w, b) = HashBitFilter.bits(hash, mask)
        words.base[w] |= b
    }

    /// False when `hash` was certainly never inserted.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let (w, b) = HashBitFilter.bits(hash, mask)
        return words.base[w] & b == b
    }
}
