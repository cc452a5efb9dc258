/// Per-scalar key for matching Korean text: North and South Korean spellings fold together because the
/// initial-sound rule (두음법칙) is applied to every syllable, not only word-initial ones (조선로동당 and
/// 조선노동당 differ mid-word); Latin letters are lower-cased.
enum ReferenceKoreanMatchKey {
    private static let rieul: UInt32 = 5, nieun: UInt32 = 2, ieung: UInt32 = 11
    /// ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ: vowels before which ㄹ/ㄴ become ㅇ.
    @inline(__always)
    private static func isIotized(_ medial: UInt32) -> Bool {
        medial == 2 || medial == 3 || medial == 6 || medial == 7 || medial == 12 || medial == 17 || medial == 20
    }

    @inline(__always)
    static func fold(_ s: UInt32) -> UInt32 {
        if s >= 0xAC00 && s <= 0xD7A3 {
            let index = s - 0xAC00
            let initial = index / 588
            let rest = index % 588
            let medial = rest / 28
            if initial == rieul {
                return 0xAC00 + (isIotized(medial) ? ieung : nieun) * 588 + rest
            }
            if initial == nieun && isIotized(medial) {
                return 0xAC00 + ieung * 588 + rest
            }
            return s
        }
        if s >= 0x41 && s <= 0x5A { return s | 0x20 }
        return s
    }
}
