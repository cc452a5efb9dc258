import KoglossText

/// Korean words for lexicon lookup: split at spaces and punctuation, South Korean spelling.
enum KoreanWords {
    static let separators: Set<Character> = ["(", ")", "[", "]", "{", "}", "<", ">", "\"", "'", "“", "”", "‘", "’", ",", ".", "·",
                                             "…", "!", "?", ":", ";", "「", "」", "『", "』", "/", "=", "-", "~"]

    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || separators.contains($0) }).map { KoreanSpelling.southKoreanForm(String($0)) }
    }
}

/// English words for lexicon lookup: letters, digits and apostrophes, folded to base forms.
enum EnglishWords {
    static func split(_ text: String) -> [String] {
        let folded = TextNormalizer.foldForMatching(text)
        return folded.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") }).compactMap { word -> String? in
            let base = EnglishInflection.baseForm(String(word))
            return base.isEmpty ? nil : base
        }
    }

    /// Concepts of the phrases (word-key sequences, longest first per first word) found in `text`, left to right.
    static func findPhrases(in text: String, phrases: [String: [(words: [String], concept: Int)]]) -> [Int] {
        let words = split(text)
        var found: [Int] = []
        var index = 0
        while index < words.count {
            var advanced = false
            if let candidates = phrases[words[index]] {
                for candidate in candidates where index + candidate.words.count <= words.count {
                    if words[index..<(index + candidate.words.count)].elementsEqual(candidate.words) {
                        found.append(candidate.concept)
                        index += candidate.words.count
                        advanced = true
                        break
                    }
                }
            }
            if !advanced { index += 1 }
        }
        return found
    }
}
