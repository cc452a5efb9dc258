/// A precomposed Hangul syllable split into its initial consonant, vowel and optional final consonant
/// by Unicode syllable arithmetic: `0xAC00 + (initial * 21 + medial) * 28 + final`.
public struct HangulSyllable: Hashable, Sendable {
    /// 0...18: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
    public var initial: Int
    /// 0...20: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
    public var medial: Int
    /// 0 for none, 1...27: ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ...
    public var final: Int

    static let base: UInt32 = 0xAC00
    static let count: UInt32 = 11172

    public enum Initial { public static let nieun = 2, rieul = 5, ieung = 11 }
    public enum Final { public static let none = 0, nieun = 4, rieul = 8 }

    /// The parts of `scalar`, or nil when it is not a precomposed syllable.
    @inline(__always)
    public init?(_ scalar: Unicode.Scalar) {
        let v = scalar.value &- HangulSyllable.base
        guard v < HangulSyllable.count else { return nil }
        let index = Int(v)
        initial = index / (21 * 28)
        medial = (index % (21 * 28)) / 28
        final = index % 28
    }

    public init(initial: Int, medial: Int, final: Int) {
        self.initial = initial
        self.medial = medial
        self.final = final
    }

    /// The composed syllable.
    public var scalar: Unicode.Scalar {
        Unicode.Scalar(HangulSyllable.base + UInt32((initial * 21 + medial) * 28 + final))!
    }

    /// True when the syllable ends in a consonant (has a 받침).
    public var hasFinalConsonant: Bool { final != 0 }
}

extension HangulSyllable {
    /// True when `value` is a precomposed syllable scalar value.
    @inline(__always)
    public static func isSyllableValue(_ value: UInt32) -> Bool {
        value &- base < count
    }
}
