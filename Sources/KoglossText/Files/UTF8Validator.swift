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
        let count = bytes.count
        guard let base = bytes.baseAddress else { return Result(firstInvalidByte: nil, isKnownNFC: true, isASCII: true) }
        var knownNFC = true
        var ascii = true
        var i = 0
        while i < count {
            let b0 = base[i]
            if b0 < 0x80 {
                guard i + 8 <= count else { i += 1; continue }
                // ASCII up to the next non-ASCII byte (bytes load little-endian: the lowest ones come first),
                // then sixteen bytes a step through a long ASCII run.
                let high = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
                if high != 0 { i += UInt64(littleEndian: high).trailingZeroBitCount >> 3; continue }
                i += 8
                while i + 16 <= count {
                    let pair = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) | UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt64.self)
                    if pair & 0x8080_8080_8080_8080 != 0 { break }
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
                if knownNFC && !(b0 == 0xEB || b0 == 0xEC || (b0 == 0xEA && b1 >= 0xB0) || (b0 == 0xED && b1 < 0x9E)
                                 || (b0 >= 0xE5 && b0 <= 0xE9) || (b0 == 0xE4 && b1 >= 0xB8)) {
                    let v = (UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F)
                    if !NFCQuickCheck.isStable(v) { knownNFC = false }
                }
                i += 3
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
            i += length
        }
        return Result(firstInvalidByte: nil, isKnownNFC: knownNFC, isASCII: ascii)
    }

    /// Whether `bytes` is entirely valid UTF-8.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstInvalidByte(bytes) == nil
    }
}
