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
    /// The matcher (held by the engine's term table, shared by every document's context).
    public var matcher: TermMatcher { terms.matcher }
    public var termbase: Termbase { terms.matcher.termbase }
    /// English term matches in document order.
    public let englishMatches: [LocatedMatch]
    /// Korean term matches in document order (empty without a source); made when first asked for (the
    /// rules mostly read the Korean matches' concepts, `koreanConcepts(ofMatch:)`).
    public private(set) lazy var koreanMatches: [LocatedMatch] = {
        var korean: [LocatedMatch] = []
        korean.reserveCapacity(koreanConceptStart.count - 1)
        for (p, found) in koreanFound.enumerated() {
            for m in found { korean.append(LocatedMatch(match: m, paragraph: p)) }
        }
        return korean
    }()
    /// The Korean matches, paragraph by paragraph.
    private let koreanFound: [[TermMatch]]
    let englishBytes: [UInt8]
    /// The Korean text's bytes, copied only when a message quotes it.
    private lazy var koreanBytes: [UInt8] = Self.bytes(of: document.korean ?? "")

    /// The matcher's term facts and the concepts, from the term table (read in place: going through the
    /// matcher struct would retain all of its tables each time).
    private var factsByTerm: [TermMatcher.TermFacts] { terms.facts }
    private var factsOffset: [Int] { terms.factsOffset }
    private var concepts: [Concept] { terms.termbaseConcepts }

    public convenience init(document: LintDocument, matcher: TermMatcher) {
        self.init(document: document, matcher: matcher, matches: DocumentTermMatches(document: document, matcher: matcher))
    }

    /// What the rules ask of each term (the engine's, built once; else built here from the matcher).
    let terms: LintTermTable

    /// A context from matches already found (by `LintInputLoader`, which aligned the document with them):
    /// `matches` must be `matcher`'s matches in `document`, paragraph by paragraph; they are found again if
    /// they do not fit the document's paragraphs.
    public convenience init(document: LintDocument, matcher: TermMatcher, matches: DocumentTermMatches, anchors: ParagraphNumberAnchors? = nil) {
        self.init(document: document, matcher: matcher, matches: matches, anchors: anchors, terms: LintTermTable(matcher: matcher))
    }

    /// `terms` must be built from `matcher`.
    init(document: LintDocument, matcher: TermMatcher, matches: DocumentTermMatches, anchors: ParagraphNumberAnchors?, terms: LintTermTable) {
        self.terms = terms
        let matches = matches.fits(document) ? matches : DocumentTermMatches(document: document, matcher: matcher)
        numberAnchors = anchors.flatMap { $0.fits(document) ? $0 : nil }
        self.document = document
        englishBytes = Self.bytes(of: document.english)
        var english: [LocatedMatch] = []
        english.reserveCapacity(matches.english.reduce(0) { $0 + $1.count })
        var seen = Set<Int>()
        var englishConcepts: [Int] = [], englishConceptStart: [Int] = [0]
        englishConceptStart.reserveCapacity(matches.english.count + 1)
        // Paragraph ranges may overlap (an HTML page's nested blocks): each occurrence is kept once.
        let overlapping = zip(document.englishParagraphs, document.englishParagraphs.dropFirst()).contains { $0.range.upperBound > $1.range.lowerBound }
        for (p, found) in matches.english.enumerated() {
            for m in found where !overlapping || seen.insert(m.range.lowerBound).inserted {
                english.append(LocatedMatch(match: m, paragraph: p))
                for r in m.references { englishConcepts.append(r.concept) }
            }
            englishConceptStart.append(englishConcepts.count)
        }
        self.englishConcepts = englishConcepts
        self.englishConceptStart = englishConceptStart
        if overlapping { english.sort { $0.match.range.lowerBound < $1.match.range.lowerBound } }
        englishMatches = english
        var koreanConcepts: [Int] = [], koreanConceptStart: [Int] = [0], koreanMatchStart: [Int] = [0]
        koreanConceptStart.reserveCapacity(matches.korean.reduce(0) { $0 + $1.count } + 1)
        koreanMatchStart.reserveCapacity(matches.korean.count + 1)
        for found in matches.korean {
            for m in found {
                for r in m.references { koreanConcepts.append(r.concept) }
                koreanConceptStart.append(koreanConcepts.count)
            }
            koreanMatchStart.append(koreanConceptStart.count - 1)
        }
        koreanFound = matches.korean
        self.koreanConcepts = koreanConcepts
        self.koreanConceptStart = koreanConceptStart
        self.koreanMatchStart = koreanMatchStart
    }

    /// The concepts of each paragraph's English matches, flat (repeats kept, in match order):
    /// paragraph p's are `englishConcepts[englishConceptStart[p]..<englishConceptStart[p + 1]]`.
    private let englishConcepts: [Int]
    private let englishConceptStart: [Int]
    /// The concepts of each Korean match, flat: match i's (in `koreanMatches`) are
    /// `koreanConcepts[koreanConceptStart[i]..<koreanConceptStart[i + 1]]`.
    private let koreanConcepts: [Int]
    private let koreanConceptStart: [Int]
    /// Paragraph p's Korean matches are `koreanMatches[koreanMatchStart[p]..<koreanMatchStart[p + 1]]`.
    private let koreanMatchStart: [Int]

    /// The concepts of the English matches in a paragraph, repeats kept (none for an index out of range):
    /// what `englishMatches(inParagraph:)` gives, without copying the matches.
    func englishConcepts(inParagraph p: Int) -> ArraySlice<Int> {
        guard p >= 0 && p + 1 < englishConceptStart.count else { return englishConcepts[0..<0] }
        return englishConcepts[englishConceptStart[p]..<englishConceptStart[p + 1]]
    }

    /// Indices in `koreanMatches` of a paragraph's matches (none for an index out of range).
    func koreanMatchIndices(inParagraph p: Int) -> Range<Int> {
        guard p >= 0 && p + 1 < koreanMatchStart.count else { return 0..<0 }
        return koreanMatchStart[p]..<koreanMatchStart[p + 1]
    }

    /// The concepts of Korean match i, repeats kept.
    func koreanConcepts(ofMatch i: Int) -> ArraySlice<Int> { koreanConcepts[koreanConceptStart[i]..<koreanConceptStart[i + 1]] }

    /// The concepts of the Korean matches in a paragraph, repeats kept (none for an index out of range).
    func koreanConcepts(inParagraph p: Int) -> ArraySlice<Int> {
        let matches = koreanMatchIndices(inParagraph: p)
        return koreanConcepts[koreanConceptStart[matches.lowerBound]..<koreanConceptStart[matches.upperBound]]
    }

    /// Number anchors given with the matches (nil: extracted when a rule asks).
    private let numberAnchors: ParagraphNumberAnchors?

    /// The number anchors of an English paragraph, ranges relative to its start.
    func englishNumberAnchors(inParagraph p: Int) -> [NumberAnchor] {
        if let numberAnchors { return numberAnchors.english[p] }
        return NumberAnchorExtractor.englishAnchors(in: englishSlice(document.englishParagraphs[p].range))
    }

    /// The number anchors of a Korean paragraph, ranges relative to its start.
    func koreanNumberAnchors(inParagraph p: Int) -> [NumberAnchor] {
        if let numberAnchors { return numberAnchors.korean[p] }
        return NumberAnchorExtractor.koreanAnchors(in: koreanSlice(document.koreanParagraphs[p].range))
    }

    /// A string's UTF-8 bytes, copied in one block.
    private static func bytes(of text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { Array($0) }
    }

    /// The English text of a byte range.
    public func englishText(_ range: Range<Int>) -> String {
        String(decoding: englishBytes[range.clamped(to: 0..<englishBytes.count)], as: UTF8.self)
    }

    /// The Korean text of a byte range.
    public func koreanText(_ range: Range<Int>) -> String {
        String(decoding: koreanBytes[range.clamped(to: 0..<koreanBytes.count)], as: UTF8.self)
    }

    /// The text of a byte range that starts and ends on scalar boundaries (a paragraph), copied from the
    /// document's string without decoding and checking the bytes again.
    func englishSlice(_ range: Range<Int>) -> String { Self.slice(document.english, range) }
    func koreanSlice(_ range: Range<Int>) -> String { Self.slice(document.korean ?? "", range) }

    private static func slice(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let clamped = range.clamped(to: 0..<utf8.count)
        let from = utf8.index(utf8.startIndex, offsetBy: clamped.lowerBound)
        let to = utf8.index(from, offsetBy: clamped.count)
        return String(text[from..<to])
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
        preferredEnglishIndex(conceptIndex).map { concepts[conceptIndex].terms[$0] }
    }

    /// The text of the preferred English term of a concept (without copying the whole term).
    func preferredEnglishText(_ conceptIndex: Int) -> String? {
        preferredEnglishIndex(conceptIndex).map { concepts[conceptIndex].terms[$0].text }
    }

    /// The written form of a matched term (without copying the whole term).
    func termText(_ reference: TermReference) -> String { concepts[reference.concept].terms[reference.term].text }
    /// The usage note of a matched term.
    func termUsageNote(_ reference: TermReference) -> String? { concepts[reference.concept].terms[reference.term].usageNote }
    /// True for a term neither discouraged nor an acronym, abbreviation or short form (read in place).
    func isFullAcceptedForm(_ reference: TermReference) -> Bool { bits(reference).contains(.fullAccepted) }

    /// What the rules ask of a matched term, from the engine's table.
    @inline(__always)
    func bits(_ reference: TermReference) -> LintTermTable.Bits {
        let entry = terms.entries[reference.concept]
        guard reference.term < 8 else { return terms.bits[Int(entry.termStart) + reference.term] }
        return LintTermTable.Bits(rawValue: UInt8(truncatingIfNeeded: entry.firstBits >> UInt64(truncatingIfNeeded: reference.term &* 8)))
    }

    /// The status of a matched term, read in place from the term facts.
    func status(_ reference: TermReference) -> AdministrativeStatus {
        factsByTerm.withUnsafeBufferPointer { $0[factsOffset[reference.concept] + reference.term].status }
    }

    /// Number of terms of a concept (read from the flat term facts, without copying the concept).
    func termCount(ofConcept conceptIndex: Int) -> Int {
        let start = Int(terms.entries[conceptIndex].termStart)
        return (conceptIndex + 1 < terms.entries.count ? Int(terms.entries[conceptIndex + 1].termStart) : terms.bits.count) - start
    }

    /// Index in its concept of the preferred English term (as `Concept.preferredTerm(in: .english)` picks
    /// it: preferred, else admitted, else any not discouraged), read from the flat term facts.
    func preferredEnglishIndex(_ conceptIndex: Int) -> Int? {
        let index = terms.entries[conceptIndex].preferredEnglish
        return index >= 0 ? Int(index) : nil
    }

    /// Subject field of a matched concept (read from the matcher's flat facts).
    public func subjectField(ofConcept concept: Int) -> SubjectField? {
        factsByTerm[factsOffset[concept]].subjectField
    }

    /// Index of a concept by id.
    public func conceptIndex(id: String) -> Int? { terms.matcher.conceptIndex(id: id) }

    /// Bead index of each English and Korean paragraph (-1 for none).
    lazy var beadOfEnglish: [Int] = {
        var result = Array(repeating: -1, count: document.englishParagraphs.count)
        for (b, bead) in document.beads.enumerated() { for e in bead.english where result.indices.contains(e) { result[e] = b } }
        return result
    }()

    lazy var beadOfKorean: [Int] = {
        var result = Array(repeating: -1, count: document.koreanParagraphs.count)
        for (b, bead) in document.beads.enumerated() { for k in bead.korean where result.indices.contains(k) { result[k] = b } }
        return result
    }()

    /// English matches per paragraph: `englishMatches(inParagraph:)`.
    private lazy var englishByParagraph = MatchesByParagraph(englishMatches, paragraphCount: document.englishParagraphs.count)
    private lazy var koreanByParagraph = MatchesByParagraph(koreanMatches, paragraphCount: document.koreanParagraphs.count)

    /// The English matches in a paragraph, in document order (none for an index out of range).
    func englishMatches(inParagraph p: Int) -> ArraySlice<LocatedMatch> { englishByParagraph.matches(inParagraph: p) }
    /// The Korean matches in a paragraph, in document order (none for an index out of range).
    func koreanMatches(inParagraph p: Int) -> ArraySlice<LocatedMatch> { koreanByParagraph.matches(inParagraph: p) }

    /// Per English match (same order as `englishMatches`), what the rules ask first.
    lazy var englishMatchFlags: [MatchFlags] = terms.bits.withUnsafeBufferPointer { bits in
        terms.entries.withUnsafeBufferPointer { concepts in
            englishMatches.withUnsafeBufferPointer { matches in
                matches.map { MatchFlags.of($0.match.references, bits: bits, entries: concepts) }
            }
        }
    }

    /// The comparison of glossary terms between aligned paragraphs (missing and wrong terms).
    public lazy var sourceTerms: SourceTermComparison = SourceTermComparison(context: self)

    /// True when the byte at `offset` starts a sentence: only spaces, quotes, brackets or emphasis marks
    /// back to a full stop, a line start or the start of the text.
    func isSentenceStart(_ offset: Int) -> Bool {
        englishBytes.withUnsafeBufferPointer { bytes in
            var i = min(offset, bytes.count) - 1
            while i >= 0 {
                let b = bytes[i]
                if b < 0x80 {
                    switch b {
                    case 0x20, 0x09, 0x22, 0x27, 0x28, 0x5B, 0x2A, 0x5F: i -= 1; continue
                    case 0x0A, 0x2E, 0x21, 0x3F, 0x3A: return true
                    default: return false
                    }
                }
                // “ (E2 80 9C), ‘ (E2 80 98), « (C2 AB) and non-breaking spaces (C2 A0) are transparent.
                if i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80 && (b == 0x9C || b == 0x98) { i -= 3; continue }
                if i >= 1 && bytes[i - 1] == 0xC2 && (b == 0xAB || b == 0xA0) { i -= 2; continue }
                return false
            }
            return true
        }
    }

    /// How the matched text compares with the written forms of the matched terms (after folding quotes
    /// and dashes and collapsing white space): `accepted` when it is exactly an accepted term, else the
    /// discouraged term it exactly is, if any. Tells "Kim Jong-un" (listed as deprecated) from "Kim Jong Un"
    /// although both have the same matching key. Compares bytes; no string is built for an ASCII term.
    func exactForm(of match: TermMatch) -> (accepted: Bool, discouraged: TermReference?) {
        let range = match.range.clamped(to: 0..<englishBytes.count)
        let references = match.references
        // The terms' written forms from the engine's flat table: no concept, term or string is reached.
        return englishBytes.withUnsafeBufferPointer { all in
          terms.textBytes.withUnsafeBufferPointer { text in
            terms.textStart.withUnsafeBufferPointer { textStart in
            terms.entries.withUnsafeBufferPointer { concepts in
            terms.bits.withUnsafeBufferPointer { bits in
                let raw = UnsafeBufferPointer(rebasing: all[range])
                @inline(__always) func flat(_ ref: TermReference) -> Int { Int(concepts[ref.concept].termStart) + ref.term }
                @inline(__always) func termBytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: text[Int(textStart[i])..<Int(textStart[i + 1])])
                }
                // Fast path: byte-identical to an accepted term.
                for ref in references where !ref.isGeneratedVariant {
                    guard !concepts[ref.concept].bits(ofTerm: ref.term, in: bits).contains(.discouraged) else { continue }
                    let term = termBytes(flat(ref))
                    if term.count == raw.count && Self.equalBytes(term, raw) { return (true, nil) }
                }
                var surface: String? = nil
                var discouraged: TermReference? = nil
                for ref in references where !ref.isGeneratedVariant {
                    let i = flat(ref)
                    let term = termBytes(i)
                    let same: Bool
                    if !term.contains(where: { $0 >= 0x80 }), let equal = FoldedTermComparison.equal(raw, asciiTerm: term) {
                        same = equal
                    } else {
                        // Letters outside ASCII: compare the normalised strings (rare).
                        if surface == nil { surface = RomanizationRule.normalized(String(decoding: raw, as: UTF8.self)) }
                        same = RomanizationRule.normalized(String(decoding: term, as: UTF8.self)) == surface
                    }
                    guard same else { continue }
                    if !concepts[ref.concept].bits(ofTerm: ref.term, in: bits).contains(.discouraged) { return (true, nil) }
                    if discouraged == nil { discouraged = ref }
                }
                return (false, discouraged)
            }
            }
            }
          }
        }
    }

    /// Whether two buffers of the same length hold the same bytes: eight a step, inline (a matched term is
    /// a few words, not worth a call to `memcmp`).
    @inline(__always)
    static func equalBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = a.count
        guard count > 0, let p = a.baseAddress, let q = b.baseAddress else { return true }
        var i = 0
        while i + 8 <= count {
            if UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(q + i).loadUnaligned(as: UInt64.self) { return false }
            i += 8
        }
        while i < count {
            if p[i] != q[i] { return false }
            i += 1
        }
        return true
    }

    /// Line number (1-based) of an English byte offset, for messages: a line of the file (for an HTML page,
    /// of the page source, where the finding is reported).
    public func englishLine(_ offset: Int) -> Int {
        if let page = pageLines { return page.lines.line(ofUTF8Offset: page.map.place(offset..<offset).range.lowerBound) }
        return lineStarts.line(ofUTF8Offset: offset)
    }
    private lazy var lineStarts = LineStarts(document.english)
    /// An HTML page's source lines and where the lint text is in it (built when a message first needs a line).
    private lazy var pageLines: (map: HTMLSourceMap, lines: LineStarts)? = document.htmlSource.map {
        (HTMLSourceMap(document: document, source: $0), LineStarts($0.text))
    }
}
