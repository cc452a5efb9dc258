/// Minimal UTF-8 decoding over a byte buffer, for scanners that walk bytes and need the odd scalar.
enum UTF8Scalar {
    /// The scalar starting at `i` and its length in bytes (invalid bytes decode as U+FFFD, length 1).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = bytes.count
        if b0 >= 0xF0, i + 3 < n {
            return ((b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F), 4)
        }
        if b0 >= 0xE0, i + 2 < n {
            return ((b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        if b0 >= 0xC0, i + 1 < n {
            return ((b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F), 2)
        }
        return (0xFFFD, 1)
    }

    /// Hangul syllables, jamo and compatibility jamo.
    @inline(__always)
    static func isHangul(_ s: UInt32) -> Bool {
        (s >= 0xAC00 && s <= 0xD7A3) || (s >= 0x1100 && s <= 0x11FF) || (s >= 0x3130 && s <= 0x318F) || (s >= 0xA960 && s <= 0xA97F) || (s >= 0xD7B0 && s <= 0xD7FF)
    }

    /// A letter or digit of any script (the slow path is for non-ASCII only).
    @inline(__always)
    static func isWordScalar(_ s: UInt32) -> Bool {
        if s < 0x80 {
            return (s >= 0x30 && s <= 0x39) || (s >= 0x41 && s <= 0x5A) || (s >= 0x61 && s <= 0x7A)
        }
        if isHangul(s) { return true }
        return isOtherWordScalar(s)
    }

    /// The Unicode property lookup, kept out of line: inlined, its stdlib types make every caller's
    /// prologue look up type metadata, even in loops that only ever see ASCII or Hangul.
    @inline(never)
    static func isOtherWordScalar(_ s: UInt32) -> Bool {
        // General punctuation (’ “ ” – — …) is common in text and has no letters or digits.
        if s >= 0x2000 && s <= 0x206F { return false }
        guard let scalar = Unicode.Scalar(s) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Apostrophes used in possessives and contractions: ' ’ ʼ ′.
    @inline(__always)
    static func isApostrophe(_ s: UInt32) -> Bool { s == 0x27 || s == 0x2019 || s == 0x02BC || s == 0x2032 }

    /// Hyphens and dashes (treated as spaces between the words of a term).
    @inline(__always)
    static func isHyphen(_ s: UInt32) -> Bool { s == 0x2D || (s >= 0x2010 && s <= 0x2015) || s == 0x2212 || s == 0xFE63 || s == 0xFF0D }

    /// Spaces other than newlines.
    @inline(__always)
    static func isSpace(_ s: UInt32) -> Bool {
        s == 0x20 || s == 0x09 || s == 0xA0 || (s >= 0x2000 && s <= 0x200B) || s == 0x202F || s == 0x205F || s == 0x3000
    }
}
