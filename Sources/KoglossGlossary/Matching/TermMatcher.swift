import KoglossText

/// Finds every occurrence of every term of a termbase in a text in one pass, whatever the number of terms.
///
/// English: the text is split into words once (`EnglishWordScanner`: case, possessive, plural and
/// hyphenation folded), each word is looked up in a table of the glossary's words, and a trie over word-id
/// sequences is walked from each word; the longest term wins and matches do not overlap. A term may
/// span spaces, one line break or hyphens, never other punctuation.
/// Korean: at each word start a trie over folded syllables (`KoreanMatchKey`) is walked; spaces inside a
/// term are optional; the term must end the word or be followed by particles only (`KoreanParticleTail`).
/// Time stays nearly flat in the glossary size: small Bloom filters (`HashBitFilter`, words that start a
/// term; second syllables) stop most words before the large tables, and a match walks its term's nodes,
/// numbered in a row, through a per-node array (`englishChain`, `koreanChain`) rather than hashed edges.
/// Build once and share: matching does not mutate the matcher.
public struct TermMatcher: Sendable {
    public let termbase: Termbase

    private var englishWords = ByteKeyTable()
    /// Hashes of the words that start a term (`englishRoot` >= 0), read before any probe of `englishWords`.
    private var englishStarts = HashBitFilter(capacity: 0)
    private var englishStartHashes: [UInt64] = []
    /// Child of the root by word id, -1 when the word starts no term (most glossary words do not).
    private var englishRoot: [Int32] = []
    /// Edges below the root, by word id (most lookups succeed: no filter).
    private var englishEdges = TransitionTable(filtered: false)
    private var englishNodes: Int32 = 1
    /// Per node: index into `englishEntries`, or -1.
    private var englishTerminal: [Int32] = [-1]
    /// Per node: the word id of its edge to node + 1, or -1. A term's new nodes are numbered in a row,
    /// so most steps of a match read this array where the previous step did (no hashed table, no miss).
    private var englishChain: [Int32] = [-1]
    /// `englishChain` and `englishTerminal` side by side, on huge pages when large: a match's step reads
    /// one record (its chain and the next node's terminal share a cache line) instead of two arrays.
    private var englishSteps = LargeTableStorage(repeating: NodeStep(chain: -1, terminal: -1), count: 1)
    private var englishEntries: [[Entry]] = []
    /// Per terminal: the references when no entry is case-sensitive (returned without filtering), else nil.
    private var englishPlainReferences: [[TermReference]?] = []
    /// Per terminal: every entry's reference, returned when a case-sensitive terminal accepts them all (the
    /// usual case: an acronym written as it is), so that such a match allocates no array of its own.
    private var englishAllReferences: [[TermReference]] = []
    /// Per terminal whose entries (at most 64) are all case-sensitive words of up to seven bytes (acronyms,
    /// often several concepts' under one key: "BT", "BTs", "BTS"): where its words start in
    /// `englishCaseWordList` (bits 8...) and how many (bits 0-7), else 0. Such a match is checked against
    /// the packed words (`CaseSensitiveWord`), one cache line, without following the entries' nested arrays
    /// (four dependent reads, mostly cache misses, per acronym or lookalike word).
    private var englishCaseSpans: [UInt64] = []
    private var englishCaseWordList: [UInt64] = []

    private var koreanEdges = TransitionTable()
    private var koreanNodes: Int32 = 1
    private var koreanTerminal: [Int32] = [-1]
    /// Per node: the symbol of its edge to node + 1, or `UInt32.max` (as `englishChain`).
    private var koreanChain: [UInt32] = [UInt32.max]
    /// `koreanChain` and `koreanTerminal` side by side (as `englishSteps`), the chain packed with the bit
    /// "has a child other than node + 1" (`KoreanChainBits`): a step reads one record, and a term followed
    /// by a particle stops at a node without other children instead of probing the edge table.
    private var koreanSteps = LargeTableStorage(repeating: NodeStep(chain: -1, terminal: -1), count: 1)
    /// Per Korean node while building: it has a child other than node + 1.
    private var koreanOtherChild: [Bool] = [false]
    private var koreanEntries: [[Entry]] = []
    /// Per Hangul syllable: the root's child by it, whether that child ends a term, and a 64-bit filter of
    /// the second syllables below it (`KoreanRootStep`). One record answers what the root's table, the
    /// node bits and `koreanSecondSteps` answered for a word's first two syllables: one cache line per word
    /// instead of three (nearly every syllable starts a term of a large glossary, and most words of a text
    /// stop at their second).
    private var koreanRootSteps: [KoreanRootStep] = []
    /// Per Korean terminal: its references (shared by every match, not rebuilt per match).
    private var koreanReferences: [[TermReference]] = []

    /// A node's chain step (the symbol of its edge to node + 1, or -1) and its terminal index (or -1).
    struct NodeStep: Sendable, BitwiseCopyable {
        var chain: Int32
        var terminal: Int32
    }

    private struct Entry: Sendable {
        var reference: TermReference
        /// For case-sensitive terms: each word of the term as written (text words must start with it).
        var caseSensitiveWords: [[UInt8]]?
    }

    /// Number of English and Korean terms indexed.
    public private(set) var termCount = 0

    /// - Parameter romanizationVariants: also index names (person and place concepts) with adjacent words
    ///   joined ("Kim Jongun"), marked `isGeneratedVariant`, so that a lint can flag them.
    public init(termbase: Termbase, romanizationVariants: Bool = true) {
        self.termbase = termbase
        koreanRootSteps = Array(repeating: KoreanRootStep(), count: 11_172)
        for (c, concept) in termbase.concepts.enumerated() {
            let isName = concept.subjectField == .person || concept.subjectField == .place
            for (t, term) in concept.terms.enumerated() {
                if term.language.isEnglish {
                    let folded = TextNormalizer.foldForMatching(term.text)
                    addEnglish(folded, reference: TermReference(concept: c, term: t), caseSensitive: term.caseSensitive)
                    if romanizationVariants, isName, !term.caseSensitive {
                        for variant in TermMatcher.joinedVariants(of: folded) {
                            addEnglish(variant, reference: TermReference(concept: c, term: t, isGeneratedVariant: true), caseSensitive: false)
                        }
                    }
                    termCount += 1
                } else if term.language.isKorean {
                    addKorean(TextNormalizer.nfc(term.text), reference: TermReference(concept: c, term: t))
                    termCount += 1
                }
            }
        }
        indexFacts()
        for index in koreanRootSteps.indices {
            let node = koreanEdges.child(0, 0xAC00 + UInt32(index))
            koreanRootSteps[index].setNode(node, isTerminal: node >= 0 && koreanTerminal[Int(node)] >= 0)
        }
        let otherChild = koreanOtherChild
        koreanOtherChild = []
        koreanSteps = TermMatcher.nodeSteps(chain: koreanChain.indices.map { KoreanChainBits.pack(chain: koreanChain[$0], otherChild: otherChild[$0]) },
                                            terminal: koreanTerminal)
        englishSteps = TermMatcher.nodeSteps(chain: englishChain, terminal: englishTerminal)
        // Only the interleaved copies are read from here on.
        koreanChain = []; koreanTerminal = []; englishChain = []
        for (i, c) in termbase.concepts.enumerated() where conceptIndexByID[c.id] == nil { conceptIndexByID[c.id] = i }
        // Each word's step from the root, and each edge's terminal, where the matcher reads them anyway.
        let root = englishRoot, terminal = englishTerminal
        englishWords.setValues { id in
            let node = root[Int(id)]
            return Int64(node >= 0 ? terminal[Int(node)] : -1) << 32 | Int64(UInt32(bitPattern: node))
        }
        englishEdges.setTerminals(englishTerminal)
        englishTerminal = []; englishRoot = []
        englishStarts = HashBitFilter(capacity: englishStartHashes.count)
        for h in englishStartHashes { englishStarts.insert(h) }
        englishStartHashes = []
        koreanReferences = koreanEntries.map { $0.map(\.reference) }
        for entries in englishEntries {
            let packed = entries.map { entry in entry.caseSensitiveWords.map { $0.count == 1 ? CaseSensitiveWord.pack($0[0]) : 0 } ?? 0 }
            if packed.count <= 64, !packed.contains(0) {
                englishCaseSpans.append(UInt64(englishCaseWordList.count) << 8 | UInt64(packed.count))
                englishCaseWordList.append(contentsOf: packed)
            } else {
                englishCaseSpans.append(0)
            }
        }
        englishAllReferences = englishEntries.map { entries in
            entries.contains { $0.caseSensitiveWords != nil } ? entries.map(\.reference) : []
        }
        englishPlainReferences = englishEntries.map { entries in
            entries.contains { $0.caseSensitiveWords != nil } ? nil : entries.map(\.reference)
        }
    }

    // MARK: Building

    private mutating func addEnglish(_ text: String, reference: TermReference, caseSensitive: Bool) {
        var text = text
        var node: Int32 = 0
        var w = 0
        var caseSensitiveWords: [[UInt8]]? = caseSensitive ? [] : nil
        text.withUTF8 { utf8 in
            EnglishWordScanner.forEachKey(of: utf8) { key, start, end, _ in
                let hash = ByteKeyTable.hash(key)
                let id = englishWords.insert(key, hash: hash)
                if Int(id) >= englishRoot.count { englishRoot.append(-1) }
                let next = w == 0 ? englishRoot[Int(id)] : englishEdges.child(node, UInt32(id))
                if next >= 0 {
                    node = next
                } else {
                    if w == 0 {
                        englishRoot[Int(id)] = englishNodes
                        englishStartHashes.append(hash)
                    } else {
                        englishEdges.set(node, UInt32(id), englishNodes)
                        if englishNodes == node + 1 { englishChain[Int(node)] = id }
                    }
                    node = englishNodes
                    englishNodes += 1
                    englishTerminal.append(-1)
                    englishChain.append(-1)
                }
                caseSensitiveWords?.append(Array(utf8[start..<end]))
                w += 1
            }
        }
        guard w > 0 else { return }
        let entry = Entry(reference: reference, caseSensitiveWords: caseSensitiveWords)
        if englishTerminal[Int(node)] < 0 {
            englishTerminal[Int(node)] = Int32(englishEntries.count)
            englishEntries.append([entry])
        } else if !englishEntries[Int(englishTerminal[Int(node)])].contains(where: { $0.reference == reference }) {
            englishEntries[Int(englishTerminal[Int(node)])].append(entry)
        }
    }

    private mutating func addKorean(_ text: String, reference: TermReference) {
        var node: Int32 = 0
        var added = false
        var depth = 0
        var firstKey: UInt32 = 0
        for scalar in text.unicodeScalars {
            let s = scalar.value
            if UTF8Scalar.isSpace(s) || s == 0x0A || UTF8Scalar.isHyphen(s) || s == 0xB7 { continue }
            let key = KoreanMatchKey.fold(s)
            if depth == 0 { firstKey = key }
            if depth == 1 {
                if firstKey &- 0xAC00 < 11_172 { koreanRootSteps[Int(firstKey &- 0xAC00)].addSecond(key) }
            }
            depth += 1
            let next = koreanEdges.child(node, key)
            if next >= 0 {
                node = next
            } else {
                koreanEdges.set(node, key, koreanNodes)
                if node > 0 && koreanNodes == node + 1 { koreanChain[Int(node)] = key } else { koreanOtherChild[Int(node)] = true }
                node = koreanNodes
                koreanNodes += 1
                koreanTerminal.append(-1)
                koreanChain.append(UInt32.max)
                koreanOtherChild.append(false)
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

    private static func nodeSteps(chain: [Int32], terminal: [Int32]) -> LargeTableStorage<NodeStep> {
        let steps = LargeTableStorage(repeating: NodeStep(chain: -1, terminal: -1), count: chain.count)
        for i in chain.indices { steps.base[i] = NodeStep(chain: chain[i], terminal: terminal[i]) }
        return steps
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
    public func matches(in text: String, language: LanguageCode) -> [TermMatch] {
        language.isKorean ? koreanMatches(in: text) : englishMatches(in: text)
    }

    /// English term occurrences in `text` (optionally only within a UTF-8 byte range).
    public func englishMatches(in text: String, range: Range<Int>? = nil) -> [TermMatch] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = EnglishWordScanner()
            return englishMatches(bytes, range: range ?? 0..<bytes.count, scanner: &scanner)
        }
    }

    /// English term occurrences in each of several ranges of `text` (one scanner for all: paragraphs).
    public func englishMatches(in text: String, ranges: [Range<Int>]) -> [[TermMatch]] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = EnglishWordScanner()
            return ranges.map { englishMatches(bytes, range: $0, scanner: &scanner) }
        }
    }

    /// Korean term occurrences in each of several ranges of `text`.
    public func koreanMatches(in text: String, ranges: [Range<Int>]) -> [[TermMatch]] {
        var text = text
        return text.withUTF8 { bytes in ranges.map { koreanMatches(bytes, range: $0) } }
    }

    /// `englishMatches(in:ranges:)` for ranges read off the caller's own paragraphs (`lazy.map(\.range)`),
    /// without an array of them.
    public func englishMatches<Ranges: Collection>(in text: String, ranges: Ranges) -> [[TermMatch]] where Ranges.Element == Range<Int> {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = EnglishWordScanner()
            return ranges.map { englishMatches(bytes, range: $0, scanner: &scanner) }
        }
    }

    /// `koreanMatches(in:ranges:)` for ranges read off the caller's own paragraphs, without an array of them.
    public func koreanMatches<Ranges: Collection>(in text: String, ranges: Ranges) -> [[TermMatch]] where Ranges.Element == Range<Int> {
        var text = text
        return text.withUTF8 { bytes in ranges.map { koreanMatches(bytes, range: $0) } }
    }

    /// Korean term occurrences in `text` (optionally only within a UTF-8 byte range).
    public func koreanMatches(in text: String, range: Range<Int>? = nil) -> [TermMatch] {
        var text = text
        return text.withUTF8 { bytes in koreanMatches(bytes, range: range ?? 0..<bytes.count) }
    }

    func englishMatches(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, scanner: inout EnglishWordScanner) -> [TermMatch] {
        scanner.scan(bytes, range: range, table: englishWords, starts: englishStarts)
        let n = scanner.words.count
        guard n > 0 else { return [] }
        var result: [TermMatch] = []
        scanner.words.withUnsafeBufferPointer { words in
            englishPlainReferences.withUnsafeBufferPointer { plainReferences in
                let steps = englishSteps.base
                var i = 0
                while i < n {
                    var node = words[i].root
                    if node < 0 { i += 1; continue }
                    var terminal = words[i].rootTerminal
                    var j = i
                    var best = -1
                    // The best terminal's references are read once, at the end (no array copied per step);
                    // only case-sensitive terminals build their accepted subset on the way.
                    var bestTerminal: Int32 = -1
                    var bestAccepted: [TermReference] = []
                    while true {
                        if terminal >= 0 {
                            if plainReferences[Int(terminal)] != nil {
                                best = j; bestTerminal = terminal
                            } else {
                                let refs = accepted(terminal, bytes: bytes, words: words, first: i)
                                if !refs.isEmpty { best = j; bestTerminal = -1; bestAccepted = refs }
                            }
                        }
                        j += 1
                        if j >= n || !words[j].joined { break }
                        let id = words[j].id
                        if steps[Int(node)].chain == id {
                            node += 1
                            terminal = steps[Int(node)].terminal
                        } else {
                            (node, terminal) = englishEdges.step(node, UInt32(bitPattern: id))
                        }
                        if node < 0 { break }
                    }
                    if best >= 0 {
                        let bestEntries = bestTerminal >= 0 ? plainReferences[Int(bestTerminal)]! : bestAccepted
                        // One allocation for a paragraph's matches rather than regrowing at 1, 2, 4...
                        if result.isEmpty { result.reserveCapacity(min(n, 16)) }
                        result.append(TermMatch(range: Int(words[i].start)..<Int(words[best].end), references: bestEntries,
                                                language: .english, isPlural: words[best].plural))
                        i = best + 1
                    } else {
                        i += 1
                    }
                }
            }
        }
        return result
    }

    /// The references of `terminal`'s entries whose case-sensitive words (if any) agree with the text's words.
    private func accepted(_ terminal: Int32, bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<EnglishWordScanner.Word>,
                          first: Int) -> [TermReference] {
        let span = englishCaseSpans.withUnsafeBufferPointer { $0[Int(terminal)] }
        if span != 0 {
            let offset = Int(span >> 8), count = Int(span & 0xFF)
            let start = Int(words[first].start), end = Int(words[first].end)
            var acceptedBits: UInt64 = 0
            englishCaseWordList.withUnsafeBufferPointer { list in
                for e in 0..<count where CaseSensitiveWord.accepts(list[offset + e], bytes: bytes, start: start, end: end) {
                    acceptedBits |= 1 << UInt64(e)
                }
            }
            if acceptedBits == 0 { return [] }
            let all = englishAllReferences[Int(terminal)]
            if acceptedBits.nonzeroBitCount == count { return all }
            return (0..<count).filter { acceptedBits & (1 << UInt64($0)) != 0 }.map { all[$0] }
        }
        let entries = englishEntries[Int(terminal)]
        var acceptedCount = 0
        for entry in entries where TermMatcher.accepts(entry, bytes: bytes, words: words, first: first) { acceptedCount += 1 }
        if acceptedCount == entries.count { return englishAllReferences[Int(terminal)] }
        if acceptedCount == 0 { return [] }
        var refs: [TermReference] = []
        for entry in entries where TermMatcher.accepts(entry, bytes: bytes, words: words, first: first) { refs.append(entry.reference) }
        return refs
    }

    /// Whether an entry's case-sensitive words (if any) agree with the text's words from `first`.
    private static func accepts(_ entry: Entry, bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<EnglishWordScanner.Word>,
                                first: Int) -> Bool {
        guard let caseSensitiveWords = entry.caseSensitiveWords else { return true }
        for (k, word) in caseSensitiveWords.enumerated() {
            let start = Int(words[first + k].start), end = Int(words[first + k].end)
            // Exactly the term's word, or its plural with a lower-case s ("MMOs", not "MMOS").
            let extra = end - start - word.count
            if extra < 0 || extra > 2 { return false }
            for m in 0..<word.count where bytes[start + m] != word[m] { return false }
            if extra == 1 && bytes[end - 1] != 0x73 { return false }
            if extra == 2 && !(bytes[end - 2] == 0x65 && bytes[end - 1] == 0x73) { return false }
        }
        return true
    }

    func koreanMatches(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [TermMatch] {
        var result: [TermMatch] = []
        var i = range.lowerBound
        let end = range.upperBound
        var previousIsWord = false
        let count = bytes.count
        while i < end {
            let lead = bytes[i]
            // Inside a word, a syllable of U+AC00...U+CFFF (lead byte EA...EC) or an ASCII letter or digit
            // changes nothing: skip it without decoding.
            if previousIsWord {
                if lead &- 0xEA < 3 && i + 2 < count { i += 3; continue }
                if lead < 0x80 && EnglishByteClass.isAlphanumeric(lead) { i += 1; continue }
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
            let isWord = UTF8Scalar.isWordScalar(scalar)
            if isWord && !previousIsWord {
                // Most words start no term: one read of the root's table decides.
                let firstKey = KoreanMatchKey.fold(scalar)
                let root: KoreanRootStep
                if firstKey &- 0xAC00 < 11_172 {
                    root = koreanRootSteps.withUnsafeBufferPointer { $0[Int(firstKey &- 0xAC00)] }
                } else {
                    // Latin letters, digits, other scripts (rare): the edge table, no second-syllable filter.
                    let node = koreanEdges.child(0, firstKey)
                    root = KoreanRootStep(node: node, isTerminal: node >= 0 && koreanSteps.base[Int(node)].terminal >= 0,
                                          seconds: KoreanRootStep.allSeconds)
                }
                if root.node >= 0, let match = koreanMatch(bytes, at: i, root: root, firstKey: firstKey, next: i + length, end: end) {
                    if result.isEmpty { result.reserveCapacity(8) }
                    result.append(match.match)
                    i = match.resume
                    previousIsWord = true
                    continue
                }
            }
            previousIsWord = isWord
            i += length
        }
        return result
    }

    /// The longest Korean term starting at `start` whose first syllable leads to node `first` (the syllable
    /// ends at `next`), and where scanning resumes (the word's end).
    private func koreanMatch(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, root: KoreanRootStep, firstKey: UInt32, next: Int,
                             end: Int) -> (match: TermMatch, resume: Int)? {
        let steps = koreanSteps.base
        let first = root.node
        var node = first
        var p = next
        var bestEnd = -1, bestTailEnd = -1
        var bestTerminal: Int32 = -1
        /// The terminal index of `node` when a step just reached it (-1: none, or no step since).
        var terminal = root.isTerminal ? steps[Int(first)].terminal : -1
        while true {
            // Terminal: the term may end here if the rest of the word is particles (checked only then).
            if terminal >= 0 {
                let tailEnd = wordEnd(bytes, from: p, end: end)
                if tailEnd == p || KoreanParticleTail.accepts(bytes, p..<tailEnd) {
                    bestEnd = p
                    bestTailEnd = tailEnd
                    bestTerminal = terminal
                }
            }
            guard p < end else { break }
            var (scalar, length) = UTF8Scalar.decode(bytes, at: p)
            if UTF8Scalar.isSpace(scalar) {
                // An optional space inside a multi-word term (국가 보위성 / 국가보위성).
                var q = p + length
                while q < end {
                    let next = UTF8Scalar.decode(bytes, at: q)
                    if !UTF8Scalar.isSpace(next.scalar) { break }
                    q += next.length
                }
                guard q < end else { break }
                p = q
                (scalar, length) = UTF8Scalar.decode(bytes, at: p)
            }
            if UTF8Scalar.isHyphen(scalar) { p += length; terminal = -1; continue }
            if !UTF8Scalar.isWordScalar(scalar) { break }
            let key = KoreanMatchKey.fold(scalar)
            // The second syllable went through its own small filter; deeper steps mostly succeed (the
            // text holds the term), so the edge table's filter would only add a cache miss.
            if node == first && !root.mayHaveSecond(key) { break }
            let chain = steps[Int(node)].chain
            if chain & KoreanChainBits.symbolMask == Int32(bitPattern: key) {
                node += 1
            } else {
                // Off the chain: only a node with other children needs the edge table (a term followed by
                // a particle mostly ends at a leaf).
                if chain & KoreanChainBits.otherChild == 0 { break }
                node = koreanEdges.childBelowRoot(node, key)
                if node < 0 { break }
            }
            p += length
            // The next step reads this record's chain anyway (a particle or the term's next syllable).
            terminal = steps[Int(node)].terminal
        }
        guard bestEnd >= 0 else { return nil }
        return (TermMatch(range: start..<bestEnd, references: koreanReferences[Int(bestTerminal)], language: .korean), bestTailEnd)
    }

    private func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        var q = from
        while q < end {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: q)
            if !UTF8Scalar.isWordScalar(scalar) { break }
            q += length
        }
        return q
    }

    // MARK: Convenience

    /// What lint rules ask of a matched term, flat and cheap to read (no `Concept` copy per match).
    public struct TermFacts: Sendable {
        public var status: AdministrativeStatus
        public var type: TermType
        public var variantKind: VariantKind?
        public var subjectField: SubjectField?
        public var language: LanguageCode
        /// The concept has a validity period (a name that belongs to a period).
        public var hasValidity: Bool
    }

    private var conceptIndexByID: [String: Int] = [:]

    /// Index of a concept in the termbase by id.
    public func conceptIndex(id: String) -> Int? { conceptIndexByID[id] }

    @usableFromInline var factsOffset: [Int] = []
    @usableFromInline var facts: [TermFacts] = []

    /// Every term's facts, flat, and where each concept's terms start in it (for callers that keep them
    /// next to their own data instead of going through the matcher for each match).
    public var factsTable: (facts: [TermFacts], conceptOffsets: [Int]) { (facts, factsOffset) }

    /// Facts about the term a reference points to.
    @inlinable
    public func facts(_ reference: TermReference) -> TermFacts { facts[factsOffset[reference.concept] + reference.term] }

    private mutating func indexFacts() {
        factsOffset.reserveCapacity(termbase.concepts.count)
        for concept in termbase.concepts {
            factsOffset.append(facts.count)
            for term in concept.terms {
                facts.append(TermFacts(status: term.status, type: term.type, variantKind: term.variantKind,
                                       subjectField: concept.subjectField, language: term.language,
                                       hasValidity: concept.validity != nil))
            }
        }
    }

    public func concept(_ reference: TermReference) -> Concept { termbase.concepts[reference.concept] }
    public func term(_ reference: TermReference) -> Term { termbase.concepts[reference.concept].terms[reference.term] }
}
