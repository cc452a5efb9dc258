/// A cheap, conservative NFC test over UTF-8 bytes: true when every scalar lies in a range that can never
/// change under NFC (NFC_Quick_Check=Yes, canonical combining class 0, and never the second half of a
/// canonical composition), so the text is NFC as it is. False means "normalise to find out".
///
/// The ranges were checked against the Unicode Character Database (decompositions, combining classes and
/// normalisation of every code point) and the tests check each scalar in them against Foundation's NFC.
public enum NFCQuickCheck {
    /// True when the scalar value is in one of the NFC-stable ranges.
    @inline(__always)
    public static func isStable(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }                          // ASCII, Latin-1, Latin Extended-A/B, IPA, modifiers
        if v >= 0xAC00 { return v <= 0xD7A3 || (v >= 0xFF01 && v <= 0xFFEF) }   // Hangul syllables; half/full-width forms
        if v >= 0x4E00 { return v <= 0x9FFF }                 // CJK unified ideographs (not the compatibility ones)
        if v >= 0x3000 {
            return (v <= 0x3029) || (v >= 0x3030 && v <= 0x303F)   // CJK punctuation without the combining 302A-302F
                || (v >= 0x3131 && v <= 0x318E)                    // compatibility jamo
        }
        if v >= 0x2002 && v <= 0x2064 { return true }         // general punctuation without the singletons 2000, 2001
        if v >= 0x1E00 && v <= 0x1EFF { return true }         // precomposed Latin (Vietnamese)
        if v >= 0x2190 && v <= 0x21FF { return true }         // arrows
        if v >= 0x2460 && v <= 0x24FF { return true }         // circled numbers and letters
        if v >= 0x25A0 && v <= 0x25FF { return true }         // geometric shapes (▲ △ ■ ●)
        return false
    }

    /// True when every scalar of the valid UTF-8 `bytes` is NFC-stable: the text is NFC without normalising.
    public static func isKnownNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var i = 0
        while i < count {
            // ASCII eight bytes at a time.
            while i + 8 <= count {
                if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            if i >= count { break }
            let b0 = base[i]
            if b0 < 0x80 { i += 1; continue }
            if b0 < 0xCC { i += 2; continue }                 // two-byte scalars below U+0300
            // Hangul syllables (EA B0 80 ... ED 9E A3) are stable: told by their first two bytes mostly.
            if b0 >= 0xEB && b0 <= 0xEC { i += 3; continue }
            if i + 2 < count && ((b0 == 0xEA && base[i + 1] >= 0xB0) || (b0 == 0xED && base[i + 1] < 0x9E)) { i += 3; continue }
            let (v, length) = UTF8Decoding.decode(bytes, at: i)
            if !isStable(v) { return false }
            i += length
        }
        return true
    }
}
