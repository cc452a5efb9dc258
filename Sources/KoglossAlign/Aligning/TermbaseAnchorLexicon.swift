import KoglossGlossary
import KoglossText

/// Glossary anchors from a termbase: a Korean term counts where it starts a word and is followed by nothing but
/// particles (전략군에서 -> 전략군), North and South Korean spellings alike; an English rendering counts
/// case-insensitively with inflection and possessives tolerated (Strategic Force's -> strategic force).
public struct TermbaseAnchorLexicon: AnchorLexicon {
    private let korean: KoreanTermIndex
    private let english: EnglishPhraseIndex
    private let particles: Set<String>

    /// Concepts with terms in both languages only: a one-language concept cannot anchor a link.
    public init(termbase: Termbase) {
        var korean: [(term: String, concept: Int)] = []
        var english: [(phrase: String, concept: Int)] = []
        for (number, concept) in termbase.concepts.enumerated() {
            let ko = concept.terms.filter { $0.language.isKorean }
            let en = concept.terms.filter { $0.language.isEnglish }
            guard !ko.isEmpty, !en.isEmpty else { continue }
            korean += ko.filter { $0.text.count >= 2 }.map { ($0.text, number) }
            english += en.map { ($0.text, number) }
        }
        self.korean = KoreanTermIndex(korean)
        self.english = EnglishPhraseIndex(english)
        self.particles = Set(JosaStripper.particles)
    }

    public func koreanConcepts(in text: String) -> [Int] {
        korean.find(in: text) { word, term in
            let rest = word.dropFirst(term.count)
            return rest.isEmpty || particles.contains(String(rest)) || JosaStripper.strip(word) == term
        }
    }

    public func englishConcepts(in text: String) -> [Int] {
        english.find(in: text)
    }
}
