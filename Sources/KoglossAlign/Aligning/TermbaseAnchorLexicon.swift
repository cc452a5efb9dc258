import KoglossGlossary
import KoglossText

/// Glossary anchors from a termbase: a Korean term counts where it starts a word and is followed by nothing but
/// particles (전략군에서 -> 전략군), North and South Korean spellings alike; an English rendering counts
/// case-insensitively with inflection and possessives tolerated (Strategic Force's -> strategic force).
public struct TermbaseAnchorLexicon: AnchorLexicon {
    /// Korean term keys (South Korean form) by first character, with their concept numbers.
    private let korean: [Character: [(term: String, concept: Int)]]
    /// English renderings as word-key sequences, by first word key.
    private let english: [String: [(words: [String], concept: Int)]]
    private let particles: Set<String>

    /// Concepts with terms in both languages only: a one-language concept cannot anchor a link.
    public init(termbase: Termbase) {
        var korean: [Character: [(term: String, concept: Int)]] = [:]
        var english: [String: [(words: [String], concept: Int)]] = [:]
        for (number, concept) in termbase.concepts.enumerated() {
            let ko = concept.terms.filter { $0.language.isKorean }
            let en = concept.terms.filter { $0.language.isEnglish }
            guard !ko.isEmpty, !en.isEmpty else { continue }
            var seen = Set<String>()
            for term in ko {
                let key = KoreanSpelling.matchingKey(term.text)
                guard let first = key.first, key.count >= 2, seen.insert(key).inserted else { continue }
                korean[first, default: []].append((key, number))
            }
            var seenEnglish = Set<[String]>()
            for term in en {
                let words = EnglishInflection.matchingKey(term.text).split(separator: " ").map(String.init)
                guard let first = words.first, seenEnglish.insert(words).inserted else { continue }
                english[first, default: []].append((words, number))
            }
        }
        // Longest terms first so 국가보위성 wins over 국가.
        self.korean = korean.mapValues { $0.sorted { $0.term.count > $1.term.count } }
        self.english = english.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        self.particles = Set(JosaStripper.particles)
    }

    public func koreanConcepts(in text: String) -> [Int] {
        var found: [Int] = []
        for key in KoreanWords.split(text) {
            guard let first = key.first, let candidates = korean[first] else { continue }
            for candidate in candidates where key.hasPrefix(candidate.term) {
                let rest = key.dropFirst(candidate.term.count)
                if rest.isEmpty || particles.contains(String(rest)) || JosaStripper.strip(key) == candidate.term {
                    found.append(candidate.concept)
                    break
                }
            }
        }
        return found
    }

    public func englishConcepts(in text: String) -> [Int] {
        EnglishWords.findPhrases(in: text, phrases: english)
    }
}
