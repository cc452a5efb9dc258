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

    init(paragraph: Paragraph, korean: Bool, lexicon: AnchorLexicon?) {
        alignmentClass = paragraph.kind.alignmentClass
        isHeading = paragraph.kind == .heading
        sentences = SentenceCounter.count(paragraph.text)
        let text = paragraph.text
        var length = 0
        var latin: [UInt64] = []
        var hasQuote = false
        var doubleQuotes = 0
        // One pass over the bytes: length, ASCII words, quotation marks.
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func endWord() {
            if word.count >= 2 { latin.append(AnchorKey.hash(word)) }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
                    word.append(b | 0x20)
                } else {
                    endWord()
                    if b == 0x22 { doubleQuotes += 1 }
                }
                if b != 0x20 && b != 0x09 { length += 1 }
            } else {
                endWord()
                if v == 0x201C || v == 0x201D || v == 0x300C || v == 0x300E { hasQuote = true }
                if !SentenceCounter.isSpace(scalar) { length += 1 }
            }
        }
        endWord()
        if doubleQuotes >= 2 { hasQuote = true }
        self.length = Double(length)

        var anchors: [UInt64] = []
        let numbers = korean ? NumberAnchorExtractor.koreanAnchors(in: text) : NumberAnchorExtractor.englishAnchors(in: text)
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
        if let lexicon {
            let concepts = korean ? lexicon.koreanConcepts(in: text) : lexicon.englishConcepts(in: text)
            for concept in concepts { anchors.append(AnchorKey.make(.glossary, UInt64(concept))) }
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
        var sorted = values.sorted()
        var write = 1
        for read in 1..<sorted.count where sorted[read] != sorted[write - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }
}
