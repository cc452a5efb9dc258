/// Removes Korean particles (josa) from the end of a noun phrase written as one word, so that
/// 전략군에서, 전략군은 and 전략군의 all reduce to 전략군. Stripping is ambiguous (국가 ends in the particle 가),
/// so `strip` checks that the particle agrees with the stem's last sound (가 only after a vowel, 이 only after
/// a consonant, ...) and keeps a short list of nouns that merely end in a particle-like syllable;
/// `stems` returns every candidate for callers that can check them against a glossary.
public enum JosaStripper {
    /// Korean particles (josa), common particle combinations and copula forms that attach to nouns
    /// (in no particular order: matching always tries the longest first).
    public static let particles: [String] = [
        // Combinations (case particle + topic/additive/genitive particle).
        "에서부터", "으로부터", "에게서는", "으로서는", "으로써는",
        "에서는", "에서도", "에서의", "에서만", "에게는", "에게도", "에게서", "에게만", "께서는", "께서도",
        "으로는", "으로도", "으로서", "으로써", "으로의", "으로만", "로부터", "이라는", "이라고", "이라도",
        "까지는", "까지도", "까지의", "부터는", "부터도", "보다는", "보다도", "처럼은", "만으로", "이나마",
        "에는", "에도", "에만", "에의", "에서", "에게", "께서", "한테", "로는", "로도", "로서", "로써", "로의", "로만",
        "으로", "과의", "와의", "과는", "와는", "과도", "와도", "까지", "부터", "보다", "처럼", "마다", "조차",
        "밖에", "만을", "만이", "만의", "만은", "만도", "만큼", "이나", "이랑", "이란", "라는", "라고", "라도",
        "들은", "들이", "들을", "들의", "들에", "들과", "들도", "들로", "들만", "들에게", "들에서",
        "등의", "등을", "등이", "등은", "등과", "등도", "등에",
        // Copula forms that follow nouns in news prose (위원장이며, 부위원장이자, 지휘관이었다).
        "이었으며", "였으며", "이었던", "이지만", "이었다", "였다", "였던", "이던", "이며", "이고", "이다", "이자", "에선", "마저", "며", "씩",
        // Single particles.
        "은", "는", "이", "가", "을", "를", "의", "에", "도", "만", "와", "과", "로", "나", "랑", "께",
        "란", "뿐", "등", "들",
    ]

    /// Nouns that end in a particle-like syllable and are complete words on their own.
    static let protectedNouns: Set<String> = [
        "김정은", "김여정", "이설주", "리설주", "유엔",
        "회의", "합의", "협의", "논의", "결의", "동의", "주의", "정의", "의의", "건의", "민의", "항의", "대의",
        "결과", "성과", "학과", "분과", "부과", "통과", "전과", "사과",
        "도로", "수도", "정도", "태도", "제도", "지도", "속도", "각도", "한도", "강도", "반도", "시도", "의도",
        "양강도", "량강도", "자강도", "함경도", "황해도", "평안도", "강원도", "경기도", "제주도", "전라도", "경상도", "충청도",
        "평등", "초등", "고등", "중등",
        "기만", "불만", "미만", "이만", "수만", "천만", "백만", "억만",
        "경로", "진로", "통로", "항로", "공로", "원로", "활로", "해로", "수로", "철로", "육로", "대로", "항공로",
    ]

    /// Which stems a particle can follow, from its first syllable.
    enum Agreement { case any, afterConsonant, afterVowel, afterVowelOrRieul }

    /// Particles keyed by their packed syllables (14 bits per syllable, length in the top byte): no allocation per lookup.
    static let table: [UInt64: Agreement] = {
        var table: [UInt64: Agreement] = [:]
        for particle in particles {
            let bytes = Array(particle.utf8)
            let key = bytes.withUnsafeBufferPointer { pack($0, 0, $0.count) }!
            let agreement: Agreement
            switch particle.unicodeScalars.first! {
            case "은", "이", "을", "과", "으": agreement = .afterConsonant
            case "는", "가", "를", "와", "라", "란", "나", "랑", "였", "며": agreement = .afterVowel
            case "로": agreement = .afterVowelOrRieul
            default: agreement = .any
            }
            table[key] = agreement
        }
        return table
    }()

    static let maxParticleSyllables = particles.reduce(0) { max($0, $1.unicodeScalars.count) }

    /// The syllable index (0..<11172) encoded at p[i..<i+3], or nil.
    @inline(__always)
    static func syllableIndex(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32? {
        guard i >= 0, i + 2 < p.count else { return nil }
        let b0 = p[i]
        guard b0 >= 0xEA && b0 <= 0xED, p[i + 1] & 0xC0 == 0x80 else { return nil }
        let value = UInt32(b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
        let index = value &- HangulSyllable.base
        return index < HangulSyllable.count ? index : nil
    }

    /// The packed key of the syllables p[start..<end], or nil when that is not 1...4 whole syllables.
    @inline(__always)
    static func pack(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
        let length = end - start
        guard length > 0, length % 3 == 0, length <= 12 else { return nil }
        var key: UInt64 = UInt64(length / 3) << 56
        var i = start
        while i < end {
            guard let index = syllableIndex(p, i) else { return nil }
            key = key | (UInt64(index) << UInt64(14 * ((i - start) / 3)))
            i += 3
        }
        return key
    }

    /// True when `s` is exactly one particle (or listed particle combination).
    public static func isParticle<S: StringProtocol>(_ s: S) -> Bool {
        if let result = s.utf8.withContiguousStorageIfAvailable({ isParticle(utf8: $0) }) { return result }
        return Array(s.utf8).withUnsafeBufferPointer { isParticle(utf8: $0) }
    }

    /// True when the UTF-8 bytes are exactly one particle (for matchers working on bytes).
    public static func isParticle(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let key = pack(bytes, 0, bytes.count) else { return false }
        return table[key] != nil
    }

    /// For matchers working on bytes: when a match ends at `start` inside a word, the UTF-8 length of the rest of
    /// that word (the run of Hangul syllables from `start`) if it is empty or exactly one particle; nil otherwise.
    /// 전략군|에서는 -> 9, 전략군| -> 0, 전략|군 -> nil.
    public static func trailingParticleLength(utf8 bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var end = start
        while syllableIndex(bytes, end) != nil { end += 3 }
        if end == start { return 0 }
        guard let key = pack(bytes, start, end), let agreement = table[key] else { return nil }
        return agrees(agreement, bytes, stemEnd: start) ? end - start : nil
    }

    /// Whether a particle with `agreement` can follow the stem ending just before `stemEnd`: forms beginning
    /// 은/이/을/과/으 need a final consonant, 는/가/를/와/라/란/나/랑 a vowel, 로 a vowel or ㄹ. Non-Hangul stems
    /// (UN, 11) accept either form because their reading is unknown.
    @inline(__always)
    static func agrees(_ agreement: Agreement, _ p: UnsafeBufferPointer<UInt8>, stemEnd: Int) -> Bool {
        if agreement == .any { return true }
        guard let index = syllableIndex(p, stemEnd - 3) else { return true }
        let final = Int(index % 28)
        switch agreement {
        case .any: return true
        case .afterConsonant: return final != 0
        case .afterVowel: return final == 0
        case .afterVowelOrRieul: return final == 0 || final == HangulSyllable.Final.rieul
        }
    }

    /// UTF-8 length of the stem after stripping the longest agreeing particle (the whole length when none).
    static func stemLength(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        let n = p.count
        var length = min(maxParticleSyllables, (n - 1) / 3)
        while length >= 1 {
            let stemEnd = n - 3 * length
            if let key = pack(p, stemEnd, n), let agreement = table[key], agrees(agreement, p, stemEnd: stemEnd) {
                return stemEnd
            }
            length -= 1
        }
        return n
    }

    /// The noun with trailing particles removed, longest match first, never empty: 전략군에서 -> 전략군, 보위국의 -> 보위국.
    public static func strip(_ word: String) -> String {
        var copy = word
        let stemEnd = copy.withUTF8 { stemLength($0) }
        if stemEnd == word.utf8.count || protectedNouns.contains(word) { return word }
        return copy.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<stemEnd]), as: UTF8.self) }
    }

    /// Every plausible stem (the word itself first, then longer stems before shorter ones), because stripping
    /// is ambiguous (국가가 -> 국가가, 국가; 김정은 -> 김정은, 김정).
    public static func stems(_ word: String) -> [String] {
        var result = [word]
        var copy = word
        copy.withUTF8 { p in
            let n = p.count
            let longest = min(maxParticleSyllables, (n - 1) / 3)
            guard longest >= 1 else { return }
            for length in 1...longest {
                let stemEnd = n - 3 * length
                if let key = pack(p, stemEnd, n), let agreement = table[key], agrees(agreement, p, stemEnd: stemEnd) {
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: p[0..<stemEnd]), as: UTF8.self))
                }
            }
        }
        return result
    }
}
