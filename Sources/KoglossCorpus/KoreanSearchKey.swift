import Foundation

/// The text indexed for short Korean queries: every word of a paragraph followed by its josa-stripped
/// stems (전략군에서 -> "전략군에서 전략군"), so a 1-2 syllable stem such as 북한 matches 북한의 exactly,
/// which the trigram index cannot do.
enum KoreanSearchKey {
    /// Space-separated words and stems of `text`, each word once.
    static func key(for text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count * 2)
        var seen = Set<Substring>()
        for word in words(in: text) where seen.insert(word).inserted {
            if !out.isEmpty { out.append(" ") }
            out.append(contentsOf: word)
            if word.unicodeScalars.contains(where: HangulScript.isHangul) {
                for stem in JosaStripper.stems(String(word)).dropFirst() where !stem.isEmpty {
                    out.append(" ")
                    out.append(stem)
                }
            }
        }
        return out
    }

    /// Runs of letters and digits (Hangul included); punctuation and spaces separate words.
    static func words(in text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            let scalar = scalars[index]
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord {
                if start == nil { start = index }
            } else if let s = start {
                result.append(text[s..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let s = start { result.append(text[s..<text.endIndex]) }
        return result
    }
}
