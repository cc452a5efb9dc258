import Foundation
import KoglossGlossary
import KoglossText

/// Across stored pairs: concepts rendered in more than one way, with counts per rendering, per pair and
/// per translator (`kogloss lint --corpus`). Acronyms and short forms are left out (they stand beside a
/// full form); renderings are told apart by the glossary term they match.
public struct CorpusConsistencyReport: Sendable {
    /// One pair's English text and who translated it.
    public struct Input: Sendable {
        public var pairID: Int64
        public var translator: String?
        public var english: String
        public var paragraphs: [Range<Int>]
        public init(pairID: Int64, translator: String?, english: String, paragraphs: [Range<Int>]) {
            self.pairID = pairID
            self.translator = translator
            self.english = english
            self.paragraphs = paragraphs
        }
    }

    public struct Rendering: Sendable, Codable {
        public var text: String
        public var status: String
        public var uses: Int
        public var pairs: [Int64]
        public var byTranslator: [String: Int]
    }

    public struct Group: Sendable, Codable {
        public var conceptID: String
        public var korean: String?
        public var renderings: [Rendering]
    }

    public private(set) var groups: [Group] = []
    public private(set) var pairCount = 0

    public init(matcher: TermMatcher, pairs: [Input]) {
        pairCount = pairs.count
        // concept -> term -> (uses, pairs, translators)
        var table: [Int: [Int: (uses: Int, pairs: Set<Int64>, translators: [String: Int])]] = [:]
        for pair in pairs {
            let ranges = pair.paragraphs.isEmpty ? [0..<pair.english.utf8.count] : pair.paragraphs
            for matches in matcher.englishMatches(in: pair.english, ranges: ranges) {
                for m in matches {
                    let refs = m.references.filter { !$0.isGeneratedVariant }
                    guard let ref = refs.first, refs.allSatisfy({ $0.concept == ref.concept }) else { continue }
                    let facts = matcher.facts(ref)
                    if facts.type == .acronym || facts.type == .abbreviation || facts.type == .shortForm { continue }
                    var entry = table[ref.concept, default: [:]][ref.term] ?? (0, [], [:])
                    entry.uses += 1
                    entry.pairs.insert(pair.pairID)
                    entry.translators[pair.translator ?? "unknown", default: 0] += 1
                    table[ref.concept, default: [:]][ref.term] = entry
                }
            }
        }
        for (c, terms) in table where terms.count > 1 {
            let concept = matcher.termbase.concepts[c]
            let renderings = terms.sorted { $0.value.uses > $1.value.uses || ($0.value.uses == $1.value.uses && $0.key < $1.key) }.map { t, v in
                Rendering(text: concept.terms[t].text, status: concept.terms[t].status.rawValue, uses: v.uses,
                          pairs: v.pairs.sorted(), byTranslator: v.translators)
            }
            groups.append(Group(conceptID: concept.id, korean: concept.preferredTerm(in: .korean)?.text, renderings: renderings))
        }
        groups.sort { $0.conceptID < $1.conceptID }
    }

    /// Human-readable report.
    public var text: String {
        if groups.isEmpty { return "every concept is rendered one way across \(pairCount) pairs\n" }
        var out = ""
        for g in groups {
            out += "\(g.conceptID)\(g.korean.map { " (\($0))" } ?? ""): \(g.renderings.count) renderings\n"
            for r in g.renderings {
                let translators = r.byTranslator.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
                let status = r.status == "preferred" ? "" : " [\(r.status)]"
                out += "  \(r.text)\(status): \(r.uses) use\(r.uses == 1 ? "" : "s") in \(r.pairs.count) pair\(r.pairs.count == 1 ? "" : "s") "
                    + "(pairs \(r.pairs.map(String.init).joined(separator: ", ")); \(translators))\n"
            }
        }
        out += "\(groups.count) concept\(groups.count == 1 ? "" : "s") rendered differently across \(pairCount) pairs\n"
        return out
    }

    /// JSON report.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        struct Root: Encodable { var pairs: Int; var concepts: [Group] }
        let data = (try? encoder.encode(Root(pairs: pairCount, concepts: groups))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
