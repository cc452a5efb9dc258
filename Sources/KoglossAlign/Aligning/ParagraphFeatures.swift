import KoglossText

/// What the cost model needs of one paragraph, computed once: class, length, anchors.
struct ParagraphFeatures: Sendable {
    var alignmentClass: ParagraphKind.AlignmentClass
    var isHeading: Bool
    var sentences: Int
    /// Non-whitespace Unicode scalars.
    var length: Double
    /// Language-independent anchors (numbers, dates, glossary concepts, quotation), sorted, unique.
    var anchors: [UInt64]
    /// Korean side: hashes of lower-cased Latin-script tokens (ICBM, KBS, names in parentheses), sorted, unique.
    var latinTokens: [UInt64]
    /// Evidence weights (nats) parallel to `anchors` and `latinTokens`, set per document by `AnchorWeighting`:
    /// what finding the anchor on the other side is worth, and what missing it costs.
    var anchorBonus: [Double] = []
    var anchorMiss: [Double] = []
    var latinBonus: [Double] = []
    var latinMiss: [Double] = []
    /// English side: hashes of every lower-cased word, sorted, unique, to look Korean Latin tokens up in.
    var words: [UInt64]

    /// - Parameters:
    ///   - lexicon: anchors found in the text; its concept numbers are offset by 2^32 when `concepts` is given
    ///     (as `CombinedAnchorLexicon` offsets its second part), so a glossary matched in advance as `concepts`
    ///     yields exactly the anchors of `CombinedAnchorLexicon([that glossary, lexicon])`.
    ///   - concepts: glossary concepts already found in the paragraph (e.g. from the lint's term matches), or nil.
    ///   - englishWords: collect the English words (needed only when some Korean paragraph has Latin tokens).
    init(paragraph: Paragraph, korean: Bool, lexicon: AnchorLexicon?, concepts: [Int]? = nil, englishWords: Bool = true) {
        let keepWords = korean || englishWords
        alignmentClass = paragraph.kind.alignmentClass
        isHeading = paragraph.kind == .heading
        var text = paragraph.text
        var length = 0
        var latin: [UInt64] = []
        var hasQuote = false
        var sentences = 0
        text.withUTF8 { b in
            sentences = SentenceCounter.count(utf8: b)
            // One pass over the bytes: length (non-space scalars), ASCII words (hashed as they go), quotation marks.
            let n = b.count
            var doubleQuotes = 0
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var wordLength = 0
            var i = 0
            while i < n {
                let c = b[i]
                if c < 0x80 && !keepWords {
                    // No words wanted: only lengths and quotation marks.
                    if c == 0x22 { doubleQuotes += 1 }
                    if c != 0x20 && c != 0x09 { length += 1 }
                    i += 1
                    continue
                }
                if c < 0x80 {
                    if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) {
                        hash = (hash ^ UInt64(c | 0x20)) &* 0x100_0000_01b3
                        wordLength += 1
                    } else {
                        if wordLength >= 2 && keepWords { latin.append(hash) }
                        hash = 0xcbf2_9ce4_8422_2325
                        wordLength = 0
                        if c == 0x22 { doubleQuotes += 1 }
                    }
                    if c != 0x20 && c != 0x09 { length += 1 }
                    i += 1
                    continue
                }
                if wordLength >= 2 && keepWords { latin.append(hash) }
                hash = 0xcbf2_9ce4_8422_2325
                wordLength = 0
                let scalarLength = SentenceCounter.scalarLength(c)
                if scalarLength == 3, i + 2 < n {
                    // “ ” 「 『 open or close a quotation.
                    let c1 = b[i + 1], c2 = b[i + 2]
                    if (c == 0xE2 && c1 == 0x80 && (c2 == 0x9C || c2 == 0x9D)) || (c == 0xE3 && c1 == 0x80 && (c2 == 0x8C || c2 == 0x8E)) {
                        hasQuote = true
                    }
                }
                if SentenceCounter.spaceLength(b, i) == nil { length += 1 }
                i += scalarLength
            }
            if wordLength >= 2 && keepWords { latin.append(hash) }
            if doubleQuotes >= 2 { hasQuote = true }
        }
        self.sentences = sentences
        self.length = Double(length)

        var anchors: [UInt64] = []
        let numbers = korean ? NumberAnchorExtractor.koreanAnchors(in: text) : NumberAnchorExtractor.englishAnchors(in: text)
        anchors.reserveCapacity(numbers.count + (concepts?.count ?? 0) + 8)
        for anchor in numbers {
            let kind: AnchorKey.Kind
            switch anchor.kind {
            case .number, .year: kind = anchor.value.utf8.count == 1 ? .smallNumber : .number
            case .date: kind = .date
            case .percent: kind = .percent
            case .weekday: kind = .weekday
            }
            anchors.append(AnchorKey.make(kind, AnchorKey.hash(anchor.value.utf8)))
        }
        if let concepts {
            for concept in concepts { anchors.append(AnchorKey.make(.glossary, UInt64(concept))) }
        }
        if let lexicon {
            let offset = concepts == nil ? 0 : 1 << 32
            let found = korean ? lexicon.koreanConcepts(in: text) : lexicon.englishConcepts(in: text)
            for concept in found { anchors.append(AnchorKey.make(.glossary, UInt64(concept + offset))) }
        }
        if hasQuote { anchors.append(AnchorKey.make(.quotation, 1)) }
        self.anchors = ParagraphFeatures.sortedUnique(anchors)

        let tokens = ParagraphFeatures.sortedUnique(latin)
        if korean {
            latinTokens = tokens
            words = []
        } else {
            latinTokens = []
            words = tokens
        }
    }

    static func sortedUnique(_ values: [UInt64]) -> [UInt64] {
        guard values.count > 1 else { return values }
        var sorted = values
        if sorted.count <= 32 {
            // Paragraphs have a handful of anchors: insertion sort beats the general sort there.
            sorted.withUnsafeMutableBufferPointer { v in
                for k in 1..<v.count {
                    let x = v[k]
                    var m = k
                    while m > 0 && v[m - 1] > x { v[m] = v[m - 1]; m -= 1 }
                    v[m] = x
                }
            }
        } else {
            sorted.sort()
        }
        var write = 1
        for read in 1..<sorted.count where sorted[read] != sorted[write - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }
}
