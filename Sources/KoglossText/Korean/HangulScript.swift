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
        // Hangul is never ASCII: skip ASCII bytes quickly and only decode the rest.
        for scalar in s.unicodeScalars where scalar.value >= 0x1100 {
            if isHangul(scalar) { return true }
        }
        return false
    }

    /// Hangul letters / all letters, 0 when there are no letters.
    public static func hangulRatio(_ s: String) -> Double {
        var letters = 0
        var hangul = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { letters += 1 }
            } else if isHangul(scalar) {
                letters += 1
                hangul += 1
            } else if scalar.properties.isAlphabetic {
                letters += 1
            }
        }
        return letters == 0 ? 0 : Double(hangul) / Double(letters)
    }
}
