/// Script detection for Korean: which scalars are Hangul and how much of a text is Korean.
public enum HangulScript {
    /// True for Hangul syllables, conjoining jamo (and their extensions) and compatibility jamo.
    @inline(__always)
    public static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x1100 { return false }
        return (v >= 0xAC00 && v <= 0xD7A3)
            || (v <= 0x11FF)
            || (v >= 0x3130 && v <= 0x318F)
            || (v >= 0xA960 && v <= 0xA97F)
            || (v >= 0xD7B0 && v <= 0xD7FF)
            || (v >= 0xFFA0 && v <= 0xFFDC)   // half-width Hangul
    }

    /// True for a precomposed Hangul syllable (가..힣).
    @inline(__always)
    public static func isSyllable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xAC00 && scalar.value <= 0xD7A3
    }

    /// True when any scalar of `s` is Hangul.
    public static func containsHangul(_ s: String) -> Bool {
        // Every Hangul scalar is three bytes with a lead byte from E1 up: skip the rest without decoding.
        UTF8Decoding.withBytes(of: s) { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0xE1 { i += 1; continue }
                let (v, length) = UTF8Decoding.decode(bytes, at: i)
                if let scalar = Unicode.Scalar(v), isHangul(scalar) { return true }
                i += length
            }
            return false
        }
    }

    /// Hangul letters / all letters, 0 when there are no letters.
    public static func hangulRatio(_ s: String) -> Double {
        var count = HangulLetterCount()
        count.add(s)
        return count.ratio
    }

    /// Hangul letters / all letters over several texts, as if they were joined (without joining them).
    public static func hangulRatio<Texts: Sequence>(ofAll texts: Texts) -> Double where Texts.Element == String {
        var count = HangulLetterCount()
        for text in texts { count.add(text) }
        return count.ratio
    }
}
