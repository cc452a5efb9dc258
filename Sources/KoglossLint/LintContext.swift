import KoglossGlossary
import KoglossText

/// A term match and the paragraph it is in.
public struct LocatedMatch: Sendable, Hashable {
    public var match: TermMatch
    public var paragraph: Int
}

/// Everything rules share about one document, computed once: term matches in both languages, paragraph
/// lookups and the source comparison. Rules only read it.
public final class LintContext: @unchecked Sendable {
    public let document: LintDocument
    public let matcher: TermMatcher
    public var termbase: Termbase { matcher.termbase }
    /// English term matches in document order.
    public let englishMatches: [LocatedMatch]
    /// Korean term matches in document order (empty without a source).
    public let koreanMatches: [LocatedMatch]
    let englishBytes: [UInt8]
    let koreanBytes: [UInt8]

    /// The matcher's term facts and the concepts, held here so that a lookup per match reads one array
    /// (going through the matcher struct would retain all of its tables each time).
    private let factsByTerm: [TermMatcher.TermFacts]
    private let factsOffset: [Int]
    private let concepts: [Concept]

    public convenience init(document: LintDocument, matcher: TermMatcher) {
        self.init(document: document, matcher: matcher, matches: DocumentTermMatches(document: document, matcher: matcher))
    }

    /// A context from matches already found (by `LintInputLoader`, which aligned the document with them):
    /// `matches` must be `matcher`'s matches in `document`, paragraph by paragraph; they are found again if
    /// they do not fit the document's paragraphs.
    public init(document: LintDocument, matcher: TermMatcher, matches: DocumentTermMatches) {
        let matches = matches.fits(document) ? matches : DocumentTermMatches(document: document, matcher: matcher)
        self.document = document
        self.matcher = matcher
        (factsByTerm, factsOffset) = matcher.factsTable
        concepts = matcher.termbase.concepts
        englishBytes = Array(document.english.utf8)
        koreanBytes = Array((document.korean ?? "").utf8)
        var english: [LocatedMatch] = []
        english.reserveCapacity(matches.english.reduce(0) { $0 + $1.count })
        var seen = Set<Int>()
        // Paragraph ranges may overlap (an HTML page's nested blocks): each occurrence is kept once.
        let overlapping = zip(document.englishParagraphs, document.englishParagraphs.dropFirst()).contains { $0.range.upperBound > $1.range.lowerBound }
        for (p, found) in matches.english.enumerated() {
            for m in found where !overlapping || seen.insert(m.range.lowerBound).inserted {
                english.append(LocatedMatch(match: m, paragraph: p))
            }
        }
        if overlapping { english.sort { $0.match.range.lowerBound < $1.match.range.lowerBound } }
        englishMatches = english
        var korean: [LocatedMatch] = []
        korean.reserveCapacity(matches.korean.reduce(0) { $0 + $1.count })
        for (p, found) in matches.korean.enumerated() {
            for m in found { korean.append(LocatedMatch(match: m, paragraph: p)) }
        }
        koreanMatches = korean
    }

    /// The English text of a byte range.
    public func englishText(_ range: Range<Int>) -> String {
        String(decoding: englishBytes[range.clamped(to: 0..<englishBytes.count)], as: UTF8.self)
    }

    /// The Korean text of a byte range.
    public func koreanText(_ range: Range<Int>) -> String {
        String(decoding: koreanBytes[range.clamped(to: 0..<koreanBytes.count)], as: UTF8.self)
    }

    public func concept(_ reference: TermReference) -> Concept { concepts[reference.concept] }
    /// The concept at an index of the termbase.
    public func concept(at index: Int) -> Concept { concepts[index] }
    /// Status, type and subject field of a matched term, without copying its concept.
    @inline(__always)
    public func facts(_ reference: TermReference) -> TermMatcher.TermFacts { factsByTerm[factsOffset[reference.concept] + reference.term] }
    public func term(_ reference: TermReference) -> Term { concepts[reference.concept].terms[reference.term] }

    /// The preferred English term of a concept.
    public func preferredEnglish(_ conceptIndex: Int) -> Term? {
        if let cached = preferredCache[conceptIndex] { return cached }
        let term = concepts[conceptIndex].preferredTerm(in: .english)
        preferredCache[conceptIndex] = .some(term)
        return term
    }
    private var preferredCache: [Int: Term?] = [:]

    /// Subject field of a matched concept (read from the matcher's flat facts).
    public func subjectField(ofConcept concept: Int) -> SubjectField? {
        factsByTerm[factsOffset[concept]].subjectField
    }

    /// Index of a concept by id.
    public func conceptIndex(id: String) -> Int? { matcher.conceptIndex(id: id) }

    /// Bead index of each English and Korean paragraph.
    lazy var beadOfEnglish: [Int: Int] = {
        var result: [Int: Int] = [:]
        for (b, bead) in document.beads.enumerated() { for e in bead.english { result[e] = b } }
        return result
    }()

    lazy var beadOfKorean: [Int: Int] = {
        var result: [Int: Int] = [:]
        for (b, bead) in document.beads.enumerated() { for k in bead.korean { result[k] = b } }
        return result
    }()

    /// English matches per paragraph.
    lazy var englishMatchesByParagraph: [Int: [LocatedMatch]] = Dictionary(grouping: englishMatches, by: \.paragraph)
    lazy var koreanMatchesByParagraph: [Int: [LocatedMatch]] = Dictionary(grouping: koreanMatches, by: \.paragraph)

    /// The comparison of glossary terms between aligned paragraphs (missing and wrong terms).
    public lazy var sourceTerms: SourceTermComparison = SourceTermComparison(context: self)

    /// True when the byte at `offset` starts a sentence: only spaces, quotes, brackets or emphasis marks
    /// back to a full stop, a line start or the start of the text.
    func isSentenceStart(_ offset: Int) -> Bool {
        var i = offset - 1
        while i >= 0 {
            let b = englishBytes[i]
            if b < 0x80 {
                switch b {
                case 0x20, 0x09, 0x22, 0x27, 0x28, 0x5B, 0x2A, 0x5F: i -= 1; continue
                case 0x0A, 0x2E, 0x21, 0x3F, 0x3A: return true
                default: return false
                }
            }
            var lead = i
            while lead > 0 && englishBytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            let scalar = String(decoding: englishBytes[lead...i], as: UTF8.self).unicodeScalars.first?.value ?? 0
            // “ ‘ « and non-breaking spaces are transparent.
            if scalar == 0x201C || scalar == 0x2018 || scalar == 0xAB || scalar == 0xA0 { i = lead - 1; continue }
            return false
        }
        return true
    }

    /// How the matched text compares with the written forms of the matched terms (after folding quotes
    /// and dashes and collapsing white space): `accepted` when it is exactly an accepted term, else the
    /// discouraged term it exactly is, if any. Tells "Kim Jong-un" (listed as deprecated) from "Kim Jong Un"
    /// although both have the same matching key.
    func exactForm(of match: TermMatch) -> (accepted: Bool, discouraged: TermReference?) {
        // Fast path: byte-identical to an accepted term.
        let raw = englishBytes[match.range]
        for ref in match.references where !ref.isGeneratedVariant && !facts(ref).status.isDiscouraged {
            if term(ref).text.utf8.elementsEqual(raw) { return (true, nil) }
        }
        let surface = RomanizationRule.normalized(englishText(match.range))
        var discouraged: TermReference? = nil
        for ref in match.references where !ref.isGeneratedVariant {
            let term = self.term(ref)
            guard RomanizationRule.normalized(term.text) == surface else { continue }
            if !term.status.isDiscouraged { return (true, nil) }
            if discouraged == nil { discouraged = ref }
        }
        return (false, discouraged)
    }

    /// Line number (1-based) of an English byte offset, for messages.
    public func englishLine(_ offset: Int) -> Int { lineIndex.location(ofUTF8Offset: offset).line }
    private lazy var lineIndex = LineIndex(document.english)
}
