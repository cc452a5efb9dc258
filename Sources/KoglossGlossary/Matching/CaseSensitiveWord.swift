/// A case-sensitive term's single word of up to seven bytes (an acronym: "KPA", "MMO") packed into one
/// integer, the bytes little-endian and the length in the top byte (0: not packable), so that `TermMatcher`
/// checks a text word against it with no array to follow. Same rule as the general check: exactly the word,
/// or its plural with a lower-case `s` or `es` ("MMOs", not "MMOS").
enum CaseSensitiveWord {
    static func pack(_ word: [UInt8]) -> UInt64 {
        guard !word.isEmpty, word.count <= 7 else { return 0 }
        var packed = UInt64(word.count) << 56
        for (m, b) in word.enumerated() { packed |= UInt64(b) << UInt64(8 * m) }
        return packed
    }

    /// Whether the text word `bytes[start..<end]` (without a possessive) is the packed word or its plural.
    @inline(__always)
    static func accepts(_ packed: UInt64, bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let length = Int(packed >> 56)
        let extra = end - start - length
        if extra < 0 || extra > 2 { return false }
        for m in 0..<length where bytes[start + m] != UInt8(truncatingIfNeeded: packed >> UInt64(8 * m)) { return false }
        if extra == 1 && bytes[end - 1] != 0x73 { return false }
        if extra == 2 && !(bytes[end - 2] == 0x65 && bytes[end - 1] == 0x73) { return false }
        return true
    }
}
