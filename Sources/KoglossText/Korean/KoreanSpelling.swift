/// North/South Korean spelling reconciliation. North Korean spelling keeps the etymological ㄹ/ㄴ at the
/// start of Sino-Korean words (로동신문, 리병철, 량강도, 녀성); South Korean spelling applies the initial-sound
/// rule (두음법칙): ㄹ -> ㄴ before ㅏ ㅐ ㅗ ㅚ ㅜ ㅡ, and ㄹ/ㄴ -> ㅇ before ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ (노동신문, 이병철, 양강도, 여성).
///
/// Where the rule applies: to the first syllable of every word (a run of Hangul syllables not glued to digits or
/// Latin letters: 2023년 and 3량 keep their ㄴ/ㄹ), and to the
/// syllable right after a known compound head written together with the next word (조선로동당 -> 조선노동당,
/// 평양랭면 -> 평양냉면), unless what follows the head is only a particle (국가로 stays). Also 렬/률 -> 열/율 after
/// a vowel or ㄴ anywhere in a word (비률 -> 비율). Words inside longer compounds that are not listed heads keep
/// their ㄹ (전략군, 인민무력성 are unchanged: 략/력 are not word-initial). A few loanwords are exempt (라디오, 로켓).
public enum KoreanSpelling {
    /// South Korean form under the initial-sound rule (두음법칙) applied to the first syllable of each word:
    /// 로동신문 -> 노동신문, 리 -> 이, 녀성 -> 여성, 력사 -> 역사, 량강도 -> 양강도.
    /// Every change replaces one syllable by another (3 UTF-8 bytes each), so UTF-8 offsets are preserved.
    public static func southKoreanForm(_ s: String) -> String {
        var copy = s
        let rewritten: [UInt8]? = copy.withUTF8 { rewrite($0) }
        guard let rewritten else { return s }
        return String(decoding: rewritten, as: UTF8.self)
    }

    /// A key equal for North and South Korean spellings (the South Korean form, NFC).
    public static func matchingKey(_ s: String) -> String {
        southKoreanForm(TextNormalizer.nfc(s))
    }

    /// Known heads after which a new Sino-Korean word starts inside one written compound.
    static let compoundHeads: [[UInt8]] = [
        "조선", "북조선", "남조선", "북한", "남한", "평양", "인민", "국가", "중앙", "당중앙", "청년", "전국",
        "세계", "국제", "공화국", "김일성", "김정일", "사회주의", "민주", "혁명",
    ].map { Array($0.utf8) }

    /// Loanwords that begin with ㄹ/ㄴ in both Koreas.
    static let loanwordPrefixes: [[UInt8]] = [
        "라디오", "로켓", "로케트", "리비아", "라오스", "루마니아", "로씨야", "라틴", "리더", "라인", "뉴스", "뉴욕", "니카라과",
    ].map { Array($0.utf8) }

    /// Syllable-index table for the word-initial rule: 0 = unchanged, else the new scalar value.
    static let initialTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: Int(HangulSyllable.count))
        let toIeung: Set<Int> = [2, 3, 6, 7, 12, 17, 20]     // ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
        let toNieun: Set<Int> = [0, 1, 8, 11, 13, 18]        // ㅏ ㅐ ㅗ ㅚ ㅜ ㅡ
        for index in 0..<Int(HangulSyllable.count) {
            let scalar = Unicode.Scalar(HangulSyllable.base + UInt32(index))!
            guard var syllable = HangulSyllable(scalar) else { continue }
            if syllable.initial == HangulSyllable.Initial.rieul {
                if toIeung.contains(syllable.medial) { syllable.initial = HangulSyllable.Initial.ieung }
                else if toNieun.contains(syllable.medial) { syllable.initial = HangulSyllable.Initial.nieun }
                else { continue }
            } else if syllable.initial == HangulSyllable.Initial.nieun && toIeung.contains(syllable.medial) {
                syllable.initial = HangulSyllable.Initial.ieung
            } else {
                continue
            }
            table[index] = syllable.scalar.value
        }
        return table
    }()

    static let nyeon: UInt32 = 0xB144   // 년
    static let ryeol: UInt32 = 0xB82C   // 렬
    static let ryul: UInt32 = 0xB960    // 률

    /// The scalar value of the syllable encoded at p[i..<i+3], or nil when there is none.
    @inline(__always)
    static func syllable(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32? {
        guard i >= 0, i + 2 < p.count else { return nil }
        let b0 = p[i]
        guard b0 >= 0xEA && b0 <= 0xED else { return nil }
        let value = UInt32(b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
        return HangulSyllable.isSyllableValue(value) && p[i + 1] & 0xC0 == 0x80 ? value : nil
    }

    @inline(__always)
    static func store(_ value: UInt32, _ out: inout [UInt8], _ i: Int) {
        out[i] = 0xE0 | UInt8(value >> 12)
        out[i + 1] = 0x80 | UInt8((value >> 6) & 0x3F)
        out[i + 2] = 0x80 | UInt8(value & 0x3F)
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    static func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ prefix: [UInt8]) -> Bool {
        guard end - i >= prefix.count else { return false }
        for k in 0..<prefix.count where p[i + k] != prefix[k] { return false }
        return true
    }

    /// The rewritten bytes, or nil when nothing changes.
    static func rewrite(_ p: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8]? = nil
        func set(_ value: UInt32, at i: Int) {
            if out == nil { out = Array(p) }
            store(value, &out!, i)
        }
        let n = p.count
        var i = 0
        while i < n {
            guard let first = syllable(p, i) else { i += 1; continue }
            // A word: the run of syllables starting at i.
            var end = i + 3
            while syllable(p, end) != nil { end += 3 }
            // Syllables glued to digits or Latin letters are counters or suffixes (2023년, 3량), not word starts.
            let afterAlphanumeric = i > 0 && p[i - 1] < 0x80 && isASCIIAlphanumeric(p[i - 1])
            // 년 as the bound noun "year(s)" (몇 년, 수십 년간) keeps its ㄴ.
            let boundNounYear = first == nyeon && end - i <= 6
            if !afterAlphanumeric, !boundNounYear, let mapped = initialTable[Int(first - HangulSyllable.base)] as UInt32?, mapped != 0,
               !loanwordPrefixes.contains(where: { hasPrefix(p, i, end, $0) }) {
                set(mapped, at: i)
            }
            // A second word glued to a known head: 조선로동당.
            if end - i > 6 {
                for head in compoundHeads where end - i > head.count && hasPrefix(p, i, end, head) {
                    let next = i + head.count
                    let value = syllable(p, next)!
                    let mapped = initialTable[Int(value - HangulSyllable.base)]
                    if mapped != 0, !loanwordPrefixes.contains(where: { hasPrefix(p, next, end, $0) }),
                       !JosaStripper.isParticle(utf8: UnsafeBufferPointer(rebasing: p[next..<end])) {
                        set(mapped, at: next)
                    }
                    break
                }
            }
            // 렬/률 after a vowel or ㄴ: 비률 -> 비율, 선률 -> 선율.
            var k = i + 3
            while k < end {
                let value = syllable(p, k)!
                if value == ryeol || value == ryul {
                    let previousFinal = Int((syllable(p, k - 3)! - HangulSyllable.base) % 28)
                    if previousFinal == HangulSyllable.Final.none || previousFinal == HangulSyllable.Final.nieun {
                        set(value + (UInt32(HangulSyllable.Initial.ieung - HangulSyllable.Initial.rieul) * 21 * 28), at: k)
                    }
                }
                k += 3
            }
            i = end
        }
        return out
    }
}
