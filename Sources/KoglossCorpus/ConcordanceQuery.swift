import Foundation
import KoglossAlign
import KoglossText

/// A concordance query turned into FTS5 searches. A query with Hangul searches the Korean side: each word
/// loses its particles (전략군에서 -> 전략군); stems of 3+ characters go to the trigram index (substring
/// match), shorter ones to the stem index (whole-stem match). Otherwise the query is an English phrase
/// searched with Porter stemming (forces -> force).
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

    /// Korean terms the trigram index can answer (3+ characters).
    var trigramTerms: [String] { language == .korean ? terms.filter { $0.count >= 3 } : [] }
    /// Korean terms answered by the stem index (1-2 characters).
    var stemTerms: [String] { language == .korean ? terms.filter { $0.count < 3 } : [] }

    /// FTS5 query text: quoted strings joined by AND (quotes escaped by doubling).
    static func ftsAnd(_ terms: [String]) -> String {
        terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
    }

    /// The English phrase as one FTS5 phrase.
    var englishPhrase: String { "\"" + terms.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
