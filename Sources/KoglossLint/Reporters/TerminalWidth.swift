import KoglossText

/// Terminal columns of text: Hangul and other wide characters take two, combining marks none.
enum TerminalWidth {
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 } // ASCII (controls count one, as they always have here) and Latin-1
        if v >= 0x2000 && v <= 0x206F { return 1 } // general punctuation: ’ “ ” … – —
        if HangulScript.isHangul(scalar) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3000 && v <= 0x303F) || (v >= 0xFF01 && v <= 0xFF60) { return 2 }
        return scalar.properties.generalCategory == .nonspacingMark ? 0 : 1
    }

    /// Columns of a sequence of scalars.
    static func of<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        scalars.reduce(0) { $0 + of($1) }
    }

    /// The scalar that starts at `i` and its length in bytes (a stray continuation byte counts as U+FFFD).
    @inline(__always)
    static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var v = UInt32(b0) & (0xFF >> (length + 1))
        for k in 1..<length { v = v << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", length)
    }

    /// Columns of the bytes `range` (whole scalars).
    static func of(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var width = 0, i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] < 0x80 { width += 1; i += 1; continue }
            let (scalar, length) = Self.scalar(at: i, in: bytes)
            width += of(scalar)
            i += length
        }
        return width
    }

    /// Start of the scalar that ends just before `i`.
    @inline(__always)
    static func previousScalarStart(before i: Int, in bytes: UnsafeBufferPointer<UInt8>, lowerBound: Int) -> Int {
        var j = i - 1
        while j > lowerBound && bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }
}
