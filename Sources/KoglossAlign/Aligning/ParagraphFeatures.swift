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

    /// Where a paragraph's text anchors come from: the built-in news lexicon is searched on the bytes directly,
    /// any other lexicon through its `String` API.
    enum TextLexicon {
        case coreNews
        case other(AnchorLexicon)

        init?(_ lexicon: AnchorLexicon?) {
            guard let lexicon else { return nil }
            self = lexicon is CoreNewsLexicon ? .coreNews : .other(lexicon)
        }
    }

    /// Which English words to keep (their hashes are only ever looked up with Korean Latin tokens).
    enum WordFilter {
        case none, all
        /// Only the words among these hashes: the same answers for every lookup of one of them, without sorting
        /// every word of the text.
        case only(LatinTokenSet)
    }

    /// The Latin tokens of all Korean paragraphs, sorted, unique, with a 64-bit Bloom mask to reject most words
    /// without a search.
    struct LatinTokenSet {
        let tokens: [UInt64]
        let mask: UInt64

        init(_ korean: [ParagraphFeatures]) {
            var all: [UInt64] = []
            for f in korean { all.append(contentsOf: f.latinTokens) }
            tokens = ParagraphFeatures.sortedUnique(all)
            mask = tokens.reduce(0) { $0 | LatinTokenSet.bit($1) }
        }

        @inline(__always) static func bit(_ hash: UInt64) -> UInt64 { 1 << (hash >> 58) }

        @inline(__always) func contains(_ hash: UInt64) -> Bool {
            guard mask & LatinTokenSet.bit(hash) != 0 else { return false }
            return tokens.withUnsafeBufferPointer { t in
                var low = 0, high = t.count
                while low < high {
                    let mid = (low + high) >> 1
                    if t[mid] < hash { low = mid + 1 } else { high = mid }
                }
                return low < t.count && t[low] == hash
            }
        }
    }

    /// - Parameters:
    ///   - lexicon: anchors found in the text; its concept numbers are offset by 2^32 when `concepts` is given
    ///     (as `CombinedAnchorLexicon` offsets its second part), so a glossary matched in advance as `concepts`
    ///     yields exactly the anchors of `CombinedAnchorLexicon([that glossary, lexicon])`.
    ///   - concepts: glossary concepts already found in the paragraph (e.g. from the lint's term matches), or nil.
    ///   - englishWords: collect the English words (needed only when some Korean paragraph has Latin tokens).
    init(paragraph: Paragraph, korean: Bool, lexicon: AnchorLexicon?, concepts: [Int]? = nil, englishWords: Bool = true) {
        var scratch = BaseFormScratch(enabled: false)
        self.init(paragraph: paragraph, korean: korean, textLexicon: TextLexicon(lexicon), concepts: concepts,
                  words: englishWords ? .all : .none, scratch: &scratch)
    }

    /// As `init(paragraph:korean:lexicon:concepts:englishWords:)`, with the lexicon's kind settled once per
    /// document and English words filtered by `words` (Korean paragraphs always keep their Latin tokens).
    /// `numbers`: the paragraph text's number anchors (`NumberAnchorExtractor`) when the caller has them already;
    /// `scratch`: English base forms met in the document's earlier paragraphs.
    init(paragraph: Paragraph, korean: Bool, textLexicon: TextLexicon?, concepts: [Int]?, words: WordFilter,
         numbers givenNumbers: [NumberAnchor]? = nil, scratch: inout BaseFormScratch) {
        alignmentClass = paragraph.kind.alignmentClass
        isHeading = paragraph.kind == .heading
        var text = paragraph.text
        var sentences = 0, length = 0
        var latin: [UInt64] = []
        var anchors: [UInt64] = []
        text.withUTF8 { b in
            sentences = SentenceCounter.count(utf8: b)
            var hasQuote = false
            (length, hasQuote) = ParagraphFeatures.scan(b, words: korean ? .all : words, into: &latin)

            let numbers = givenNumbers
                ?? (korean ? NumberAnchorExtractor.koreanAnchors(utf8: b) : NumberAnchorExtractor.englishAnchors(utf8: b))
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
            if let textLexicon {
                let offset = concepts == nil ? 0 : 1 << 32
                switch textLexicon {
                case .coreNews where ParagraphFeatures.coreNewsFitsConceptBits:
                    // The news lexicon's concepts as a set: appended sorted and unique, after the glossary's
                    // (offset or not, they sort after them), so sorting below has little left to do.
                    let found = korean ? CoreNewsLexicon.korean.conceptBits(utf8: b)
                        : CoreNewsLexicon.english.conceptBits(utf8: b, scratch: &scratch)
                    found.forEach { concept in anchors.append(AnchorKey.make(.glossary, UInt64(concept + offset))) }
                case .coreNews:
                    let found = korean ? CoreNewsLexicon.korean.find(utf8: b) : CoreNewsLexicon.english.find(utf8: b, scratch: &scratch)
                    for concept in found { anchors.append(AnchorKey.make(.glossary, UInt64(concept + offset))) }
                case .other(let lexicon):
                    let found = korean ? lexicon.koreanConcepts(in: paragraph.text) : lexicon.englishConcepts(in: paragraph.text)
                    for concept in found { anchors.append(AnchorKey.make(.glossary, UInt64(concept + offset))) }
                }
            }
            if hasQuote { anchors.append(AnchorKey.make(.quotation, 1)) }
        }
        self.sentences = sentences
        self.length = Double(length)
        anchors.sortUnique()
        self.anchors = anchors

        latin.sortUnique()
        let tokens = latin
        if korean {
            latinTokens = tokens
            self.words = []
        } else {
            latinTokens = []
            self.words = tokens
        }
    }

    /// Whether the news lexicon's concepts fit in `ConceptBits` (they do: it has fewer than 128).
    static let coreNewsFitsConceptBits = CoreNewsLexicon.korean.fitsConceptBits && CoreNewsLexicon.english.fitsConceptBits

    /// One pass over the bytes: length (non-space scalars), ASCII words of two letters or more (lower-cased,
    /// hashed as they go, kept as `words` says), quotation marks.
    static func scan(_ b: UnsafeBufferPointer<UInt8>, words: WordFilter, into latin: inout [UInt64]) -> (length: Int, quote: Bool) {
        let n = b.count
        var length = 0
        var hasQuote = false
        var doubleQuotes = 0
        var i = 0
        let keepWords: Bool
        var filter: LatinTokenSet? = nil
        switch words {
        case .none: keepWords = false
        case .all: keepWords = true
        case .only(let set): keepWords = true; filter = set
        }
        @inline(__always) func keep(_ hash: UInt64) {
            if let filter {
                if filter.contains(hash) { latin.append(hash) }
            } else {
                latin.append(hash)
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var wordLength = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if !keepWords {
                    // No words wanted: only lengths and quotation marks, eight ASCII bytes at a time.
                    if i + 8 <= n, let base = b.baseAddress {
                        let start = i
                        var tally = ByteLaneTally()
                        while i + 8 <= n {
                            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                            if word & 0x8080_8080_8080_8080 != 0 { break }
                            let ones: UInt64 = 0x0101_0101_0101_0101
                            // Spaces and tabs counted together, quotation marks apart.
                            tally.add(uncounted: zeroByteMask(word ^ (ones &* 0x20)) | zeroByteMask(word ^ (ones &* 0x09)),
                                      quotes: zeroByteMask(word ^ (ones &* 0x22)))
                            i += 8
                        }
                        if i > start {
                            length += i - start - tally.uncounted
                            doubleQuotes += tally.quotes
                            continue
                        }
                    }
                    if c == 0x22 { doubleQuotes += 1 }
                    if c != 0x20 && c != 0x09 { length += 1 }
                    i += 1
                    continue
                }
                if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) {
                    hash = (hash ^ UInt64(c | 0x20)) &* 0x100_0000_01b3
                    wordLength += 1
                    length += 1
                } else {
                    if wordLength >= 2 { keep(hash) }
                    hash = 0xcbf2_9ce4_8422_2325
                    wordLength = 0
                    if c == 0x22 { doubleQuotes += 1 }
                    if c != 0x20 && c != 0x09 { length += 1 }
                }
                i += 1
                continue
            }
            if wordLength >= 2 && keepWords { keep(hash) }
            hash = 0xcbf2_9ce4_8422_2325
            wordLength = 0
            if i + 8 <= n, let base = b.baseAddress {
                // Korean text, eight bytes at a time while they are Hangul syllables (lead bytes EA to ED and
                // continuation bytes), spaces, digits and ASCII punctuation 0x23-0x40 (no letter: no word to hash;
                // no quotation mark, tab or multi-byte space or quotation mark to look at): then the length is the
                // number of bytes that start a scalar less the spaces. The loop may stop inside a syllable: its
                // continuation bytes are passed over below.
                let start = i
                var tally = ByteLaneTally()
                while i + 8 <= n {
                    let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
                    // Per byte on its low seven bits v (v + k <= 0xFF: no carry into the next byte), bit 7 of
                    // v + (0x80 - lo) says v >= lo.
                    let v = x & ~high
                    let spaces = zeroByteMask(x ^ (ones &* 0x20))
                    let punctuation = (v &+ ones &* 0x5D) & ~(v &+ ones &* 0x3F)
                    let otherASCII = ~x & high & ~(punctuation | spaces)
                    let shifted = x << 1
                    let hangulLead = (v &+ ones &* 0x16) & ~(v &+ ones &* 0x12)
                    let otherLead = x & shifted & high & ~hangulLead
                    if otherASCII | otherLead != 0 { break }
                    tally.add(uncounted: (x & ~shifted & high) | spaces, quotes: 0)
                    i += 8
                }
                if i > start {
                    length += i - start - tally.uncounted
                    doubleQuotes += tally.quotes
                    continue
                }
            }
            if c & 0xC0 == 0x80 {
                // Inside a scalar after an eight-byte step: its lead was counted there.
                i += 1
                continue
            }
            if c >= 0xEA && c <= 0xED {
                // Hangul syllables (and whatever else leads with these bytes): never a space or quotation mark.
                length += 1
                i += 3
                while true {
                    while i < n, b[i] &- 0xEA < 4 {
                        length &+= 1
                        i &+= 3
                    }
                    // A space between two Hangul words changes nothing (not counted, no word pending, either mode):
                    // go on with the next word here rather than through the loop's ASCII branch.
                    guard i + 1 < n, b[i] == 0x20, b[i + 1] &- 0xEA < 4 else { break }
                    i += 1
                }
                continue
            }
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
        if wordLength >= 2 && keepWords { keep(hash) }
        if doubleQuotes >= 2 { hasQuote = true }
        return (length, hasQuote)
    }

    /// Counts of marked bytes over many eight-byte steps: the marks (high bit of each byte) summed per byte lane,
    /// and the lanes summed only every 31 steps (no lane nor total overflows a byte) and at the end, instead of a
    /// multiply per step.
    struct ByteLaneTally {
        private var lanes: UInt64 = 0
        private var quoteLanes: UInt64 = 0
        private var steps = 0
        private var uncountedSum = 0
        private var quoteSum = 0

        @inline(__always) mutating func add(uncounted: UInt64, quotes: UInt64) {
            lanes &+= uncounted >> 7
            quoteLanes &+= quotes >> 7
            steps &+= 1
            if steps == 31 { flush() }
        }

        @inline(__always) private mutating func flush() {
            uncountedSum += ParagraphFeatures.laneSum(lanes)
            quoteSum += ParagraphFeatures.laneSum(quoteLanes)
            lanes = 0
            quoteLanes = 0
            steps = 0
        }

        var uncounted: Int { mutating get { flush(); return uncountedSum } }
        var quotes: Int { mutating get { flush(); return quoteSum } }
    }

    /// The sum of the eight bytes of `lanes` (at most 255 in all), by one multiply.
    @inline(__always) static func laneSum(_ lanes: UInt64) -> Int {
        Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) >> 56)
    }

    /// The number of set bits of `mask`, which has none but the high bit of each byte: the bytes' 0/1 summed
    /// into the top byte by one multiply.
    @inline(__always) static func highBitCount(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// The high bit of every zero byte of `x` (exact, unlike the usual has-a-zero test), the others clear.
    @inline(__always) static func zeroByteMask(_ x: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let t = ((x & low) &+ low) | x
        return ~t & 0x8080_8080_8080_8080
    }

    static func sortedUnique(_ values: [UInt64]) -> [UInt64] {
        var sorted = values
        sorted.sortUnique()
        return sorted
    }
}
