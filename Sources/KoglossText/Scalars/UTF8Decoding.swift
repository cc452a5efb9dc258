/// Scalar decoding straight from the UTF-8 bytes of a Swift `String` (always valid), so hot loops can walk a
/// text without `String.Index` or a `unicodeScalars` view.
public enum UTF8Decoding {
    /// The scalar value starting at `i` and its length in bytes. `bytes` must be valid UTF-8 and `i` the
    /// first byte of a scalar.
    @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12) | ((UInt32(bytes[i + 2]) & 0x3F) << 6)
                | (UInt32(bytes[i + 3]) & 0x3F), 4)
    }

    /// The scalar starting at `i` and its length in bytes, for bytes that may not be valid UTF-8 or may be cut
    /// (a stray or truncated sequence reads as U+FFFD of length 1), where `decode(_:at:)` would trap.
    @inline(__always)
    public static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var v = UInt32(b0) & (0xFF >> (length + 1))
        for k in 1..<length { v = v << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", length)
    }

    /// The start of the scalar that ends just before `end` (end > 0).
    @inline(__always)
    public static func startOfScalar(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = end - 1
        while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// The scalar that ends just before `end` (end > 0) and where it starts.
    @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> (value: UInt32, start: Int) {
        let start = startOfScalar(before: end, in: bytes)
        return (decode(bytes, at: start).value, start)
    }

    /// Unicode `White_Space` (what `Unicode.Scalar.Properties.isWhitespace` answers), as a table-free test.
    @inline(__always)
    public static func isWhitespace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// A tab or a space separator (general category Zs): what `CharacterSet.whitespaces` holds.
    @inline(__always)
    public static func isSpaceOrTab(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        switch v {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Calls `body` with the UTF-8 bytes of `string`, without a copy for a native string.
    @inlinable
    public static func withBytes<R>(of string: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = string
        return try copy.withUTF8(body)
    }

    /// Calls `body` with the UTF-8 bytes of `string`, without a copy for a slice of a native string.
    @inlinable
    public static func withBytes<R>(of string: Substring, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = string
        return try copy.withUTF8(body)
    }
}
