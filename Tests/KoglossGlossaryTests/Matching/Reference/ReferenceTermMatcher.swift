import KoglossText
import KoglossGlossary

/// The matcher as it was before session 7 (word arrays per text, one lookup per word), kept as the
/// reference the faster `TermMatcher` must agree with (`TermMatcherDifferentialTests`).
///
/// Finds every occurrence of every term of a termbase in a text in one pass, whatever the number of terms.
///
/// English: the text is split into words once (`ReferenceEnglishWordScanner`: case, possessive, plural and
/// hyphenation folded), each word is looked up in a table of the glossary's words, and a trie over word-id
/// sequences is walked from each word; the longest term wins and matches do not overlap. A term may
/// span spaces, one line break or hyphens, never other punctuation.
/// Korean: at each word start a trie over folded syllables (`ReferenceKoreanMatchKey`) is walked; spaces inside a
/// term are optional; the term must end the word or be followed by particles only (`ReferenceKoreanParticleTail`).
/// Build once and share: matching does not mutate the matcher.
struct ReferenceTermMatcher: Sendable {
    let termbase: Termbase

    private var englishWords = ReferenceByteKeyTable()
    private var englishEdges = ReferenceTransitionTable()
    private var englishNodes: Int32 = 1
    /// Per node: index into `englishEntries`, or -1.
    private var englishTerminal: [Int32] = [-1]
    private var englishEntries: [[Entry]] = []
    /// Per terminal: the references when no entry is case-sensitive (returned without filtering), else nil.
    private var englishPlainReferences: [[TermReference]?] = []

    private var koreanEdges = ReferenceTransitionTable()
    private var koreanNodes: Int32 = 1
    private var koreanTerminal: [Int32] = [-1]
    /// One bit per Korean node: terminal or not (a few KB, read before the larger `koreanTerminal`).
    private var koreanTerminalBits: [UInt64] = []
    private var koreanEntries: [[Entry]] = []

    private struct Entry: Sendable {
        var reference: TermReference
        /// For case-sensitive terms: each word of the term as written (text words must start with it).
        var caseSensitiveWords: [[UInt8]]?
    }

    /// Number of English and Korean terms indexed.
    private(set) var termCount = 0

    /// - Parameter romanizationVariants: also index names (person and place concepts) with adjacent words
    ///   joined ("Kim Jongun"), marked `isGeneratedVariant`, so that a lint can flag them.
    init(termbase: Termbase, romanizationVariants: Bool = true) {
        self.termbase = termbase
        var scanner = ReferenceEnglishWordScanner()
        for (c, concept) in termbase.concepts.enumerated() {
            let isName = concept.subjectField == .person || concept.subjectField == .place
            for (t, term) in concept.terms.enumerated() {
                if term.language.isEnglish {
                    let folded = TextNormalizer.foldForMatching(term.text)
                    addEnglish(folded, reference: TermReference(concept: c, term: t), caseSensitive: term.caseSensitive, scanner: &scanner)
                    if romanizationVariants, isName, !term.caseSensitive {
                        for variant in ReferenceTermMatcher.joinedVariants(of: folded) {
                            addEnglish(variant, reference: TermReference(concept: c, term: t, isGeneratedVariant: true), caseSensitive: false, scanner: &scanner)
                        }
                    }
                    termCount += 1
                } else if term.language.isKorean {
                    addKorean(TextNormalizer.nfc(term.text), reference: TermReference(concept: c, term: t))
                    termCount += 1
                }
            }
        }
        koreanTerminalBits = Array(repeating: 0, count: koreanTerminal.count / 64 + 1)
        for (node, terminal) in koreanTerminal.enumerated() where terminal >= 0 { koreanTerminalBits[node >> 6] |= 1 << UInt64(node & 63) }
        englishPlainReferences = englishEntries.map { entries in
            entries.contains { $0.caseSensitiveWords != nil } ? nil : entries.map(\.reference)
        }
    }

    // MARK: Building

    private mutating func addEnglish(_ text: String, reference: TermReference, caseSensitive: Bool, scanner: inout ReferenceEnglishWordScanner) {
        var utf8 = Array(text.utf8)
        utf8.withUnsafeBufferPointer { scanner.scan($0, range: 0..<$0.count) }
        guard scanner.count > 0 else { return }
        var node: Int32 = 0
        for w in 0..<scanner.count {
            let id = englishWords.insert(Array(scanner.key(w)))
            let next = englishEdges.child(node, UInt32(id))
            if next >= 0 {
                node = next
            } else {
                englishEdges.set(node, UInt32(id), englishNodes)
                node = englishNodes
                englishNodes += 1
                englishTerminal.append(-1)
            }
        }
        var words: [[UInt8]]? = nil
        if caseSensitive {
            words = (0..<scanner.count).map { w in
                Array(utf8[Int(scanner.starts[w])..<Int(scanner.ends[w])])
            }
        }
        let entry = Entry(reference: reference, caseSensitiveWords: words)
        if englishTerminal[Int(node)] < 0 {
            englishTerminal[Int(node)] = Int32(englishEntries.count)
            englishEntries.append([entry])
        } else if !englishEntries[Int(englishTerminal[Int(node)])].contains(where: { $0.reference == reference }) {
            englishEntries[Int(englishTerminal[Int(node)])].append(entry)
        }
        utf8.removeAll()
    }

    private mutating func addKorean(_ text: String, reference: TermReference) {
        var node: Int32 = 0
        var added = false
        for scalar in text.unicodeScalars {
            let s = scalar.value
            if ReferenceUTF8Scalar.isSpace(s) || s == 0x0A || ReferenceUTF8Scalar.isHyphen(s) || s == 0xB7 { continue }
            let key = ReferenceKoreanMatchKey.fold(s)
            let next = koreanEdges.child(node, key)
            if next >= 0 {
                node = next
            } else {
                koreanEdges.set(node, key, koreanNodes)
                node = koreanNodes
                koreanNodes += 1
                koreanTerminal.append(-1)
            }
            added = true
        }
        guard added else { return }
        let entry = Entry(reference: reference, caseSensitiveWords: nil)
        if koreanTerminal[Int(node)] < 0 {
            koreanTerminal[Int(node)] = Int32(koreanEntries.count)
            koreanEntries.append([entry])
        } else if !koreanEntries[Int(koreanTerminal[Int(node)])].contains(where: { $0.reference == reference }) {
            koreanEntries[Int(koreanTerminal[Int(node)])].append(entry)
        }
    }

    /// "Kim Jong Un" -> "KimJong Un", "Kim JongUn", "KimJongUn" (names of up to five words).
    static func joinedVariants(of name: String) -> [String] {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard words.count >= 2, words.count <= 5 else { return [] }
        var variants: [String] = []
        let gaps = words.count - 1
        for mask in 1..<(1 << gaps) {
            var result = words[0]
            for g in 0..<gaps {
                result += (mask >> g) & 1 == 1 ? words[g + 1].lowercased() : " " + words[g + 1]
            }
            variants.append(result)
        }
        return variants
    }

    // MARK: Matching

    /// Matches in `text` for the terms of `language` (English or Korean).
    func matches(in text: String, language: LanguageCode) -> [TermMatch] {
        language.isKorean ? koreanMatches(in: text) : englishMatches(in: text)
    }

    /// English term occurrences in `text` (optionally only within a UTF-8 byte range).
    func englishMatches(in text: String, range: Range<Int>? = nil) -> [TermMatch] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = ReferenceEnglishWordScanner()
            return englishMatches(bytes, range: range ?? 0..<bytes.count, scanner: &scanner)
        }
    }

    /// English term occurrences in each of several ranges of `text` (one scanner for all: paragraphs).
    func englishMatches(in text: String, ranges: [Range<Int>]) -> [[TermMatch]] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = ReferenceEnglishWordScanner()
            return ranges.map { englishMatches(bytes, range: $0, scanner: &scanner) }
        }
    }

    /// Korean term occurrences in each of several ranges of `text`.
    func koreanMatches(in text: String, ranges: [Range<Int>]) -> [[TermMatch]] {
        var text = text
        return text.withUTF8 { bytes in ranges.map { koreanMatches(bytes, range: $0) } }
    }

    /// Korean term occurrences in `text` (optionally only within a UTF-8 byte range).
    func koreanMatches(in text: String, range: Range<Int>? = nil) -> [TermMatch] {
        var text = text
        return text.withUTF8 { bytes in koreanMatches(bytes, range: range ?? 0..<bytes.count) }
    }

    func englishMatches(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, scanner: inout ReferenceEnglishWordScanner) -> [TermMatch] {
        scanner.scan(bytes, range: range)
        let n = scanner.count
        guard n > 0 else { return [] }
        var ids = [Int32](repeating: -1, count: n)
        scanner.keyBytes.withUnsafeBufferPointer { keys in
            var from = 0
            for w in 0..<n {
                let to = Int(scanner.keyEnds[w])
                ids[w] = englishWords.id(of: UnsafeBufferPointer(rebasing: keys[from..<to]))
                from = to
            }
        }
        var result: [TermMatch] = []
        var i = 0
        while i < n {
            if ids[i] < 0 { i += 1; continue }
            var node: Int32 = 0
            var j = i
            var best = -1
            var bestEntries: [TermReference] = []
            while j < n {
                if j > i && !scanner.joinedToPrevious[j] { break }
                let id = ids[j]
                if id < 0 { break }
                node = englishEdges.child(node, UInt32(id))
                if node < 0 { break }
                let terminal = englishTerminal[Int(node)]
                if terminal >= 0 {
                    let refs = englishPlainReferences[Int(terminal)]
                        ?? accepted(englishEntries[Int(terminal)], bytes: bytes, scanner: scanner, first: i)
                    if !refs.isEmpty { best = j; bestEntries = refs }
                }
                j += 1
            }
            if best >= 0 {
                result.append(TermMatch(range: Int(scanner.starts[i])..<Int(scanner.ends[best]), references: bestEntries,
                                        language: .english, isPlural: scanner.plural[best]))
                i = best + 1
            } else {
                i += 1
            }
        }
        return result
    }

    /// The entries whose case-sensitive words (if any) agree with the text's words.
    private func accepted(_ entries: [Entry], bytes: UnsafeBufferPointer<UInt8>, scanner: ReferenceEnglishWordScanner, first: Int) -> [TermReference] {
        var refs: [TermReference] = []
        refs.reserveCapacity(entries.count)
        for entry in entries {
            if let words = entry.caseSensitiveWords {
                var ok = true
                for (k, word) in words.enumerated() {
                    let start = Int(scanner.starts[first + k]), end = Int(scanner.ends[first + k])
                    // Exactly the term's word, or its plural with a lower-case s ("MMOs", not "MMOS").
                    let extra = end - start - word.count
                    if extra < 0 || extra > 2 { ok = false; break }
                    for m in 0..<word.count where bytes[start + m] != word[m] { ok = false; break }
                    if !ok { break }
                    if extra == 1 && bytes[end - 1] != 0x73 { ok = false; break }
                    if extra == 2 && !(bytes[end - 2] == 0x65 && bytes[end - 1] == 0x73) { ok = false; break }
                }
                if !ok { continue }
            }
            refs.append(entry.reference)
        }
        return refs
    }

    func koreanMatches(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [TermMatch] {
        var result: [TermMatch] = []
        var i = range.lowerBound
        let end = range.upperBound
        var previousIsWord = false
        while i < end {
            let (scalar, length) = ReferenceUTF8Scalar.decode(bytes, at: i)
            let isWord = ReferenceUTF8Scalar.isWordScalar(scalar)
            if isWord && !previousIsWord, let match = koreanMatch(bytes, at: i, end: end) {
                result.append(match.match)
                i = match.resume
                previousIsWord = true
                continue
            }
            previousIsWord = isWord
            i += length
        }
        return result
    }

    /// The longest Korean term starting at `start`, and where scanning resumes (the word's end).
    private func koreanMatch(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (match: TermMatch, resume: Int)? {
        var node: Int32 = 0
        var p = start
        var bestEnd = -1, bestTailEnd = -1
        var bestEntries: [Entry] = []
        while p < end {
            var (scalar, length) = ReferenceUTF8Scalar.decode(bytes, at: p)
            if node != 0 && ReferenceUTF8Scalar.isSpace(scalar) {
                // An optional space inside a multi-word term (국가 보위성 / 국가보위성).
                var q = p + length
                while q < end {
                    let next = ReferenceUTF8Scalar.decode(bytes, at: q)
                    if !ReferenceUTF8Scalar.isSpace(next.scalar) { break }
                    q += next.length
                }
                guard q < end else { break }
                p = q
                (scalar, length) = ReferenceUTF8Scalar.decode(bytes, at: p)
            }
            if !ReferenceUTF8Scalar.isWordScalar(scalar) && !(node != 0 && ReferenceUTF8Scalar.isHyphen(scalar)) { break }
            if ReferenceUTF8Scalar.isHyphen(scalar) { p += length; continue }
            node = koreanEdges.child(node, ReferenceKoreanMatchKey.fold(scalar))
            if node < 0 { break }
            p += length
            guard koreanTerminalBits[Int(node) >> 6] & (1 << UInt64(node & 63)) != 0 else { continue }
            let terminal = koreanTerminal[Int(node)]
            if terminal >= 0 {
                let tailEnd = wordEnd(bytes, from: p, end: end)
                if tailEnd == p || ReferenceKoreanParticleTail.accepts(bytes, p..<tailEnd) {
                    bestEnd = p
                    bestTailEnd = tailEnd
                    bestEntries = koreanEntries[Int(terminal)]
                }
            }
        }
        guard bestEnd >= 0 else { return nil }
        return (TermMatch(range: start..<bestEnd, references: bestEntries.map(\.reference), language: .korean), bestTailEnd)
    }

    private func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        var q = from
        while q < end {
            let (scalar, length) = ReferenceUTF8Scalar.decode(bytes, at: q)
            if !ReferenceUTF8Scalar.isWordScalar(scalar) { break }
            q += length
        }
        return q
    }

    private func scalars(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt32] {
        var result: [UInt32] = []
        var q = range.lowerBound
        while q < range.upperBound {
            let (scalar, length) = ReferenceUTF8Scalar.decode(bytes, at: q)
            result.append(scalar)
            q += length
        }
        return result
    }

}
