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

    /// Columns of the bytes `range` (whole scalars).
    static func of(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var width = 0, i = range.lowerBound
        while i < range.upperBound {
            // Eight ASCII bytes (one column each) a step through an English line.
            if i + 8 <= range.upperBound, let base = bytes.baseAddress,
               UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                width += 8; i += 8; continue
            }
            if bytes[i] < 0x80 { width += 1; i += 1; continue }
            let (scalar, length) = UTF8Decoding.scalar(at: i, in: bytes)
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
