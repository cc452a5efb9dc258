import KoglossGlossary

/// What the rules ask first about an English match, worked out once per document for all of them, so
/// that each rule passes over most matches by reading one byte instead of the matched terms' facts.
struct MatchFlags: OptionSet, Sendable {
    let rawValue: UInt8

    /// A matched term (generated variants aside) is deprecated or superseded.
    static let discouraged = MatchFlags(rawValue: 1 << 0)
    /// A matched term (generated variants aside) is not discouraged.
    static let accepted = MatchFlags(rawValue: 1 << 1)
    /// A matched term (generated variants aside) is an accepted acronym or abbreviation.
    static let acronym = MatchFlags(rawValue: 1 << 2)
    /// A matched term (generated variants included) is a person's or place's name, or a listed
    /// romanisation variant.
    static let nameOrRomanization = MatchFlags(rawValue: 1 << 3)
    /// Every matched term (generated variants aside, at least one) belongs to a concept with a validity period.
    static let dated = MatchFlags(rawValue: 1 << 4)
    /// The matched terms (generated variants aside) belong to more than one concept.
    static let severalConcepts = MatchFlags(rawValue: 1 << 5)

    /// The flags of one match's references, from the engine's per-term bits.
    @inline(__always)
    static func of(_ references: [TermReference], bits: UnsafeBufferPointer<LintTermTable.Bits>,
                   entries: UnsafeBufferPointer<LintTermTable.ConceptEntry>) -> MatchFlags {
        var flags: MatchFlags = []
        var firstConcept = -1
        var allDated = true, anyTerm = false
        for r in references {
            let b = entries[r.concept].bits(ofTerm: r.term, in: bits)
            if b.contains(.nameOrRomanization) { flags.insert(.nameOrRomanization) }
            if r.isGeneratedVariant { continue }
            anyTerm = true
            if b.contains(.discouraged) {
                flags.insert(.discouraged)
            } else {
                flags.insert(.accepted)
                if b.contains(.acronymType) { flags.insert(.acronym) }
            }
            if !b.contains(.dated) { allDated = false }
            if firstConcept < 0 { firstConcept = r.concept } else if r.concept != firstConcept { flags.insert(.severalConcepts) }
        }
        if anyTerm && allDated { flags.insert(.dated) }
        return flags
    }
}
