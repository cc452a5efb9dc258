/// The end of a run of ASCII letters (or letters and digits) read eight bytes at a time, so a usual English
/// word ends after one load and without the mispredicted exit of a byte loop. Shared by the number-anchor
/// scanner (letters) and the aligner's phrase table (letters and digits).
public enum ASCIIRunEnd {
    /// The first index from `start` whose byte is no ASCII letter (or the end).
    @inlinable @inline(__always)
    public static func letters(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        end(b, from: start, outside: nonLetterBytes, inside: isLetter)
    }

    /// The first index from `start` whose byte is no ASCII letter or digit (or the end).
    @inlinable @inline(__always)
    public static func lettersAndDigits(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        end(b, from: start, outside: nonLetterOrDigitBytes, inside: isLetterOrDigit)
    }

    /// The high bit of every byte of `x` that is no ASCII letter, the others clear.
    @inlinable @inline(__always)
    public static func nonLetterBytes(_ x: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        // Per byte on its low seven bits folded to lower case (f + k <= 0xFF: no carry into the next byte),
        // bit 7 of f + 0x1F says f >= "a", of f + 0x05 that f > "z".
        let folded = (x & ~high) | (ones &* 0x20)
        let letter = (folded &+ ones &* 0x1F) & ~(folded &+ ones &* 0x05)
        return ~(letter & ~x) & high
    }

    /// The high bit of every byte of `x` that is no ASCII letter or digit, the others clear.
    @inlinable @inline(__always)
    public static func nonLetterOrDigitBytes(_ x: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        // Per byte on its low seven bits v (v + k <= 0xFF: no carry into the next byte), bit 7 of v + (0x80 - lo)
        // says v >= lo.
        let v = x & ~high
        let folded = v | (ones &* 0x20)
        let letter = (folded &+ ones &* 0x1F) & ~(folded &+ ones &* 0x05)
        let digit = (v &+ ones &* 0x50) & ~(v &+ ones &* 0x46)
        return ~((letter | digit) & ~x) & high
    }

    @inlinable @inline(__always)
    public static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }

    @inlinable @inline(__always)
    public static func isLetterOrDigit(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 }

    /// Eight bytes a step while `outside` finds no byte off the run, then byte by byte near the end.
    @inlinable @inline(__always)
    static func end(_ b: UnsafeBufferPointer<UInt8>, from start: Int, outside: (UInt64) -> UInt64,
                    inside: (UInt8) -> Bool) -> Int {
        let n = b.count
        var j = start
        if let base = b.baseAddress {
            while j + 8 <= n {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
                let other = outside(x)
                if other != 0 { return j + other.trailingZeroBitCount >> 3 }
                j += 8
            }
        }
        while j < n && inside(b[j]) { j += 1 }
        return j
    }
}
