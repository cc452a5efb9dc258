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

    /// `bits[offsets[concept] + term]`.
    let bits: [Bits]
    /// Where each concept's terms start in `bits` (the matcher's own offsets).
    let offsets: [Int]
    /// Per concept, the index of its preferred English term (as `Concept.preferredTerm(in: .english)`
    /// picks it: preferred, else admitted, else any not discouraged), -1 for none.
    let preferredEnglish: [Int32]

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
        var preferred: [Int32] = []
        preferred.reserveCapacity(offsets.count)
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
            preferred.append(Int32(chosen >= 0 ? chosen : admitted >= 0 ? admitted : usable))
        }
        self.bits = bits
        self.offsets = offsets
        preferredEnglish = preferred
    }
}
