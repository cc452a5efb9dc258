import KoglossGlossary

/// What the rules ask of every glossary term, one byte per term, and each concept's preferred English
/// term: worked out once per engine from the matcher's term facts. A lookup per match then reads a
/// small array that stays in the caches instead of the facts (tens of bytes per term, megabytes for a
/// large glossary).
final class LintTermTable: Sendable {
    /// Bits of a term.
    struct Bits: OptionSet, Sendable {
        let rawValue: UInt8
        /// Deprecated or superseded.
        static let discouraged = Bits(rawValue: 1 << 0)
        /// A person's or place's name, or a discouraged romanisation variant.
        static let nameOrRomanization = Bits(rawValue: 1 << 1)
        /// An acronym or abbreviation.
        static let acronymType = Bits(rawValue: 1 << 2)
        /// Its concept has a validity period.
        static let dated = Bits(rawValue: 1 << 3)
        /// Neither discouraged nor an acronym, abbreviation or short form.
        static let fullAccepted = Bits(rawValue: 1 << 4)
        /// A person's or place's name.
        static let name = Bits(rawValue: 1 << 5)
        /// A discouraged romanisation variant.
        static let romanizationVariant = Bits(rawValue: 1 << 6)
        /// In English (`LanguageCode.isEnglish`).
        static let english = Bits(rawValue: 1 << 7)
    }

    /// A concept's entry: where its terms start in `bits` (the matcher's own offsets), the index of its
    /// preferred English term (as `Concept.preferredTerm(in: .english)` picks it: preferred, else admitted,
    /// else any not discouraged; -1 for none) and the bits of its first eight terms (byte k for term k).
    /// Sixteen bytes, so that one cache miss per concept gives all three: a large glossary's per-concept
    /// and per-term arrays do not stay in the caches from one document to the next.
    struct ConceptEntry: Sendable {
        var termStart: Int32
        var preferredEnglish: Int32
        var firstBits: UInt64

        /// The bits of the concept's term `term`, from the entry for its first eight terms, else from `all`.
        @inline(__always)
        func bits(ofTerm term: Int, in all: UnsafeBufferPointer<Bits>) -> Bits {
            term < 8 ? Bits(rawValue: UInt8(truncatingIfNeeded: firstBits >> UInt64(truncatingIfNeeded: term &* 8))) : all[Int(termStart) + term]
        }
    }

    /// `bits[entries[concept].termStart + term]`.
    let bits: [Bits]
    /// Per concept, `ConceptEntry`.
    let entries: [ConceptEntry]
    /// The matcher, its term facts and the termbase's concepts, held by this one object the engine shares
    /// with every document's context: a context reads them through one reference instead of copying the
    /// matcher (a retain and a release of each of its tables per document).
    let matcher: TermMatcher
    let facts: [TermMatcher.TermFacts]
    let factsOffset: [Int]
    let termbaseConcepts: [Concept]
    /// Every term's written form, UTF-8, one after the other: the flat term `i`'s are
    /// `textBytes[textStart[i]..<textStart[i + 1]]` (compared with matched text without reaching the
    /// concept, its terms and their strings, four cache misses apart).
    let textBytes: [UInt8]
    let textStart: [Int32]

    init(matcher: TermMatcher) {
        let (facts, offsets) = matcher.factsTable
        var bits: [Bits] = []
        bits.reserveCapacity(facts.count)
        for f in facts {
            var b: Bits = []
            let discouraged = f.status.isDiscouraged
            if discouraged { b.insert(.discouraged) }
            if f.subjectField == .person || f.subjectField == .place { b.insert([.name, .nameOrRomanization]) }
            if discouraged && f.variantKind == .romanization { b.insert([.romanizationVariant, .nameOrRomanization]) }
            if f.language.isEnglish { b.insert(.english) }
            if f.type == .acronym || f.type == .abbreviation { b.insert(.acronymType) }
            if f.hasValidity { b.insert(.dated) }
            if !discouraged && f.type != .acronym && f.type != .abbreviation && f.type != .shortForm { b.insert(.fullAccepted) }
            bits.append(b)
        }
        var entries: [ConceptEntry] = []
        entries.reserveCapacity(offsets.count)
        for c in offsets.indices {
            let first = offsets[c], end = c + 1 < offsets.count ? offsets[c + 1] : facts.count
            var chosen = -1, admitted = -1, usable = -1
            for i in first..<end {
                let status = facts[i].status
                guard !status.isDiscouraged, facts[i].language == .english else { continue }
                switch status {
                case .preferred: chosen = i - first
                case .admitted: if admitted < 0 { admitted = i - first }
                default: if usable < 0 { usable = i - first }
                }
                if chosen >= 0 { break }
            }
            var firstBits: UInt64 = 0
            for i in first..<min(end, first + 8) { firstBits |= UInt64(bits[i].rawValue) << UInt64((i - first) * 8) }
            entries.append(ConceptEntry(termStart: Int32(first), preferredEnglish: Int32(chosen >= 0 ? chosen : admitted >= 0 ? admitted : usable),
                                        firstBits: firstBits))
        }
        var textBytes: [UInt8] = []
        var textStart: [Int32] = []
        textStart.reserveCapacity(facts.count + 1)
        textStart.append(0)
        for (c, concept) in matcher.termbase.concepts.enumerated() {
            // The facts hold a concept's terms in order from its offset (checked, as a lookup relies on it).
            precondition(offsets[c] == textStart.count - 1, "term facts out of step with the concepts' terms")
            for term in concept.terms {
                var text = term.text
                text.withUTF8 { textBytes.append(contentsOf: $0) }
                textStart.append(Int32(textBytes.count))
            }
        }
        precondition(textStart.count == facts.count + 1, "term facts out of step with the concepts' terms")
        self.bits = bits
        self.entries = entries
        self.matcher = matcher
        self.facts = facts
        factsOffset = offsets
        termbaseConcepts = matcher.termbase.concepts
        self.textBytes = textBytes
        self.textStart = textStart
    }
}
