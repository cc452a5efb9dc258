/// What `TermMatcher` keeps per Hangul syllable that may start a Korean term, packed in one 64-bit word of a
/// dense table (`koreanFirstSyllables`, 89 KB): the root's child for the syllable, whether that child ends
/// a term, and a 31-bit Bloom filter of the second syllables of the terms it starts. Nearly every syllable
/// starts some term of a large glossary, so every word of a Korean text reads this word; most words then
/// stop here, without the reads of the larger second-syllable filter and the node bits that follow.
enum KoreanFirstSyllable {
    /// Mask bit: the root's child for the syllable is terminal (a one-syllable term).
    static let terminal: UInt32 = 1

    /// The two mask bits (of bits 1...31) of a second syllable's key.
    @inline(__always)
    static func secondBits(_ key: UInt32) -> UInt32 {
        let h = UInt64(key) &* 0x9E37_79B9_7F4A_7C15
        return UInt32(1) << (UInt32(truncatingIfNeeded: h >> 32) % 31 + 1) | UInt32(1) << (UInt32(truncatingIfNeeded: h >> 48) % 31 + 1)
    }

    @inline(__always)
    static func pack(node: Int32, mask: UInt32) -> UInt64 { UInt64(UInt32(bitPattern: node)) | UInt64(mask) << 32 }

    @inline(__always)
    static func unpack(_ word: UInt64) -> (node: Int32, mask: UInt32) {
        (Int32(truncatingIfNeeded: word), UInt32(truncatingIfNeeded: word >> 32))
    }
}
