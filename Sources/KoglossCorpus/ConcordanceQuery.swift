import Foundation
import KoglossAlign
import KoglossText

/// A concordance query turned into FTS5 searches. A query with Hangul searches the Korean side: each word
/// loses its particles (전략군에서 -> 전략군); stems of 3+ characters match anywhere inside a word (through
/// the index of 3-character sequences), shorter ones match whole stems. All words must occur. Otherwise the query
/// is an English phrase searched with Porter stemming (forces -> force).
public struct ConcordanceQuery: Sendable, Equatable {
    public enum Language: String, Sendable, Codable { case english = "en", korean = "ko" }

    /// The side searched.
    public let language: Language
    /// Korean: the stems searched; English: the words of the phrase.
    public let terms: [String]

    /// Throws `InputError` for a query with no letters or digits.
    public init(_ query: String) throws {
        let text = query.precomposedStringWithCanonicalMapping
        let words = KoreanSearchKey.words(in: text).map(String.init)
        guard !words.isEmpty else {
            throw InputError(message: "the query '\(query)' has no words to search for", hint: "give a Korean or English word or phrase")
        }
        if HangulScript.containsHangul(text) {
            language = .korean
            terms = words.map { word in
                let stem = JosaStripper.strip(word)
                // Never cut a word down to one syllable: 국가 is not 국 + 가.
                return stem.count >= 2 ? stem : word
            }
        } else {
            language = .english
            terms = words
        }
    }

    /// The FTS5 query over the Korean search keys: a short term as a whole stem (`"북한"`), a longer one as
    /// its 3-character sequences (`"노동신" AND "동신문"`), all terms joined by AND.
    var koreanMatch: String {
        var tokens: [String] = []
        for term in terms {
            let parts = term.unicodeScalars.count >= 3 ? KoreanSearchKey.trigrams(of: term) : [term]
            for part in parts where !tokens.contains(part) { tokens.append(part) }
        }
        return Self.ftsAnd(tokens)
    }

    /// Terms of 4+ characters: their sequences can all occur without the term itself, so hits are confirmed.
    var koreanTermsToConfirm: [String] { terms.filter { $0.unicodeScalars.count > 3 } }

    /// FTS5 query text: quoted strings joined by AND (quotes escaped by doubling).
    static func ftsAnd(_ terms: [String]) -> String {
        terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
    }

    /// The English phrase as one FTS5 phrase.
    var englishPhrase: String { "\"" + terms.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
