/// Removes Korean particles (josa) from the end of a noun phrase written as one word, so that
/// 전략군에서, 전략군은 and 전략군의 all reduce to 전략군. Stripping is ambiguous (국가 ends in the particle 가),
/// so `strip` checks that the particle agrees with the stem's last sound (가 only after a vowel, 이 only after
/// a consonant, ...) and keeps a short list of nouns that merely end in a particle-like syllable;
/// `stems` returns every candidate for callers that can check them against a glossary.
public enum JosaStripper {
    /// Korean particles (josa) and common particle combinations that attach to nouns, longest first.
    public static let particles: [String] = [
        // Combinations (case particle + topic/additive/genitive particle).
        "에서부터", "으로부터", "에게서는", "으로서는", "으로써는",
        "에서는", "에서도", "에서의", "에서만", "에게는", "에게도", "에게서", "에게만", "께서는", "께서도",
        "으로는", "으로도", "으로서", "으로써", "으로의", "으로만", "로부터", "이라는", "이라고", "이라도",
        "까지는", "까지도", "까지의", "부터는", "부터도", "보다는", "보다도", "처럼은", "만으로", "이나마",
        "에는", "에도", "에만", "에의", "에서", "에게", "께서", "한테", "로는", "로도", "로서", "로써", "로의", "로만",
        "으로", "과의", "와의", "과는", "와는", "과도", "와도", "까지", "부터", "보다", "처럼", "마다", "조차",
        "밖에", "만을", "만이", "만의", "만은", "만도", "만큼", "이나", "이랑", "이란", "라는", "라고", "라도",
        "들은", "들이", "들을", "들의", "들에", "들과", "들도", "들로", "들만", "들에게", "들에서", "들이다",
        "등의", "등을", "등이", "등은", "등과", "등도", "등에",
        // Single particles.
        "은", "는", "이", "가", "을", "를", "의", "에", "도", "만", "와", "과", "로", "나", "랑", "께",
        "란", "뿐", "등", "들",
    ]

    /// Nouns that end in a particle-like syllable and are complete words on their own.
    static let protectedNouns: Set<String> = [
        "김정은", "김여정", "이설주", "리설주",
        "회의", "합의", "협의", "논의", "결의", "동의", "주의", "정의", "의의", "건의", "민의", "항의", "대의",
        "결과", "성과", "학과", "분과", "부과", "통과", "전과", "사과",
        "도로", "수도", "정도", "태도", "제도", "지도", "속도", "각도", "한도", "강도", "반도", "시도", "의도",
        "양강도", "량강도", "자강도", "함경도", "황해도", "평안도", "강원도", "경기도", "제주도", "전라도", "경상도", "충청도",
        "평등", "초등", "고등", "중등", "가등",
        "기만", "불만", "미만", "이만", "수만", "천만", "백만", "억만",
        "경로", "진로", "통로", "항로", "노로", "공로", "원로", "활로", "해로", "수로", "철로", "육로", "대로", "항공로",
        "이", "가", "은", "도", "만", "의", "등",
    ]

    static let particleSet: Set<String> = Set(particles)
    static let maxParticleScalars = particles.reduce(0) { max($0, $1.unicodeScalars.count) }

    /// True when `s` is exactly one particle (or listed particle combination).
    public static func isParticle<S: StringProtocol>(_ s: S) -> Bool {
        particleSet.contains(String(s))
    }

    /// The noun with trailing particles removed, longest match first, never empty: 전략군에서 -> 전략군, 보위국의 -> 보위국.
    public static func strip(_ word: String) -> String {
        if protectedNouns.contains(word) { return word }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, let last = scalars.last, HangulScript.isSyllable(last) else { return word }
        let longest = min(maxParticleScalars, scalars.count - 1)
        var length = longest
        while length >= 1 {
            let stemCount = scalars.count - length
            let particle = String(String.UnicodeScalarView(scalars[stemCount...]))
            if particleSet.contains(particle) && agrees(particle, after: scalars[stemCount - 1]) {
                return String(String.UnicodeScalarView(scalars[..<stemCount]))
            }
            length -= 1
        }
        return word
    }

    /// Every plausible stem (the word itself first, then longer stems before shorter ones), because stripping
    /// is ambiguous (국가가 -> 국가가, 국가; 김정은 -> 김정은, 김정).
    public static func stems(_ word: String) -> [String] {
        var result = [word]
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, let last = scalars.last, HangulScript.isSyllable(last) else { return result }
        let longest = min(maxParticleScalars, scalars.count - 1)
        for length in 1...max(1, longest) where length <= longest {
            let stemCount = scalars.count - length
            let particle = String(String.UnicodeScalarView(scalars[stemCount...]))
            if particleSet.contains(particle) && agrees(particle, after: scalars[stemCount - 1]) {
                let stem = String(String.UnicodeScalarView(scalars[..<stemCount]))
                if !result.contains(stem) { result.append(stem) }
            }
        }
        return result
    }

    /// Whether `particle` can follow a stem ending in `last`: forms beginning 은/이/을/과/으 need a final consonant,
    /// 는/가/를/와/라/란/나/랑 need a vowel, 로 needs a vowel or ㄹ. Non-Hangul stems (11군단 is Hangul, UN is not)
    /// accept either form because the reading is unknown.
    static func agrees(_ particle: String, after last: Unicode.Scalar) -> Bool {
        guard let stemSyllable = HangulSyllable(last) else { return true }
        guard let first = particle.unicodeScalars.first else { return false }
        switch first {
        case "은", "이", "을", "과", "으":
            return stemSyllable.hasFinalConsonant
        case "는", "가", "를", "와", "라", "란", "나", "랑":
            return !stemSyllable.hasFinalConsonant
        case "로":
            return !stemSyllable.hasFinalConsonant || stemSyllable.final == HangulSyllable.Final.rieul
        default:
            return true
        }
    }
}
