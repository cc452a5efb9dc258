/// North/South Korean spelling reconciliation. North Korean spelling keeps the etymological ㄹ/ㄴ at the
/// start of Sino-Korean words (로동신문, 리병철, 량강도, 녀성); South Korean spelling applies the initial-sound
/// rule (두음법칙): ㄹ -> ㄴ before ㅏ ㅐ ㅗ ㅚ ㅜ ㅡ, and ㄹ/ㄴ -> ㅇ before ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ (노동신문, 이병철, 양강도, 여성).
///
/// Where the rule applies: to the first syllable of every word (a run of Hangul syllables), and to the
/// syllable right after a known compound head written together with the next word (조선로동당 -> 조선노동당,
/// 평양랭면 -> 평양냉면), unless what follows the head is only a particle (국가로 stays). Also 렬/률 -> 열/율 after
/// a vowel or ㄴ anywhere in a word (비률 -> 비율). Words inside longer compounds that are not listed heads keep
/// their ㄹ (전략군, 인민무력성 are unchanged: 략/력 are not word-initial). A few loanwords are exempt (라디오, 로켓).
public enum KoreanSpelling {
    /// South Korean form under the initial-sound rule (두음법칙) applied to the first syllable of each word:
    /// 로동신문 -> 노동신문, 리 -> 이, 녀성 -> 여성, 력사 -> 역사, 량강도 -> 양강도.
    public static func southKoreanForm(_ s: String) -> String {
        // Fast path: nothing to change unless some syllable starts with ㄹ or ㄴ.
        var candidate = false
        for scalar in s.unicodeScalars where scalar.value >= 0xAC00 {
            if let syllable = HangulSyllable(scalar),
               syllable.initial == HangulSyllable.Initial.rieul || syllable.initial == HangulSyllable.Initial.nieun {
                candidate = true
                break
            }
        }
        if !candidate { return s }

        var scalars = Array(s.unicodeScalars)
        var changed = false
        var index = 0
        while index < scalars.count {
            guard HangulSyllable.isSyllableValue(scalars[index].value) else { index += 1; continue }
            // A word: the run of syllables starting at `index`.
            var end = index
            while end < scalars.count && HangulSyllable.isSyllableValue(scalars[end].value) { end += 1 }
            if rewriteWord(&scalars, index, end) { changed = true }
            index = end
        }
        return changed ? String(String.UnicodeScalarView(scalars)) : s
    }

    /// A key equal for North and South Korean spellings (the South Korean form, NFC).
    public static func matchingKey(_ s: String) -> String {
        southKoreanForm(TextNormalizer.nfc(s))
    }

    /// Known heads after which a new Sino-Korean word starts inside one written compound.
    static let compoundHeads: [[Unicode.Scalar]] = [
        "조선", "북조선", "남조선", "북한", "남한", "평양", "인민", "국가", "중앙", "당중앙", "청년", "전국",
        "세계", "국제", "공화국", "김일성", "김정일", "사회주의", "민주", "혁명",
    ].map { Array($0.unicodeScalars) }

    /// Loanwords that begin with ㄹ/ㄴ in both Koreas.
    static let loanwordPrefixes: [[Unicode.Scalar]] = [
        "라디오", "로켓", "로케트", "리비아", "라오스", "루마니아", "로씨야", "라틴", "리더", "라인", "뉴스", "뉴욕", "니카라과",
    ].map { Array($0.unicodeScalars) }

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

    @inline(__always)
    static func initialForm(_ value: UInt32) -> UInt32? {
        let mapped = initialTable[Int(value - HangulSyllable.base)]
        return mapped == 0 ? nil : mapped
    }

    /// Applies the rules to the word scalars[start..<end] (all syllables). Returns whether anything changed.
    static func rewriteWord(_ scalars: inout [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var changed = false
        if !hasPrefix(scalars, start, end, loanwordPrefixes), let mapped = initialForm(scalars[start].value) {
            scalars[start] = Unicode.Scalar(mapped)!
            changed = true
        }
        // A second word glued to a known head: 조선로동당.
        for head in compoundHeads where end - start > head.count {
            guard scalars[start..<(start + head.count)].elementsEqual(head) else { continue }
            let next = start + head.count
            let rest = String(String.UnicodeScalarView(scalars[next..<end]))
            if !JosaStripper.isParticle(rest), !hasPrefix(scalars, next, end, loanwordPrefixes),
               let mapped = initialForm(scalars[next].value) {
                scalars[next] = Unicode.Scalar(mapped)!
                changed = true
            }
            break
        }
        // 렬/률 after a vowel or ㄴ: 비률 -> 비율, 선률 -> 선율.
        var index = start + 1
        while index < end {
            if let syllable = HangulSyllable(scalars[index]), syllable.initial == HangulSyllable.Initial.rieul,
               syllable.final == HangulSyllable.Final.rieul, syllable.medial == 6 || syllable.medial == 17,
               let previous = HangulSyllable(scalars[index - 1]),
               previous.final == HangulSyllable.Final.none || previous.final == HangulSyllable.Final.nieun {
                scalars[index] = HangulSyllable(initial: HangulSyllable.Initial.ieung, medial: syllable.medial, final: syllable.final).scalar
                changed = true
            }
            index += 1
        }
        return changed
    }

    static func hasPrefix(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ prefixes: [[Unicode.Scalar]]) -> Bool {
        for prefix in prefixes where end - start >= prefix.count {
            if scalars[start..<(start + prefix.count)].elementsEqual(prefix) { return true }
        }
        return false
    }
}
