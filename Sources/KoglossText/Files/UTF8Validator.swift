/// Strict UTF-8 validation (RFC 3629): rejects overlong forms, surrogates, code points above U+10FFFF,
/// stray continuation bytes and truncated sequences, and reports where the first bad sequence starts.
public enum UTF8Validator {
    /// What one pass over the bytes found.
    public struct Result: Sendable, Equatable {
        /// Offset of the first byte of the first invalid sequence, nil when all the bytes are valid UTF-8.
        public var firstInvalidByte: Int?
        /// Whether the text is known to be NFC already (`NFCQuickCheck.isKnownNFC`; only meaningful when valid).
        public var isKnownNFC: Bool
        /// Whether every byte is ASCII (only meaningful when valid).
        public var isASCII: Bool
    }

    /// Offset of the first byte of the first invalid sequence, or nil when all of `bytes` is valid UTF-8.
    public static func firstInvalidByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        check(bytes).firstInvalidByte
    }

    /// `firstInvalidByte`, and in the same pass whether the valid text is known to be NFC already
    /// (`NFCQuickCheck.isKnownNFC`; only meaningful when there is no invalid byte).
    public static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> (firstInvalidByte: Int?, isKnownNFC: Bool) {
        let result = check(bytes)
        return (result.firstInvalidByte, result.isKnownNFC)
    }

    /// Validity, the NFC quick check and whether the text is ASCII, in one pass: the only validation a decoded
    /// file needs (the decoder then builds its string without the standard library validating it again).
    public static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var tally = HangulLetterTally()
        return check(bytes, counting: false, into: &tally)
    }

    /// `check`, and the letters of the bytes (`HangulLetterCount.add`) counted in the same pass; nil letters
    /// when the bytes are invalid or hold Hangul scalars other than syllables (jamo, unassigned code points),
    /// which leave `hasAlphabetic` to be found by counting.
    public static func checkCountingLetters(_ bytes: UnsafeBufferPointer<UInt8>) -> (result: Result, letters: HangulLetterCount?) {
        var tally = HangulLetterTally()
        let result = check(bytes, counting: true, into: &tally)
        guard result.firstInvalidByte == nil, tally.otherHangul == 0 else { return (result, nil) }
        return (result, tally.adding(to: HangulLetterCount()))
    }

    /// The one pass; the letter counting is compiled out of `check`.
    @inline(__always)
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, counting: Bool, into tally: inout HangulLetterTally) -> Result {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return Result(firstInvalidByte: nil, isKnownNFC: true, isASCII: true) }
        var knownNFC = true
        var ascii = true
        var i = 0
        while i < count {
            let b0 = base[i]
            if b0 < 0x80 {
                // A lone ASCII byte (a space between Korean words), or the last bytes: one at a time.
                guard i + 8 <= count, !(counting && base[i + 1] >= 0x80) else {
                    if counting && (b0 | 0x20) &- 0x61 < 26 { tally.asciiLetters &+= 1 }
                    i += 1
                    continue
                }
                // ASCII up to the next non-ASCII byte (bytes load little-endian: the lowest ones come first),
                // then sixteen bytes a step through a long ASCII run.
                var word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let high = word & 0x8080_8080_8080_8080
                if high != 0 {
                    let asciiBytes = high.trailingZeroBitCount >> 3
                    if counting {
                        word &= (1 << UInt64(asciiBytes * 8)) &- 1   // cleared bytes count as no letter
                        tally.asciiLetters &+= HangulLetterTally.asciiLetters(in: word)
                    }
                    i += asciiBytes
                    continue
                }
                if counting { tally.asciiLetters &+= HangulLetterTally.asciiLetters(in: word) }
                i += 8
                while i + 16 <= count {
                    let first = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    let second = UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt64.self)
                    if (first | second) & 0x8080_8080_8080_8080 != 0 { break }
                    if counting {
                        tally.asciiLetters &+= HangulLetterTally.asciiLetters(in: first) &+ HangulLetterTally.asciiLetters(in: second)
                    }
                    i += 16
                }
                continue
            }
            ascii = false
            // Three-byte scalars led by E1...ED (Hangul, general punctuation, CJK) take the short way: both
            // trail bytes 80...BF (ED: a second byte up to 9F, else a surrogate), and the NFC-stable blocks
            // told by their first two bytes.
            if b0 >= 0xE1 && b0 <= 0xED && i + 3 <= count {
                let b1 = base[i + 1], b2 = base[i + 2]
                guard b1 & 0xC0 == 0x80 && b2 & 0xC0 == 0x80 && (b0 != 0xED || b1 <= 0x9F) else {
                    return Result(firstInvalidByte: i, isKnownNFC: knownNFC, isASCII: false)
                }
                let syllable = b0 == 0xEB || b0 == 0xEC || (b0 == 0xEA && b1 >= 0xB0) || (b0 == 0xED && b1 < 0x9E)
                if knownNFC && !(syllable || (b0 >= 0xE5 && b0 <= 0xE9) || (b0 == 0xE4 && b1 >= 0xB8)) {
                    let v = (UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F)
                    if !NFCQuickCheck.isStable(v) { knownNFC = false }
                }
                if counting {
                    if syllable {
                        tally.syllables &+= 1
                    } else {
                        tally.add(scalar: (UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F))
                    }
                }
                i += 3
                if i + 16 <= count { i = syllableRunEnd(base, from: i, count: count, counting: counting, into: &tally) }
                // The rest of a Korean word: syllable after syllable (U+AC00...U+D77F: lead and second byte
                // EA B0...ED 9D, both trail bytes 80...BF), valid and NFC-stable, without the tests above;
                // and the words after it: a single space followed by a syllable stays in this loop (a space
                // is ASCII and no letter), instead of leaving it twice per word through the tests above.
                while i + 3 <= count {
                    // Past the space without a branch (the space between words comes every few syllables).
                    let j = i &+ (base[i] == 0x20 ? 1 : 0)
                    guard j + 3 <= count else { break }
                    let c1 = base[j + 1]
                    let lead = UInt16(base[j]) << 8 | UInt16(c1)
                    guard lead &- 0xEAB0 <= 0xED9D - 0xEAB0, c1 & 0xC0 == 0x80, base[j + 2] & 0xC0 == 0x80 else { break }
                    if counting { tally.syllables &+= 1 }
                    i = j + 3
                }
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return Result(firstInvalidByte: i, isKnownNFC: knownNFC, isASCII: false)
            }
            guard i + length <= count else { return Result(firstInvalidByte: i, isKnownNFC: knownNFC, isASCII: false) }
            let b1 = base[i + 1]
            if b1 < low || b1 > high { return Result(firstInvalidByte: i, isKnownNFC: knownNFC, isASCII: false) }
            var k = 2
            while k < length {
                if base[i + k] & 0xC0 != 0x80 { return Result(firstInvalidByte: i, isKnownNFC: knownNFC, isASCII: false) }
                k += 1
            }
            // Two-byte scalars below U+0300 (lead byte below CC) are NFC-stable; the rest are looked up.
            if knownNFC && b0 >= 0xCC && !NFCQuickCheck.isStable(UTF8Decoding.decode(bytes, at: i).value) { knownNFC = false }
            if counting { tally.add(scalar: UTF8Decoding.decode(bytes, at: i).value) }
            i += length
        }
        return Result(firstInvalidByte: nil, isKnownNFC: knownNFC, isASCII: ascii)
    }

    /// Korean text eight bytes a step, from `i` (where a syllable or a space starts) while every byte is a
    /// space or part of a Hangul syllable of the fast path below (U+AC00...U+D77F: lead byte EA...ED, a second
    /// byte B0...BF after EA and 80...9D after ED, trail bytes 80...BF), each lead followed by exactly two
    /// trail bytes: such bytes are valid, NFC-stable and hold one letter per lead byte (spaces are none).
    /// Returns where a syllable or a space starts, for the byte-by-byte loops to go on from (a syllable cut by
    /// the end of the last window starts again there, and is counted there).
    @inline(__always)
    static func syllableRunEnd(_ base: UnsafePointer<UInt8>, from start: Int, count: Int, counting: Bool,
                               into tally: inout HangulLetterTally) -> Int {
        let highBits: UInt64 = 0x8080_8080_8080_8080, lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let ones: UInt64 = 0x0101_0101_0101_0101
        /// High bit of each byte of `word` equal to `byte` (exact: no carry between bytes).
        @inline(__always) func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
            let v = word ^ (UInt64(byte) &* ones)
            return ~(((v & lowBits) &+ lowBits) | v) & highBits
        }
        var i = start
        // Trail bytes owed to this window by leads in the last two bytes of the previous one.
        var carry: UInt64 = 0
        var leads: UInt64 = 0
        var syllables = 0
        while i + 16 <= count {
            // Bytes load little-endian: byte k of the window is bits 8k...8k+7.
            let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let high = w & highBits, low = w & lowBits
            let trails = high & ~(w << 1)   // 10xxxxxx
            // EA...ED: the low seven bits 6A...6D (no carry between bytes: each sum stays below 0x100).
            let windowLeads = high & (low &+ 0x1616_1616_1616_1616) & ~(low &+ 0x1212_1212_1212_1212)
            let spaces = equal(w, 0x20)
            guard windowLeads | trails | spaces == highBits,
                  trails == (windowLeads << 8) | (windowLeads << 16) | carry else { break }
            // The byte after each lead (the next window's first for a lead in byte 7): B0 or more after EA, 9D
            // or less after ED (it is a trail byte: its low seven bits are 00...3F).
            let second = ((w >> 8) | UInt64(base[i + 8]) << 56) & lowBits
            let belowB0 = ~(second &+ 0x5050_5050_5050_5050) & highBits
            let above9D = (second &+ 0x6262_6262_6262_6262) & highBits
            guard equal(w, 0xEA) & belowB0 | equal(w, 0xED) & above9D == 0 else { break }
            syllables &+= windowLeads.nonzeroBitCount
            leads = windowLeads
            carry = (windowLeads >> 48) | (windowLeads >> 56)
            i += 8
        }
        // A syllable whose lead is in the last window's byte 6 or 7 is left to the loops that follow.
        if carry != 0 {
            i -= leads & (1 << 63) != 0 ? 1 : 2
            syllables &-= 1
        }
        if counting { tally.syllables &+= syllables }
        return i
    }

    /// Whether `bytes` is entirely valid UTF-8.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstInvalidByte(bytes) == nil
    }
}
