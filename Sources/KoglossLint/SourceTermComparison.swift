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
        var claimed: [Range<Int>] = []
        // Concepts named on each side of each bead (all its paragraphs), sorted without repeats, in one
        // flat array per side: bead b's are `koreanConcepts[koreanStart[b]..<koreanStart[b + 1]]`.
        var koreanConcepts: [Int] = [], koreanStart: [Int] = [0]
        var englishConcepts: [Int] = [], englishStart: [Int] = [0]
        koreanStart.reserveCapacity(beads.count + 1)
        englishStart.reserveCapacity(beads.count + 1)
        var scratch: [Int] = []
        for bead in beads {
            scratch.truncate(to: 0)
            for k in bead.korean { scratch.append(contentsOf: context.koreanConcepts(inParagraph: k)) }
            scratch.sortUnique()
            koreanConcepts.append(contentsOf: scratch)
            koreanStart.append(koreanConcepts.count)
            scratch.truncate(to: 0)
            for e in bead.english { scratch.append(contentsOf: context.englishConcepts(inParagraph: e)) }
            scratch.sortUnique()
            englishConcepts.append(contentsOf: scratch)
            englishStart.append(englishConcepts.count)
        }
        func isKoreanBody(_ k: Int) -> Bool { document.koreanParagraphs.indices.contains(k) && document.koreanParagraphs[k].isBodyOrHeading }
        func isEnglishBody(_ e: Int) -> Bool { document.englishParagraphs.indices.contains(e) && document.englishParagraphs[e].isBodyOrHeading }
        // Buffers reused from bead to bead and match to match.
        var koreanNear: [Int] = [], englishOwn: [Int] = []
        var candidates: [Int] = [], withEnglish: [Int] = []
        var seen: [Int] = [], seenStart: [Int] = [0]
        for (b, bead) in beads.enumerated() {
            // Nothing to compare without a Korean term, or without English body text.
            guard bead.korean.contains(where: { isKoreanBody($0) && !context.koreanMatchIndices(inParagraph: $0).isEmpty }),
                  bead.english.contains(where: isEnglishBody) else { continue }
            let near = max(0, b - 1)...min(beads.count - 1, b + 1)
            // Concepts rendered in this bead's body English: the bead's own list when all its English is
            // body text (the usual case), else gathered from the body paragraphs.
            let ownEnglish: ArraySlice<Int>
            if bead.english.allSatisfy(isEnglishBody) {
                ownEnglish = englishConcepts[englishStart[b]..<englishStart[b + 1]]
            } else {
                englishOwn.truncate(to: 0)
                for e in bead.english where isEnglishBody(e) { englishOwn.append(contentsOf: context.englishConcepts(inParagraph: e)) }
                englishOwn.sortUnique()
                ownEnglish = englishOwn[...]
            }
            // Rendered in this bead, or in a neighbouring bead whose own Korean does not account for it (an
            // alignment that is off by one paragraph): a few binary searches instead of building the set.
            func renderedNear(_ c: Int) -> Bool {
                if Self.contains(ownEnglish, c) { return true }
                for n in near where n != b {
                    if Self.contains(englishConcepts[englishStart[n]..<englishStart[n + 1]], c)
                        && !Self.contains(koreanConcepts[koreanStart[n]..<koreanStart[n + 1]], c) { return true }
                }
                return false
            }
            // Concepts the Korean names in this bead and its neighbours, needed only for the rare term
            // without a rendering nearby.
            var koreanNearReady = false
            var koreanNearConcepts: [Int] {
                get {
                    if !koreanNearReady {
                        koreanNear.truncate(to: 0)
                        for n in near { koreanNear.append(contentsOf: koreanConcepts[koreanStart[n]..<koreanStart[n + 1]]) }
                        koreanNear.sortUnique()
                        koreanNearReady = true
                    }
                    return koreanNear
                }
            }
            // What only the rare Korean term without a rendering nearby needs, built at most once per bead.
            var englishCache: [Int]? = nil
            var english: [Int] {
                get {
                    if let englishCache { return englishCache }
                    let list = bead.english.filter(isEnglishBody)
                    englishCache = list
                    return list
                }
            }
            var englishHereCache: [LocatedMatch]? = nil
            var englishHere: [LocatedMatch] {
                get {
                    if let englishHereCache { return englishHereCache }
                    var list: [LocatedMatch] = []
                    for e in english { list.append(contentsOf: context.englishMatches(inParagraph: e)) }
                    englishHereCache = list
                    return list
                }
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
            // Folded forms of this bead's English, built at most once per bead (not once per Korean term).
            var foldedCache: String? = nil
            var folded: String {
                get {
                    if let foldedCache { return foldedCache }
                    let text = TextNormalizer.foldForMatching(englishText).lowercased()
                    foldedCache = text
                    return text
                }
            }
            var phrasesCache: String? = nil
            var phrases: String {
                get {
                    if let phrasesCache { return phrasesCache }
                    let text = " " + String(folded.map { $0.isLetter || $0.isNumber ? $0 : " " }) + " "
                    phrasesCache = text
                    return text
                }
            }
            // Sets of candidate concepts already looked at in this bead, flat.
            seen.truncate(to: 0)
            seenStart.truncate(to: 0)
            seenStart.append(0)
            for k in bead.korean where isKoreanBody(k) {
                for matchIndex in context.koreanMatchIndices(inParagraph: k) {
                    candidates.truncate(to: 0)
                    candidates.append(contentsOf: context.koreanConcepts(ofMatch: matchIndex))
                    candidates.sortUnique()
                    if (0..<(seenStart.count - 1)).contains(where: { seen[seenStart[$0]..<seenStart[$0 + 1]].elementsEqual(candidates) }) { continue }
                    seen.append(contentsOf: candidates)
                    seenStart.append(seen.count)
                    withEnglish.truncate(to: 0)
                    for c in candidates where context.preferredEnglishIndex(c) != nil { withEnglish.append(c) }
                    guard !withEnglish.isEmpty else { continue }
                    if withEnglish.contains(where: renderedNear) { continue }
                    var mentioned = false
                    for c in withEnglish {
                        switch context.subjectField(ofConcept: c) {
                        case .place?: mentioned = SourceTermComparison.placeForms(c, context: context).contains { folded.contains($0) }
                        case .person?: mentioned = SourceTermComparison.personMentioned(c, in: englishText, context: context)
                        default: break
                        }
                        if mentioned { break }
                    }
                    if mentioned { continue }
                    var dropped = false
                    for c in withEnglish {
                        let headless = SourceTermComparison.headlessForms(c, context: context)
                        if !headless.isEmpty && headless.contains(where: { phrases.contains($0) }) { dropped = true; break }
                    }
                    if dropped { continue }
                    // A title rendered by another title ("North Korean leader" for 국무위원장) is the usual paraphrase.
                    if withEnglish.allSatisfy({ context.subjectField(ofConcept: $0) == .title }),
                       englishHere.contains(where: { m in m.match.references.contains { context.facts($0).subjectField == .title } }) { continue }
                    // A rendering of a related concept absent from the Korean, in this bead: a wrong term.
                    let koreanNearHere = koreanNearConcepts
                    let others = englishHere.filter { m in
                        !claimed.contains(m.match.range)
                            && m.match.references.allSatisfy { !Self.contains(koreanNearHere, $0.concept) && !$0.isGeneratedVariant }
                    }
                    if let found = SourceTermComparison.related(to: withEnglish, among: others, context: context) {
                        claimed.append(found.match.match.range)
                        wrong.append(Wrong(expected: found.expected, koreanMatch: context.koreanMatches[matchIndex], found: found.match, foundConcept: found.concept))
                        continue
                    }
                    missing.append(Missing(concept: withEnglish[0], koreanMatch: context.koreanMatches[matchIndex], englishParagraph: english[0], bead: b))
                }
            }
        }
    }

    /// Membership in a sorted collection (binary search).
    private static func contains<C: RandomAccessCollection>(_ sorted: C, _ value: Int) -> Bool where C.Element == Int, C.Index == Int {
        var low = sorted.startIndex, high = sorted.endIndex
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.endIndex && sorted[low] == value
    }

    /// Subject fields whose concepts stand in for one another by mistake (one rank for another, one
    /// ministry for another); titles, persons and places are paraphrased too freely to call a swap wrong.
    static let confusableFields: Set<SubjectField> = [.rank, .militaryUnit, .institution, .publication, .law]

    /// Generic head nouns a list may leave out ("investigations, inspections and tracking" for the
    /// investigations, inspections and tracking departments).
    static let genericHeads: Set<String> = ["department", "departments", "bureau", "bureaus", "office", "offices", "section",
                                            "sections", "division", "divisions", "unit", "units", "team", "teams", "center", "centre"]

    /// The renderings without their generic head noun, as `" words "` to look for among the English's
    /// phrases ("inspections" for "inspections department"); empty for most concepts, so no text is built.
    private static func headlessForms(_ concept: Int, context: LintContext) -> [String] {
        context.concept(at: concept).terms(in: .english).compactMap { t in
            guard !t.status.isDiscouraged else { return nil }
            let words = t.text.lowercased().split(separator: " ")
            guard words.count >= 2, let head = words.last, genericHeads.contains(String(head)) else { return nil }
            return " " + words.dropLast().joined(separator: " ") + " "
        }
    }

    /// A place's accepted renderings, folded and lower-cased, to find in the folded English: the adjective
    /// ("North Korean" for North Korea, "Russian" for Russia) counts as rendered.
    private static func placeForms(_ concept: Int, context: LintContext) -> [String] {
        context.concept(at: concept).terms(in: .english).compactMap { t in
            !t.status.isDiscouraged && t.text.count >= 3 ? TextNormalizer.foldForMatching(t.text).lowercased() : nil
        }
    }

    /// A person named by surname alone ("Kim" for 김정은) counts as rendered.
    private static func personMentioned(_ concept: Int, in text: String, context: LintContext) -> Bool {
        guard let name = context.preferredEnglish(concept)?.text,
              let surname = name.split(separator: " ").first, surname.count >= 2 else { return false }
        return text.split(whereSeparator: { !$0.isLetter }).contains { $0 == surname }
    }

    /// The one English match (among `others`) whose concept is cross-referenced with, or else shares the
    /// subject field of, an expected concept; nil when none or ambiguous.
    private static func related(to expected: [Int], among others: [LocatedMatch], context: LintContext) -> (match: LocatedMatch, concept: Int, expected: Int)? {
        var byReference: [(LocatedMatch, Int, Int)] = []
        var bySubject: [(LocatedMatch, Int, Int)] = []
        for m in others {
            for ref in m.match.references {
                let found = context.concept(at: ref.concept)
                for e in expected {
                    let want = context.concept(at: e)
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
