/// The running counts behind `HangulLetterCount`, kept in locals by the loops that fill them (the count's own
/// `add` and the decoder's validation pass, which counts the letters of a whole file on the way).
struct HangulLetterTally {
    var asciiLetters = 0
    var syllables = 0
    /// Hangul scalars other than syllables (jamo, and the unassigned code points of the Hangul blocks).
    var otherHangul = 0
    var otherLetters = 0
    var alphabetic = false

    init(alphabetic: Bool = false) { self.alphabetic = alphabetic }

    /// ASCII letters among the bytes of `word` (eight bytes, little-endian, each below 0x80): the bytes that,
    /// lower-cased, fall in 0x61...0x7A, summed by a multiply (the baseline x86-64 target has no POPCNT).
    @inline(__always)
    static func asciiLetters(in word: UInt64) -> Int {
        let lower = word | 0x2020_2020_2020_2020
        let atLeastA = lower &+ 0x1F1F_1F1F_1F1F_1F1F   // high bit set where lower >= 0x61
        let aboveZ = lower &+ 0x0505_0505_0505_0505     // high bit set where lower >= 0x7B
        let ones = (atLeastA & ~aboveZ & 0x8080_8080_8080_8080) >> 7
        return Int(truncatingIfNeeded: (ones &* 0x0101_0101_0101_0101) >> 56)
    }

    /// Counts one non-ASCII scalar.
    @inline(__always)
    mutating func add(scalar v: UInt32) {
        if v >= 0xAC00 && v <= 0xD7A3 {
            syllables += 1
        } else if v >= 0x2000 && v <= 0x206F {
            return   // general punctuation (quotes, dashes): no letters, no Hangul
        } else if let scalar = Unicode.Scalar(v) {
            if HangulScript.isHangul(scalar) {
                // The Hangul blocks have unassigned code points: Hangul letters, but not alphabetic.
                otherHangul += 1
                if !alphabetic && scalar.properties.isAlphabetic { alphabetic = true }
            } else if scalar.properties.isAlphabetic {
                otherLetters += 1
                alphabetic = true
            }
        }
    }

    /// The tally added to `count`.
    func adding(to count: HangulLetterCount) -> HangulLetterCount {
        var result = count
        result.letters += asciiLetters + syllables + otherHangul + otherLetters
        result.hangul += syllables + otherHangul
        result.hasAlphabetic = count.hasAlphabetic || alphabetic || asciiLetters > 0 || syllables > 0
        return result
    }
}
