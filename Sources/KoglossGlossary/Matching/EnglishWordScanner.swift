/// Splits English UTF-8 text into words and folds each word into its matching key in a scratch buffer,
/// without allocating per word: ASCII lower-cased, apostrophes unified, possessive `'s` removed, plural
/// reduced to the singular (`armies` -> `army`, `forces` -> `force`). Glossary terms (`keys(of:)`) and text
/// (`scan`) go through the same `fold`, so their keys agree by construction.
/// `scan` keeps only the words found in the glossary's word table (most words of a text are not), each
/// with its id, so the matcher walks its automaton over a short list.
struct EnglishWordScanner {
    struct Word {
        var start: Int32
        /// End of the word without a possessive suffix (what a match covers).
        var end: Int32
        /// Id in the glossary's word table.
        var id: Int32
        /// The automaton's node after this word from the root (-1: the word starts no term), and that
        /// node's terminal index (-1: none): the word table's value for the word.
        var root: Int32
        var rootTerminal: Int32
        /// The previous word of the text is the previous kept word, and the gap before this word is only
        /// spaces, one line break or hyphens (or a plural possessive apostrophe), so a term may span it.
        var joined: Bool
        var plural: Bool
    }

    /// Glossary words of the last scan, in text order.
    var words: [Word] = []

    /// One word's fold: where scanning resumes, the key's length (-1 when longer than the buffer), the
    /// word's end without a possessive, and whether the key was reduced from a plural.
    struct Folded {
        var next: Int
        var keyLength: Int
        var end: Int
        var plural: Bool
    }

    /// Scans `bytes[range]`, keeping the words of `table` that may start a term (`starts`, a filter over
    /// the hashes of words with a root step) or continue the previous kept word. A table word that does
    /// neither can take part in no match, so most words stop at the filter without a probe of the table.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, table: ByteKeyTable, starts: HashBitFilter) {
        words.removeAll(keepingCapacity: true)
        // A longer raw key stays longer than every glossary word after dropping a possessive and a plural.
        let capacity = table.maxLength + 8
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity + 16) { keyBuffer in
            keyBuffer.initialize(repeating: 0)
            let key = keyBuffer.baseAddress!
            EnglishByteClass.table.withUnsafeBufferPointer { classes in
                let classes = classes.baseAddress!
                var i = range.lowerBound
                let end = range.upperBound
                var gapJoinable = false
                var gapNewlines = 0
                var sawWord = false
                var lastWordEnd = -1
                var previousKept = false
                while i < end {
                    let b = bytes[i]
                    let c = classes[Int(b)]
                    if c <= EnglishByteClass.upper {
                        // letter or digit: a word
                    } else if c == EnglishByteClass.space || c == EnglishByteClass.hyphen {
                        i += 1; continue
                    } else if c == EnglishByteClass.newline {
                        gapNewlines += 1; i += 1; continue
                    } else if c == EnglishByteClass.apostrophe {
                        // A plural possessive right after a word ("Workers' Party") keeps the gap joinable.
                        if !(gapNewlines == 0 && sawWord && i == lastWordEnd) { gapJoinable = false }
                        i += 1; continue
                    } else if c == EnglishByteClass.nonASCII {
                        let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
                        // ʼ (U+02BC) is a letter but only joins words: it never starts one (the old scanner
                        // looped forever on a word starting with it).
                        if !UTF8Scalar.isWordScalar(scalar) || UTF8Scalar.isApostrophe(scalar) {
                            if !(UTF8Scalar.isSpace(scalar) || UTF8Scalar.isHyphen(scalar)
                                 || (UTF8Scalar.isApostrophe(scalar) && gapNewlines == 0 && sawWord && i == lastWordEnd)) {
                                gapJoinable = false
                            }
                            i += length
                            continue
                        }
                    } else {
                        gapJoinable = false; i += 1; continue
                    }
                    let continues = sawWord && gapJoinable && gapNewlines <= 1 && previousKept
                    let f = EnglishWordScanner.foldFast(bytes, from: i, end: end, classes: classes, key: key, capacity: capacity)
                    var id: Int32 = -1
                    var value: Int64 = 0
                    if f.keyLength >= 0 {
                        let h = ByteKeyTable.hash(key, f.keyLength, padded: true)
                        if continues || starts.mayContain(h) {
                            (id, value) = table.entry(of: key, count: f.keyLength, hash: h, padded: true)
                        }
                    }
                    if id >= 0 {
                        words.append(Word(start: Int32(i), end: Int32(f.end), id: id, root: Int32(truncatingIfNeeded: value),
                                          rootTerminal: Int32(truncatingIfNeeded: value >> 32), joined: continues, plural: f.plural))
                        previousKept = true
                    } else {
                        previousKept = false
                    }
                    i = f.next
                    lastWordEnd = i
                    sawWord = true
                    gapJoinable = true
                    gapNewlines = 0
                    // The usual gap, one space before the next word: step over it here rather than through
                    // the class dispatch above (same state: a space changes nothing).
                    if i + 1 < end && bytes[i] == 0x20 && classes[Int(bytes[i + 1])] <= EnglishByteClass.upper { i += 1 }
                }
            }
        }
    }

    /// Every word of a glossary term: its key and its byte range in `bytes` (without a possessive).
    static func keys(of bytes: UnsafeBufferPointer<UInt8>) -> [(key: [UInt8], start: Int, end: Int, plural: Bool)] {
        var result: [(key: [UInt8], start: Int, end: Int, plural: Bool)] = []
        forEachKey(of: bytes) { key, start, end, plural in result.append((Array(key), start, end, plural)) }
        return result
    }

    /// Calls `body` with each word of a glossary term: its key (valid during the call only), its byte range
    /// in `bytes` (without a possessive) and whether it was reduced from a plural. Allocates nothing per word
    /// (the matcher's build reads every word of every term).
    static func forEachKey(of bytes: UnsafeBufferPointer<UInt8>,
                           _ body: (_ key: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ plural: Bool) -> Void) {
        let capacity = 4 * bytes.count + 16
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity + 16) { keyBuffer in
            keyBuffer.initialize(repeating: 0)
            let key = keyBuffer.baseAddress!
            EnglishByteClass.table.withUnsafeBufferPointer { classes in
                var i = 0
                while i < bytes.count {
                    let c = classes[Int(bytes[i])]
                    var length = 1
                    var isWord = c <= EnglishByteClass.upper
                    if c == EnglishByteClass.nonASCII {
                        let decoded = UTF8Scalar.decode(bytes, at: i)
                        length = decoded.length
                        isWord = UTF8Scalar.isWordScalar(decoded.scalar) && !UTF8Scalar.isApostrophe(decoded.scalar)
                    }
                    guard isWord else { i += length; continue }
                    let f = fold(bytes, from: i, end: bytes.count, classes: classes.baseAddress!, key: key, capacity: capacity)
                    body(UnsafeBufferPointer(start: key, count: max(f.keyLength, 0)), i, f.end, f.plural)
                    i = f.next
                }
            }
        }
    }

    @inline(__always)
    private static func isASCIIAlnum(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    /// Reads one word starting at `start` (a letter or digit) and writes its key to `key` (at most
    /// `capacity` bytes; 16 more must be writable).
    @inline(never)
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, classes: UnsafePointer<UInt8>,
                     key: UnsafeMutablePointer<UInt8>, capacity: Int) -> Folded {
        var i = start
        var k = 0
        /// Key bytes other than a-z (only words of ASCII letters are inflected).
        var nonLetters = 0
        while i < end {
            let b = bytes[i]
            let c = classes[Int(b)]
            if c == EnglishByteClass.lower {
                if k < capacity { key[k] = b }
                k &+= 1; i &+= 1; continue
            }
            if c == EnglishByteClass.upper {
                if k < capacity { key[k] = b | 0x20 }
                k &+= 1; i &+= 1; continue
            }
            if c == EnglishByteClass.digit {
                if k < capacity { key[k] = b }
                k &+= 1; i &+= 1; nonLetters &+= 1; continue
            }
            if c == EnglishByteClass.apostrophe || c == EnglishByteClass.dot {
                // Contraction or possessive (People's), or an inner dot (U.S).
                if i + 1 < end, i > start, isASCIIAlnum(bytes[i + 1]) {
                    if k < capacity { key[k] = b }
                    k &+= 1; i &+= 1; nonLetters &+= 1; continue
                }
                break
            }
            guard c == EnglishByteClass.nonASCII else { break }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
            if UTF8Scalar.isApostrophe(scalar) {
                if i + length < end, i > start, isASCIIAlnum(bytes[i + length]) {
                    if k < capacity { key[k] = 0x27 }
                    k &+= 1; i += length; nonLetters &+= 1; continue
                }
                break
            }
            guard UTF8Scalar.isWordScalar(scalar) else { break }
            appendLowercase(scalar, key: key, capacity: capacity, count: &k, nonLetters: &nonLetters)
            i += length
        }
        guard k <= capacity else { return Folded(next: i, keyLength: -1, end: i, plural: false) }
        var wordEnd = i
        // Possessive: drop a final 's (the match then leaves it out, so a fix keeps it).
        if k >= 3, key[k - 1] == 0x73, key[k - 2] == 0x27 {
            k -= 2
            nonLetters -= 1
            var j = i - 2 // the apostrophe's last byte; back to its lead byte
            while j > start, bytes[j] & 0xC0 == 0x80 { j -= 1 }
            wordEnd = j
        }
        let plural = nonLetters == 0 && singular(key: key, count: &k)
        return Folded(next: i, keyLength: k, end: wordEnd, plural: plural)
    }

    /// `fold` for the common word of ASCII letters only, ended by a space, line break, hyphen or other
    /// ASCII punctuation (not an apostrophe or a dot, which may continue it): one tight loop. Any other
    /// word goes through `fold` from its start, so the result is the same.
    @inline(__always)
    static func foldFast(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, classes: UnsafePointer<UInt8>,
                         key: UnsafeMutablePointer<UInt8>, capacity: Int) -> Folded {
        var i = start
        var k = 0
        let base = bytes.baseAddress!
        // Eight bytes at a time while eight are readable (the range may end inside them: only its letters
        // count): which bytes are ASCII letters, and all eight lower-cased by one OR, stored at once (the key
        // buffer has 16 bytes of slack; bytes past the key are never read as part of it).
        while i < end && k < capacity && i &+ 8 <= bytes.count {
            let v = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let lowered = v | 0x2020_2020_2020_2020
            let seven = lowered & 0x7F7F_7F7F_7F7F_7F7F
            let letters = (seven &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(seven &+ 0x0505_0505_0505_0505) & ~v & 0x8080_8080_8080_8080
            UnsafeMutableRawPointer(key + k).storeBytes(of: lowered, as: UInt64.self)
            let run = min((~letters & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3, end &- i)
            k &+= run; i &+= run
            if run < 8 { break }
        }
        if i &+ 8 > bytes.count {
            EnglishByteClass.lowerLetters.withUnsafeBufferPointer { lowerLetters in
                while i < end && k < capacity {
                    let l = lowerLetters[Int(bytes[i])]
                    if l == 0 { break }
                    key[k] = l
                    k &+= 1; i &+= 1
                }
            }
        }
        if k > capacity { return fold(bytes, from: start, end: end, classes: classes, key: key, capacity: capacity) }
        if i < end {
            let c = classes[Int(bytes[i])]
            if k >= capacity || !(c == EnglishByteClass.space || c == EnglishByteClass.newline || c == EnglishByteClass.hyphen
                                  || c == EnglishByteClass.other) {
                return fold(bytes, from: start, end: end, classes: classes, key: key, capacity: capacity)
            }
        }
        let plural = singular(key: key, count: &k)
        return Folded(next: i, keyLength: k, end: i, plural: plural)
    }

    /// Reduces a key of letters ending in s to its singular (`armies` -> `army`, `forces` -> `force`);
    /// true when it did. The caller checks that the key is letters only.
    @inline(__always)
    static func singular(key: UnsafeMutablePointer<UInt8>, count k: inout Int) -> Bool {
        var plural = false
        if k >= 3, key[k - 1] == 0x73 {
            @inline(__always) func ends(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
                key[k - 3] == a && key[k - 2] == b && key[k - 1] == c
            }
            let before = k >= 4 ? key[k - 4] : 0
            if k >= 5, ends(0x69, 0x65, 0x73) /* ies */, before != 0x65, before != 0x61 /* eies aies */ {
                k -= 3; key[k] = 0x79; k += 1; plural = true
            } else if k >= 5, (ends(0x73, 0x65, 0x73) && before == 0x73) /* sses */
                        || (ends(0x68, 0x65, 0x73) && (before == 0x63 || before == 0x73)) /* ches shes */
                        || ends(0x78, 0x65, 0x73) /* xes */ || (ends(0x7A, 0x65, 0x73) && before == 0x7A) /* zzes */ {
                k -= 2; plural = true
            } else {
                let second = key[k - 2]
                if second != 0x73 && second != 0x75 && second != 0x69 /* ss us is */ {
                    k -= 1; plural = true
                }
            }
        }
        return plural
    }

    /// Appends the lower-case mapping of a non-ASCII letter (out of line: it needs the Unicode tables).
    @inline(never)
    private static func appendLowercase(_ scalar: UInt32, key: UnsafeMutablePointer<UInt8>, capacity: Int, count k: inout Int, nonLetters: inout Int) {
        guard let s = Unicode.Scalar(scalar) else { return }
        for u in s.properties.lowercaseMapping.utf8 {
            if k < capacity { key[k] = u }
            k &+= 1
            if !(u >= 0x61 && u <= 0x7A) { nonLetters &+= 1 } // a Kelvin sign folds to a letter
        }
    }
}

/// Byte classes of the English scanner (one table load per byte instead of range tests).
enum EnglishByteClass {
    static let lower: UInt8 = 0
    static let digit: UInt8 = 1
    static let upper: UInt8 = 2
    static let space: UInt8 = 3
    static let newline: UInt8 = 4
    static let hyphen: UInt8 = 5
    static let apostrophe: UInt8 = 6
    static let dot: UInt8 = 7
    static let nonASCII: UInt8 = 8
    static let other: UInt8 = 9

    /// An ASCII letter or digit (a word byte), without the table.
    @inline(__always)
    static func isAlphanumeric(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 }

    /// Each ASCII letter lower-cased, 0 for every other byte (the fast fold's one load per byte).
    static let lowerLetters: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        switch b {
        case 0x61...0x7A: return UInt8(b)
        case 0x41...0x5A: return UInt8(b | 0x20)
        default: return 0
        }
    }

    static let table: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        switch b {
        case 0x61...0x7A: return lower
        case 0x30...0x39: return digit
        case 0x41...0x5A: return upper
        case 0x20, 0x09: return space
        case 0x0A: return newline
        case 0x2D: return hyphen
        case 0x27: return apostrophe
        case 0x2E: return dot
        case 0x80...: return nonASCII
        default: return other
        }
    }
}
