/// Strict UTF-8 validation (RFC 3629): rejects overlong forms, surrogates, code points above U+10FFFF,
/// stray continuation bytes and truncated sequences, and reports where the first bad sequence starts.
public enum UTF8Validator {
    /// Offset of the first byte of the first invalid sequence, or nil when all of `bytes` is valid UTF-8.
    public static func firstInvalidByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        validate(bytes).firstInvalidByte
    }

    /// `firstInvalidByte`, and in the same pass whether the valid text is known to be NFC already
    /// (`NFCQuickCheck.isKnownNFC`; only meaningful when there is no invalid byte).
    public static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> (firstInvalidByte: Int?, isKnownNFC: Bool) {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return (nil, true) }
        var knownNFC = true
        var i = 0
        while i < count {
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            if i >= count { break }
            let b0 = base[i]
            if b0 < 0x80 { i += 1; continue }
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
            default: return (i, knownNFC)
            }
            guard i + length <= count else { return (i, knownNFC) }
            let b1 = base[i + 1]
            if b1 < low || b1 > high { return (i, knownNFC) }
            var k = 2
            while k < length {
                if base[i + k] & 0xC0 != 0x80 { return (i, knownNFC) }
                k += 1
            }
            // Two-byte scalars below U+0300 (lead byte below CC) are NFC-stable; the rest are looked up.
            if knownNFC && b0 >= 0xCC && !NFCQuickCheck.isStable(UTF8Decoding.decode(bytes, at: i).value) { knownNFC = false }
            i += length
        }
        return (nil, knownNFC)
    }

    /// Whether `bytes` is entirely valid UTF-8.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstInvalidByte(bytes) == nil
    }
}
