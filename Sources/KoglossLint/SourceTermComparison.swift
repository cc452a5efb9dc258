import KoglossGlossary
import KoglossText

/// Compares the glossary terms of each Korean paragraph with those of its aligned English paragraphs:
/// a Korean term with no rendering in the English is missing, unless the English uses, in that place,
/// the rendering of a related concept that the Korean does not mention (a wrong term).
/// Shared by `MissingTermRule` and `WrongTermRule` so that one place is reported once.
public struct SourceTermComparison: Sendable {
    public struct Missing: Sendable {
        public var concept: Int
        public var koreanMatch: LocatedMatch
        public var englishParagraph: Int
        public var bead: Int
    }
    public struct Wrong: Sendable {
        /// The concept the Korean names.
        public var expected: Int
        public var koreanMatch: LocatedMatch
        /// The English match that renders another concept.
        public var found: LocatedMatch
        public var foundConcept: Int
    }

    public private(set) var missing: [Missing] = []
    public private(set) var wrong: [Wrong] = []

    init(context: LintContext) {
        let document = context.document
        guard document.hasSource else { return }
        let beads = document.beads
        var claimed = Set<Range<Int>>()
        // Concepts named on each side of each bead, computed once.
        let koreanConcepts: [Set<Int>] = beads.map { bead in
            Set(bead.korean.flatMap { context.koreanMatchesByParagraph[$0] ?? [] }.flatMap { $0.match.references.map(\.concept) })
        }
        let englishConcepts: [Set<Int>] = beads.map { bead in
            Set(bead.english.flatMap { context.englishMatchesByParagraph[$0] ?? [] }.flatMap { $0.match.references.map(\.concept) })
        }
        for (b, bead) in beads.enumerated() {
            let english = bead.english.filter { document.englishParagraphs[$0].isBodyOrHeading }
            let korean = bead.korean.filter { document.koreanParagraphs.indices.contains($0) && document.koreanParagraphs[$0].isBodyOrHeading }
            guard !english.isEmpty, !korean.isEmpty else { continue }
            let near = max(0, b - 1)...min(beads.count - 1, b + 1)
            let englishHere = english.flatMap { context.englishMatchesByParagraph[$0] ?? [] }
            var koreanNearConcepts = Set<Int>()
            for n in near { koreanNearConcepts.formUnion(koreanConcepts[n]) }
            // Renderings in this bead, or in a neighbouring bead whose own Korean does not account for them
            // (an alignment that is off by one paragraph).
            var englishNearConcepts = Set(englishHere.flatMap { $0.match.references.map(\.concept) })
            for n in near where n != b {
                englishNearConcepts.formUnion(englishConcepts[n].subtracting(koreanConcepts[n]))
            }
            var englishTextCache: String? = nil
            var englishText: String {
                get {
                    if let englishTextCache { return englishTextCache }
                    let text = english.map { context.englishText(document.englishParagraphs[$0].range) }.joined(separator: " ")
                    englishTextCache = text
                    return text
                }
            }
            var seen = Set<Set<Int>>()
            for located in korean.flatMap({ context.koreanMatchesByParagraph[$0] ?? [] }) {
                let candidates = Set(located.match.references.map(\.concept))
                guard seen.insert(candidates).inserted else { continue }
                let withEnglish = candidates.filter { context.preferredEnglish($0) != nil }
                guard !withEnglish.isEmpty else { continue }
                if !withEnglish.isDisjoint(with: englishNearConcepts) { continue }
                if withEnglish.contains(where: { c in
                    let field = context.subjectField(ofConcept: c)
                    return (field == .person || field == .place) && SourceTermComparison.nameMentioned(c, in: englishText, context: context)
                }) { continue }
                // A title rendered by another title ("North Korean leader" for 국무위원장) is the usual paraphrase.
                if withEnglish.allSatisfy({ context.subjectField(ofConcept: $0) == .title }),
                   englishHere.contains(where: { m in m.match.references.contains { context.facts($0).subjectField == .title } }) { continue }
                // A rendering of a related concept absent from the Korean, in this bead: a wrong term.
                let others = englishHere.filter { m in
                    !claimed.contains(m.match.range)
                        && m.match.references.allSatisfy { !koreanNearConcepts.contains($0.concept) && !$0.isGeneratedVariant }
                }
                if let found = SourceTermComparison.related(to: withEnglish, among: others, context: context) {
                    claimed.insert(found.match.match.range)
                    wrong.append(Wrong(expected: found.expected, koreanMatch: located, found: found.match, foundConcept: found.concept))
                    continue
                }
                missing.append(Missing(concept: withEnglish.sorted().first!, koreanMatch: located, englishParagraph: english[0], bead: b))
            }
        }
    }

    /// Subject fields whose concepts stand in for one another by mistake (one rank for another, one
    /// ministry for another); titles, persons and places are paraphrased too freely to call a swap wrong.
    static let confusableFields: Set<SubjectField> = [.rank, .militaryUnit, .institution, .publication, .law]

    /// A person named by surname alone ("Kim" for 김정은), or a place by its adjective ("North Korean" for
    /// North Korea, "Russian" for Russia), counts as rendered.
    private static func nameMentioned(_ concept: Int, in text: String, context: LintContext) -> Bool {
        let c = context.termbase.concepts[concept]
        if c.subjectField == .place {
            let lower = TextNormalizer.foldForMatching(text).lowercased()
            return c.terms(in: .english).contains { t in
                !t.status.isDiscouraged && t.text.count >= 3 && lower.contains(TextNormalizer.foldForMatching(t.text).lowercased())
            }
        }
        guard c.subjectField == .person, let name = context.preferredEnglish(concept)?.text,
              let surname = name.split(separator: " ").first, surname.count >= 2 else { return false }
        return text.split(whereSeparator: { !$0.isLetter }).contains { $0 == surname }
    }

    /// The one English match (among `others`) whose concept is cross-referenced with, or else shares the
    /// subject field of, an expected concept; nil when none or ambiguous.
    private static func related(to expected: Set<Int>, among others: [LocatedMatch], context: LintContext) -> (match: LocatedMatch, concept: Int, expected: Int)? {
        var byReference: [(LocatedMatch, Int, Int)] = []
        var bySubject: [(LocatedMatch, Int, Int)] = []
        for m in others {
            for ref in m.match.references {
                let found = context.termbase.concepts[ref.concept]
                for e in expected.sorted() {
                    let want = context.termbase.concepts[e]
                    if want.crossReferences.contains(where: { $0.target == found.id }) || found.crossReferences.contains(where: { $0.target == want.id }) {
                        byReference.append((m, ref.concept, e))
                    } else if let field = want.subjectField, field == found.subjectField, SourceTermComparison.confusableFields.contains(field) {
                        bySubject.append((m, ref.concept, e))
                    }
                }
            }
        }
        if let first = byReference.first, Set(byReference.map { $0.0.match.range }).count == 1 { return first }
        if byReference.isEmpty, let first = bySubject.first, Set(bySubject.map { $0.0.match.range }).count == 1 { return first }
        return nil
    }
}
