import KoglossGlossary
import Testing

/// The matcher against the implementation it replaced (`ReferenceTermMatcher`, kept verbatim in this
/// target) on generated glossaries and texts full of what folding must handle: case, plurals (-s, -es,
/// -ies, and words that only look plural), possessives with ' and ’, hyphens and dashes, line breaks,
/// punctuation, acronyms, joined name romanisations, non-ASCII words; Korean particles, North/South
/// spellings (로동/노동, 리/이), optional spaces and hyphens inside terms.
@Suite struct TermMatcherDifferentialTests {
    struct Generator {
        var state: UInt64
        init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
        mutating func chance(_ n: Int) -> Bool { below(n) == 0 }
    }

    /// English word stems chosen so that inflection rules meet their edge cases.
    static let stems = ["army", "force", "church", "box", "buzz", "class", "status", "analysis", "bus", "party", "people",
                        "worker", "korea", "korean", "state", "security", "guard", "corps", "series", "news", "mass",
                        "kim", "jong", "un", "il", "sung", "pyongyang", "ri", "sol", "ju", "café", "élite", "u.s",
                        "o'brien", "k9", "2nd", "boy", "day", "key", "toy", "aies", "eies", "sses", "abyss", "iris",
                        "dish", "watch", "fox", "quiz", "a", "is", "us", "s", "x", "ministry", "affairs", "commission"]
    static let filler = ["the", "of", "and", "to", "in", "said", "that", "north", "source", "was", "reportedly", "new",
                         "Ünal", "naïve", "東京", "전략군", "42", "x1", "it's", "don't"]
    static let koreanSyllables = ["조", "선", "로", "노", "동", "당", "인", "민", "군", "리", "이", "설", "주", "국", "가",
                                  "보", "위", "성", "량", "양", "녀", "여", "류", "유", "라", "나", "전", "략", "무", "원", "회"]
    static let particles = ["은", "는", "이", "가", "을", "를", "의", "에서", "으로", "도", "에서는", "과의", "들", "관", "장", "측"]

    static func termbase(_ g: inout Generator, concepts: Int) -> Termbase {
        let fields: [SubjectField] = [.institution, .militaryUnit, .rank, .person, .place, .publication]
        var result: [Concept] = []
        for c in 0..<concepts {
            var terms: [Term] = []
            let koreanLength = 1 + g.below(4)
            var korean = ""
            for s in 0..<koreanLength {
                if s > 0 && g.chance(5) { korean += g.pick([" ", "-", "·"]) }
                korean += g.pick(koreanSyllables)
            }
            terms.append(Term(language: .korean, text: korean, status: .preferred))
            let words = (0..<(1 + g.below(3))).map { _ in stems[g.below(stems.count)] }
            var english = ""
            for (w, word) in words.enumerated() {
                if w > 0 { english += g.pick([" ", " ", "-", " "]) }
                var word = word
                if g.chance(3) { word = word.prefix(1).uppercased() + word.dropFirst() }
                if g.chance(12) { word += g.pick(["'s", "’s", "s"]) }
                english += word
            }
            terms.append(Term(language: .english, text: english, status: .preferred))
            if g.chance(4) {
                let acronym = words.map { String($0.prefix(1)).uppercased() }.joined() + (g.chance(3) ? "O" : "")
                terms.append(Term(language: .english, text: acronym, status: .admitted, type: .acronym, caseSensitive: true))
            }
            result.append(Concept(id: "c\(c)", subjectField: g.pick(fields), terms: terms))
        }
        return Termbase(concepts: result)
    }

    /// - Parameter modifierApostrophe: also use ʼ (U+02BC) in possessives; never where a range may cut
    ///   just before or after it (the reference loops forever on a word that starts with it).
    static func englishText(_ g: inout Generator, words: Int, modifierApostrophe: Bool = true) -> String {
        var text = ""
        for w in 0..<words {
            if w > 0 {
                text += g.pick([" ", " ", " ", " ", "  ", "-", " - ", "–", "\n", "\n\n", ", ", ". ", "’ ", "' ", " ' ", "\t",
                                "\u{00A0}", "\r\n", "’", "'", " (", ") ", "/"])
            }
            var word = g.chance(3) ? g.pick(filler) : g.pick(stems)
            switch g.below(6) {
            case 0: word = word.uppercased()
            case 1: word = word.prefix(1).uppercased() + word.dropFirst()
            default: break
            }
            if g.chance(4) { word += g.pick(["s", "es", "'s", "’s", "ies", "S", "'S", modifierApostrophe ? "ʼs" : "'s", "s'", "'t", ".s"]) }
            text += word
        }
        return text
    }

    static func koreanText(_ g: inout Generator, words: Int) -> String {
        var text = ""
        for w in 0..<words {
            if w > 0 { text += g.pick([" ", " ", "  ", "\n", ", ", ". ", "“", "”", "-", " - "]) }
            if g.chance(8) { text += g.pick(["Kim", "KPA", "2021년", "(", "東京"]); continue }
            let length = 1 + g.below(5)
            for s in 0..<length {
                if s > 0 && g.chance(8) { text += g.pick([" ", "-", "  "]) }
                text += g.pick(koreanSyllables)
            }
            if g.chance(2) { text += g.pick(particles) }
            if g.chance(6) { text += g.pick(particles) }
        }
        return text
    }

    @Test(arguments: [1, 2, 3, 4])
    func agreesWithTheReferenceOnGeneratedTexts(seed: UInt64) {
        var g = Generator(seed: seed)
        let termbase = Self.termbase(&g, concepts: 40 + Int(seed) * 60)
        let matcher = TermMatcher(termbase: termbase)
        let reference = ReferenceTermMatcher(termbase: termbase)
        var englishMatches = 0, koreanMatches = 0
        for _ in 0..<150 {
            let english = Self.englishText(&g, words: 5 + g.below(120))
            let expected = reference.englishMatches(in: english)
            #expect(matcher.englishMatches(in: english) == expected, "\(english)")
            englishMatches += expected.count
            let korean = Self.koreanText(&g, words: 5 + g.below(60))
            let expectedKorean = reference.koreanMatches(in: korean)
            #expect(matcher.koreanMatches(in: korean) == expectedKorean, "\(korean)")
            koreanMatches += expectedKorean.count
        }
        // The texts do exercise the matcher.
        #expect(englishMatches > 300)
        #expect(koreanMatches > 300)
    }

    @Test func agreesWithinRanges() {
        var g = Generator(seed: 99)
        let termbase = Self.termbase(&g, concepts: 150)
        let matcher = TermMatcher(termbase: termbase)
        let reference = ReferenceTermMatcher(termbase: termbase)
        for _ in 0..<60 {
            let english = Self.englishText(&g, words: 80, modifierApostrophe: false)
            let korean = Self.koreanText(&g, words: 40)
            // Ranges on scalar boundaries (the callers' paragraphs).
            let englishBounds = english.unicodeScalars.indices.map { english.utf8.distance(from: english.utf8.startIndex, to: $0) } + [english.utf8.count]
            let koreanBounds = korean.unicodeScalars.indices.map { korean.utf8.distance(from: korean.utf8.startIndex, to: $0) } + [korean.utf8.count]
            var englishRanges: [Range<Int>] = [], koreanRanges: [Range<Int>] = []
            for _ in 0..<4 {
                let a = g.pick(englishBounds), b = g.pick(englishBounds)
                englishRanges.append(min(a, b)..<max(a, b))
                let c = g.pick(koreanBounds), d = g.pick(koreanBounds)
                koreanRanges.append(min(c, d)..<max(c, d))
            }
            #expect(matcher.englishMatches(in: english, ranges: englishRanges) == englishRanges.map { reference.englishMatches(in: english, range: $0) })
            #expect(matcher.koreanMatches(in: korean, ranges: koreanRanges) == koreanRanges.map { reference.koreanMatches(in: korean, range: $0) })
        }
    }

    @Test func aModifierLetterApostropheNeverStartsAWord() {
        var g = Generator(seed: 5)
        let termbase = Self.termbase(&g, concepts: 100)
        let matcher = TermMatcher(termbase: termbase)
        let reference = ReferenceTermMatcher(termbase: termbase)
        let text = "Army\u{02BC}s force ARMY force"
        // Ranges that start or end at the ʼ (where the old scanner never returned) find what a space finds.
        let cut = text.utf8.firstIndex(of: 0xCA).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }!
        let spaced = "Army s force ARMY force"
        #expect(matcher.englishMatches(in: text, range: cut..<text.utf8.count).map(\.range)
                == reference.englishMatches(in: spaced, range: cut + 1..<spaced.utf8.count).map { $0.range.lowerBound + 1..<$0.range.upperBound + 1 })
        #expect(matcher.englishMatches(in: text, range: 0..<cut + 2) == reference.englishMatches(in: text, range: 0..<cut))
        #expect(matcher.englishMatches(in: "\u{02BC}") == [])
    }

    @Test func agreesWithoutRomanizationVariants() {
        var g = Generator(seed: 7)
        let termbase = Self.termbase(&g, concepts: 200)
        let matcher = TermMatcher(termbase: termbase, romanizationVariants: false)
        let reference = ReferenceTermMatcher(termbase: termbase, romanizationVariants: false)
        for _ in 0..<50 {
            let english = Self.englishText(&g, words: 100)
            #expect(matcher.englishMatches(in: english) == reference.englishMatches(in: english))
        }
    }

    /// Acronyms sharing one key ("BT", "BTS", "BTs" all fold to `bt`), written with other cases and plurals:
    /// each terminal's accepted subset (all, some, none) as the reference finds it.
    @Test func acronymsSharingAKeyAcceptWhatTheReferenceAccepts() {
        let termbase = Termbase(concepts: [
            Concept(id: "a", subjectField: .institution, terms: [Term(language: .english, text: "BT", status: .admitted, type: .acronym, caseSensitive: true)]),
            Concept(id: "b", subjectField: .institution, terms: [Term(language: .english, text: "BTS", status: .admitted, type: .acronym, caseSensitive: true)]),
            Concept(id: "c", subjectField: .institution, terms: [Term(language: .english, text: "BT", status: .admitted, type: .acronym, caseSensitive: true)]),
            Concept(id: "d", subjectField: .institution, terms: [Term(language: .english, text: "US", status: .admitted, type: .acronym, caseSensitive: true),
                                                                 Term(language: .english, text: "united states", status: .preferred)]),
            Concept(id: "e", subjectField: .institution, terms: [Term(language: .english, text: "KPAF", status: .admitted, type: .acronym, caseSensitive: true)]),
            Concept(id: "f", subjectField: .institution, terms: [Term(language: .english, text: "kpaf", status: .preferred)]),
            Concept(id: "g", subjectField: .institution, terms: [Term(language: .english, text: "ABCDEFGHIJ", status: .admitted, type: .acronym, caseSensitive: true)]),
        ])
        let matcher = TermMatcher(termbase: termbase)
        let reference = ReferenceTermMatcher(termbase: termbase)
        let text = "BT BTS BTs bts Bt BTES BTSs us US USes U.S. KPAF kpaf KPAFs ABCDEFGHIJ ABCDEFGHIJs abcdefghij BT's BTS’"
        let expected = reference.englishMatches(in: text)
        #expect(matcher.englishMatches(in: text) == expected)
        // Some words match all of their terminal's entries, some only part of them.
        #expect(expected.contains { $0.references.count == 2 } && expected.contains { $0.references.count == 1 })
        #expect(expected.count >= 8)
    }

    /// Korean terms that start with a Latin letter or a digit (not a Hangul syllable: the edge table, not the
    /// per-syllable records), one-syllable terms, and terms whose first syllable starts many others.
    @Test func koreanTermsOutsideTheSyllableRecordsAgreeWithTheReference() {
        let korean = ["KPA부대", "당", "당중앙", "당중앙위원회", "당원", "2군단", "조선로동당", "조선", "k-9자주포", "東京특파원"]
        let termbase = Termbase(concepts: korean.enumerated().map { c, text in
            Concept(id: "k\(c)", subjectField: .institution, terms: [Term(language: .korean, text: text, status: .preferred),
                                                                      Term(language: .english, text: "term \(c)", status: .preferred)])
        })
        let matcher = TermMatcher(termbase: termbase)
        let reference = ReferenceTermMatcher(termbase: termbase)
        let text = "KPA부대는 당의 당중앙위원회에서 당원들과 2군단의 kpa부대 조선노동당 조선 K-9자주포를 東京특파원이 당중 당중앙은"
        let expected = reference.koreanMatches(in: text)
        #expect(matcher.koreanMatches(in: text) == expected)
        #expect(expected.count >= 8)
    }
}
