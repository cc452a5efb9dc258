import KoglossText

/// English phrases found on UTF-8 bytes, with exactly the words and matches of `EnglishPhraseIndex` (case and
/// inflection folded, possessives dropped, longest phrase first), for the built-in news lexicon: words are
/// written into one buffer per paragraph, and a word whose first three letters start no phrase word is never
/// hashed or looked up (its base form cannot be a phrase word either).
struct EnglishPhraseTable: Sendable {
    /// Phrases by the hash of their first word, longest first, in an open-addressing table keyed by the hash
    /// itself (already uniform): `slotKey[s]` (0 when empty), and the phrases `slotFirst[s]..<slotFirst[s + 1]`
    /// in flat arrays (no array per phrase to retain while matching): phrase p has the word hashes
    /// `phraseWords[phraseStart[p]..<phraseStart[p + 1]]` and the concept `phraseConcept[p]`.
    private let slotKey: [UInt64]
    private let slotFirst: [Int32]
    private let phraseStart: [Int32]
    private let phraseWords: [UInt64]
    private let phraseConcept: [Int]
    private let slotShift: UInt64
    /// `EnglishPhraseIndex.prefix` of every phrase word (base form).
    private let prefixes: Set<UInt32>
    /// The same for words whose first three bytes are a-z, one bit per prefix: no hashing for most words.
    private let letterPrefixes: [UInt64]
    /// The same for words of one or two letters a-z (26 + 676 bits): "a", "of", "to" are common.
    private let shortLetterPrefixes: [UInt64]
    /// Every lower-cased word of ASCII letters and digits whose base form is a phrase word and which passes the
    /// prefix filter (`isCandidate`), by the key of its own bytes (`surfaceKey`), with the hash of its base form: a word of the
    /// fast path is hashed once as it is read and looked up in this small table (no copy, no base-form cache).
    /// A word not here is no phrase word (its base form is none, or the prefix filter drops it).
    /// Slot s holds its key at `rawEntries[2 * s]` (0 when empty) and the base-form hash at `2 * s + 1`: a
    /// lookup touches one cache line.
    private var rawEntries: [UInt64] = []
    private var rawShift: UInt64 = 64
    /// One bit per `rawFilterBits` value of the surface keys in `rawEntries` (2 KB, stays cached where the table
    /// may not between paragraphs): most words that pass the prefix filter stop here.
    private var rawFilter: [UInt64] = []

    init(_ list: [(phrase: String, concept: Int)]) {
        var phrases: [UInt64: [(words: [UInt64], concept: Int)]] = [:]
        var prefixes = Set<UInt32>()
        var seen = Set<[UInt64]>()
        for entry in list {
            let words = EnglishPhraseIndex.tokens(entry.phrase).map { EnglishInflection.baseForm($0) }.filter { !$0.isEmpty }
            guard let first = words.first else { continue }
            for word in words { prefixes.insert(EnglishPhraseIndex.prefix(Array(word.utf8))) }
            let hashes = words.map { AnchorKey.hash($0.utf8) }
            guard seen.insert(hashes + [UInt64(entry.concept)]).inserted else { continue }
            phrases[AnchorKey.hash(first.utf8), default: []].append((hashes, entry.concept))
        }
        var bits: UInt64 = 4
        while (1 << bits) < phrases.count * 4 { bits += 1 }
        var slotKey = [UInt64](repeating: 0, count: 1 << bits)
        var slotPhrases = [[(words: [UInt64], concept: Int)]](repeating: [], count: 1 << bits)
        for (key, list) in phrases {
            var slot = Int(truncatingIfNeeded: key >> (64 - bits))
            while slotKey[slot] != 0 { slot = (slot + 1) & (slotKey.count - 1) }
            slotKey[slot] = key
            slotPhrases[slot] = list.sorted { $0.words.count > $1.words.count }
        }
        self.slotKey = slotKey
        var slotFirst: [Int32] = [0], phraseStart: [Int32] = [0], phraseWords: [UInt64] = [], phraseConcept: [Int] = []
        for list in slotPhrases {
            for phrase in list {
                phraseWords += phrase.words
                phraseStart.append(Int32(phraseWords.count))
                phraseConcept.append(phrase.concept)
            }
            slotFirst.append(Int32(phraseConcept.count))
        }
        self.slotFirst = slotFirst
        self.phraseStart = phraseStart
        self.phraseWords = phraseWords
        self.phraseConcept = phraseConcept
        slotShift = 64 - bits
        self.prefixes = prefixes
        var letterBits = [UInt64](repeating: 0, count: 26 * 26 * 26 / 64 + 1)
        for prefix in prefixes where prefix >> 24 == 3 {
            let a = (prefix >> 16) & 0xFF, b = (prefix >> 8) & 0xFF, c = prefix & 0xFF
            guard (0x61...0x7A).contains(a), (0x61...0x7A).contains(b), (0x61...0x7A).contains(c) else { continue }
            let index = Int((a - 0x61) * 676 + (b - 0x61) * 26 + (c - 0x61))
            letterBits[index >> 6] |= 1 << UInt64(index & 63)
        }
        letterPrefixes = letterBits
        var shortBits = [UInt64](repeating: 0, count: (26 + 676) / 64 + 1)
        for prefix in prefixes where prefix >> 24 == 1 || prefix >> 24 == 2 {
            let a = (prefix >> 8) & 0xFF, b = prefix & 0xFF
            let index: Int
            if prefix >> 24 == 1 {
                guard (0x61...0x7A).contains(b) else { continue }
                index = Int(b - 0x61)
            } else {
                guard (0x61...0x7A).contains(a), (0x61...0x7A).contains(b) else { continue }
                index = 26 + Int((a - 0x61) * 26 + (b - 0x61))
            }
            shortBits[index >> 6] |= 1 << UInt64(index & 63)
        }
        shortLetterPrefixes = shortBits
        buildRawForms(Set(list.flatMap { entry in
            EnglishPhraseIndex.tokens(entry.phrase).map { EnglishInflection.baseForm($0) }.filter { !$0.isEmpty }
        }))
    }

    /// Fills `rawEntries` with every surface form of these base words. `EnglishInflection.baseForm` of a
    /// word without apostrophe leaves it unchanged, drops -s/-es, turns -ies into -y, -men into -man, -women
    /// into -woman, or maps an irregular or -ves plural: so the surface forms of a base word P are among P, P+s,
    /// P+es, P-y+ies, P-man+men, P-woman+women and the irregular plurals of P. Each one is kept only when its
    /// base form really is P and it passes the prefix filter, as `find` read it before this table.
    private mutating func buildRawForms(_ baseWords: Set<String>) {
        var forms: [UInt64: UInt64] = [:]
        for base in baseWords {
            var surfaces = [base, base + "s", base + "es"]
            if base.hasSuffix("y") { surfaces.append(String(base.dropLast()) + "ies") }
            if base.hasSuffix("man") { surfaces.append(String(base.dropLast(3)) + "men") }
            if base.hasSuffix("woman") { surfaces.append(String(base.dropLast(5)) + "women") }
            surfaces += EnglishPhraseTable.irregularPlurals.filter { EnglishInflection.baseForm($0) == base }
            for surface in surfaces {
                let bytes = Array(surface.utf8)
                guard !bytes.isEmpty, bytes.allSatisfy({ $0 &- 0x61 < 26 || $0 &- 0x30 < 10 }),
                      EnglishInflection.baseForm(surface) == base,
                      bytes.withUnsafeBufferPointer({ isCandidate($0, 0, $0.count) }) else { continue }
                forms[bytes.withUnsafeBufferPointer { EnglishPhraseTable.surfaceKey($0, 0, $0.count) }] = AnchorKey.hash(base.utf8)
            }
        }
        var bits: UInt64 = 4
        while (1 << bits) < forms.count * 4 { bits += 1 }
        var entries = [UInt64](repeating: 0, count: 2 << bits)
        for (key, value) in forms {
            var slot = Int(truncatingIfNeeded: key >> (64 - bits))
            while entries[2 * slot] != 0 { slot = (slot + 1) & ((1 << bits) - 1) }
            entries[2 * slot] = key
            entries[2 * slot + 1] = value
        }
        rawEntries = entries
        rawShift = 64 - bits
        var filter = [UInt64](repeating: 0, count: 1 << 8)
        for key in forms.keys {
            let bit = EnglishPhraseTable.rawFilterBit(key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        rawFilter = filter
    }

    /// The key in `rawEntries` of the word b[start..<end] of ASCII letters and digits, lower-cased: a word of at most
    /// eight bytes is read as one little-endian integer (exact: no two such words share a key) and multiplied by
    /// an odd constant to spread the slots; a longer one is hashed (FNV-1a). One load and one multiply for the
    /// usual word, where a byte-by-byte hash costs a multiply per byte in one dependency chain.
    @inline(__always)
    static func surfaceKey(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        let count = end - start
        guard count <= 8 else {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for k in start..<end { h = (h ^ UInt64(lower(b[k]))) &* 0x100_0000_01b3 }
            return h
        }
        var x: UInt64 = 0
        if start + 8 <= b.count, let base = b.baseAddress {
            x = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
        } else {
            for k in start..<end { x |= UInt64(b[k]) << UInt64(8 * (k - start)) }
        }
        let mask: UInt64 = count == 8 ? ~0 : (1 << UInt64(8 * count)) &- 1
        // Setting bit 5 lower-cases a letter and leaves a digit as it is.
        return ((x | 0x2020_2020_2020_2020) & mask) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The top 14 bits of a surface key: the best mixed ones of a multiplied key (its low bits depend only on
    /// the word's first bytes).
    @inline(__always)
    static func rawFilterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: key >> 50)
    }

    /// The plurals that `EnglishInflection` maps to a whole other word (its `irregular` and `vesPlurals` keys;
    /// a test checks this list still holds them all).
    static let irregularPlurals = [
        "men", "women", "people", "children", "feet", "teeth", "mice", "geese", "oxen", "criteria", "phenomena",
        "personnel", "data", "media", "crises", "analyses", "theses", "diagnoses", "hypotheses", "movies", "cookies",
        "calories", "rookies", "zombies", "prairies", "selfies", "hoodies", "goalies", "brownies",
        "wolves", "lives", "wives", "knives", "halves", "selves", "thieves", "leaves", "shelves", "loaves", "calves", "elves",
    ]

    /// The base-form hash of the fast-path word with this surface key, or `noWord`, on the tables' buffers (held
    /// by the caller for a whole paragraph).
    @inline(__always)
    private static func baseHash(ofSurface key: UInt64, filter: UnsafeBufferPointer<UInt64>,
                                 entries: UnsafeBufferPointer<UInt64>, shift: UInt64) -> UInt64 {
        let bit = rawFilterBit(key)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return noWord }
        let mask = entries.count / 2 - 1
        var slot = Int(truncatingIfNeeded: key >> shift)
        while true {
            let k = entries[2 * slot]
            if k == key { return entries[2 * slot + 1] }
            if k == 0 { return noWord }
            slot = (slot + 1) & mask
        }
    }

    /// Marks a word that cannot be (the base form of) a phrase word.
    private static let noWord: UInt64 = 0

    /// Concepts of the phrases in the UTF-8 text, in text order.
    func find(utf8 b: UnsafeBufferPointer<UInt8>) -> [Int] {
        var scratch = BaseFormScratch(enabled: false)
        return find(utf8: b, scratch: &scratch)
    }

    /// The same, with base forms looked up first in `scratch` (kept for the paragraphs of one document).
    func find(utf8 b: UnsafeBufferPointer<UInt8>, scratch: inout BaseFormScratch) -> [Int] {
        var found: [Int] = []
        search(utf8: b, scratch: &scratch) { found.append($0) }
        return found
    }

    /// The concepts `find` finds, as a set (`ConceptBits`): sorted and unique for free, and no array per
    /// paragraph. Only for a table whose concepts are below `ConceptBits.capacity` (`fitsConceptBits`).
    func conceptBits(utf8 b: UnsafeBufferPointer<UInt8>, scratch: inout BaseFormScratch) -> ConceptBits {
        var bits = ConceptBits()
        search(utf8: b, scratch: &scratch) { bits.insert($0) }
        return bits
    }

    /// Whether every concept of the table fits in `ConceptBits`.
    var fitsConceptBits: Bool { phraseConcept.allSatisfy { $0 >= 0 && $0 < ConceptBits.capacity } }

    /// The phrase search: `emit` is given each phrase's concept, in text order.
    @inline(__always)
    private func search(utf8 b: UnsafeBufferPointer<UInt8>, scratch: inout BaseFormScratch, emit: (Int) -> Void) {
        let n = b.count
        guard n > 0 else { return }
        // Buffers kept in `scratch` from paragraph to paragraph (moved out while in use, so no copy).
        // One hash per word at most (every word takes a byte, the final space included): written in place, with
        // no capacity or uniqueness check per word.
        var hashes: [UInt64] = []
        swap(&hashes, &scratch.hashes)
        if hashes.count < n + 2 { hashes = [UInt64](repeating: 0, count: max(n + 2, 2 * hashes.count)) }
        var hashCount = 0
        var bytes: [UInt8] = []
        swap(&bytes, &scratch.bytes)
        if bytes.count < n + 1 { bytes = [UInt8](repeating: 0, count: max(n + 1, 2 * bytes.count)) }
        defer {
            swap(&hashes, &scratch.hashes)
            swap(&bytes, &scratch.bytes)
        }
        let shift = rawShift
        // The lower-cased bytes of the current word, as `EnglishPhraseIndex.scan` emits them (never longer than the text).
        let anyCandidate = rawFilter.withUnsafeBufferPointer { filter in
        rawEntries.withUnsafeBufferPointer { entries in
        hashes.withUnsafeMutableBufferPointer { hashBuffer in
        bytes.withUnsafeMutableBufferPointer { buffer in
            // Counted here, not in the enclosing function: a variable the closure captures lives in memory.
            var written = 0
            var anyCandidate = false
            var w = 0
            var inWord = false
            var previousNoWord = false
            var i = 0
            // `EnglishPhraseIndex.scan` reads the text followed by one space: index n reads as that space.
            while i <= n {
                if !inWord {
                    // The usual English text in a small loop that keeps its state in registers: ASCII words of up to
                    // seven bytes ended by an ASCII byte other than an apostrophe, between ASCII bytes that start no
                    // word. Anything else (a longer word, an apostrophe or a byte >= 0x80 after a word, a byte
                    // >= 0x80 between words, the last eight bytes) is left to the general steps below, which
                    // treat these words and bytes exactly so.
                    let base = b.baseAddress.unsafelyUnwrapped
                    while i + 8 <= n {
                        let c = b[i]
                        if !EnglishPhraseTable.isWordByte(c) {
                            if c >= 0x80 { break }
                            i &+= 1
                            continue
                        }
                        let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                        let other = ASCIIRunEnd.nonLetterOrDigitBytes(x)
                        let found: UInt64
                        let count: Int
                        if other != 0 {
                            count = other.trailingZeroBitCount >> 3
                            let next = b[i + count]
                            if next >= 0x80 || next == 0x27 { break }
                            let mask: UInt64 = (1 << UInt64(8 * count)) &- 1
                            found = EnglishPhraseTable.baseHash(ofSurface: ((x | 0x2020_2020_2020_2020) & mask) &* 0x9E37_79B9_7F4A_7C15,
                                                                filter: filter, entries: entries, shift: shift)
                        } else {
                            // Eight bytes or more, as the general fast path reads them.
                            let j = EnglishPhraseTable.wordEnd(b, i + 8)
                            guard j < n else { break }
                            let next = b[j]
                            if next >= 0x80 || next == 0x27 { break }
                            count = j - i
                            if count == 8 {
                                found = EnglishPhraseTable.baseHash(ofSurface: (x | 0x2020_2020_2020_2020) &* 0x9E37_79B9_7F4A_7C15,
                                                                    filter: filter, entries: entries, shift: shift)
                            } else if isCandidate(b, i, j) {
                                found = EnglishPhraseTable.baseHash(ofSurface: EnglishPhraseTable.surfaceKey(b, i, j),
                                                                    filter: filter, entries: entries, shift: shift)
                            } else {
                                found = EnglishPhraseTable.noWord
                            }
                        }
                        hashBuffer[written] = found
                        let isWord = found != EnglishPhraseTable.noWord
                        written &+= isWord || !previousNoWord ? 1 : 0
                        previousNoWord = !isWord
                        anyCandidate = anyCandidate || isWord
                        // The byte after the word (ASCII, no apostrophe, no word byte) starts nothing either.
                        i &+= count &+ 1
                    }
                    // Between words (no word bytes pending): spaces, punctuation, Hangul and the other bytes that
                    // start no word are passed over in one tight loop; they only advance `i` below too.
                    while i < n {
                        let c = b[i]
                        if EnglishPhraseTable.isWordByte(c) || (c >= 0xC3 && c < 0xE0) { break }
                        i += 1
                    }
                }
                let c = i < n ? b[i] : 0x20
                if !inWord && EnglishPhraseTable.isWordByte(c) {
                    // Fast path: a word of ASCII letters and digits, whole as it stands or ended by a possessive
                    // ('s, ’s: dropped) or by a closing quotation mark. A word of at most eight bytes is looked up
                    // by its key straight from one load (its lower-cased bytes, exact): a word whose key is not in
                    // `rawEntries` is no phrase word, whether or not its prefix passes, so no prefix test is needed.
                    var j: Int
                    var x: UInt64 = 0
                    if i + 8 <= n {
                        x = UInt64(littleEndian: UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt64.self))
                        let other = ASCIIRunEnd.nonLetterOrDigitBytes(x)
                        j = other != 0 ? i + other.trailingZeroBitCount >> 3 : EnglishPhraseTable.wordEnd(b, i + 8)
                    } else {
                        j = EnglishPhraseTable.wordEnd(b, i + 1)
                    }
                    let next: UInt8 = j < n ? b[j] : 0x20
                    // Where the text goes on after the word; -1: the slow path below reads it.
                    var resume = j
                    if next >= 0x80 {
                        if next == 0xE2 {
                            if j + 2 < n && b[j + 1] == 0x80 && b[j + 2] == 0x99 {
                                resume = EnglishPhraseTable.afterApostrophe(b, j + 3)
                            }
                        } else if next >= 0xC3 && next < 0xE0 {
                            resume = -1
                        }
                    } else if next == 0x27 {
                        resume = EnglishPhraseTable.afterApostrophe(b, j + 1)
                    }
                    if resume >= 0 {
                        let count = j - i
                        let base: UInt64
                        if count <= 8 {
                            if x == 0 { x = EnglishPhraseTable.loadShort(b, i, j) }
                            let mask: UInt64 = count == 8 ? ~0 : (1 << UInt64(8 * count)) &- 1
                            // Setting bit 5 lower-cases a letter and leaves a digit as it is (as `surfaceKey`).
                            base = EnglishPhraseTable.baseHash(ofSurface: ((x | 0x2020_2020_2020_2020) & mask) &* 0x9E37_79B9_7F4A_7C15,
                                                               filter: filter, entries: entries, shift: shift)
                        } else if isCandidate(b, i, j) {
                            base = EnglishPhraseTable.baseHash(ofSurface: EnglishPhraseTable.surfaceKey(b, i, j),
                                                               filter: filter, entries: entries, shift: shift)
                        } else {
                            base = EnglishPhraseTable.noWord
                        }
                        // A word whose base form is no phrase word matches like `noWord` (no phrase holds it), and
                        // runs of such words match like one: each is written, but counted only after a phrase word.
                        hashBuffer[written] = base
                        let isWord = base != EnglishPhraseTable.noWord
                        written &+= isWord || !previousNoWord ? 1 : 0
                        previousNoWord = !isWord
                        anyCandidate = anyCandidate || isWord
                        i = resume
                        continue
                    }
                }
                var ends = false
                if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                    buffer[w] = c; w += 1; inWord = true; i += 1
                } else if c >= 0x41 && c <= 0x5A {
                    buffer[w] = c | 0x20; w += 1; inWord = true; i += 1
                } else if inWord && (c == 0x27 || (c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x99)) {
                    let after = c == 0x27 ? i + 1 : i + 3
                    let next: UInt8 = after < n ? b[after] : 0x20
                    let isLetter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A
                    let afterNext: UInt8 = after + 1 < n ? b[after + 1] : 0x20
                    if (next | 0x20) == 0x73, after + 1 <= n, !((afterNext | 0x20) >= 0x61 && (afterNext | 0x20) <= 0x7A) {
                        ends = true; inWord = false; i = after + 1        // possessive: drop 's
                    } else if isLetter {
                        buffer[w] = 0x27; w += 1; i = after               // don't
                    } else {
                        ends = true; inWord = false; i = after
                    }
                } else if c >= 0xC3 && c < 0xE0 {
                    // Two-byte Latin letters (é, ü): part of the word.
                    buffer[w] = c; w += 1
                    if i + 1 <= n { buffer[w] = i + 1 < n ? b[i + 1] : 0x20; w += 1 }
                    inWord = true; i += 2
                } else {
                    if inWord { ends = true; inWord = false }
                    i += 1
                }
                // A word ends here, or the text does (a two-byte letter can end it past the final space).
                if (ends || i > n) && w > 0 {
                    let word = UnsafeBufferPointer(rebasing: buffer[0..<w])
                    if isCandidate(word) {
                        hashBuffer[written] = scratch.hash(of: word)
                        written += 1
                        anyCandidate = true
                        previousNoWord = false
                    } else if !previousNoWord {
                        hashBuffer[written] = EnglishPhraseTable.noWord
                        written += 1
                        previousNoWord = true
                    }
                    w = 0
                }
            }
            hashCount = written
            return anyCandidate
        }
        }
        }
        }
        guard anyCandidate else { return }
        let slotShift = slotShift
        hashes.withUnsafeBufferPointer { hashes in
        slotKey.withUnsafeBufferPointer { slotKey in
        slotFirst.withUnsafeBufferPointer { slotFirst in
        phraseStart.withUnsafeBufferPointer { phraseStart in
        phraseWords.withUnsafeBufferPointer { phraseWords in
            var index = 0
            while index < hashCount {
                var advanced = false
                if hashes[index] != EnglishPhraseTable.noWord,
                   let slot = EnglishPhraseTable.slot(of: hashes[index], keys: slotKey, shift: slotShift) {
                    // Longest first: the first phrase whose words follow here wins.
                    for p in Int(slotFirst[slot])..<Int(slotFirst[slot + 1]) {
                        let start = Int(phraseStart[p]), count = Int(phraseStart[p + 1]) - start
                        guard index + count <= hashCount else { continue }
                        var k = 0
                        while k < count && hashes[index + k] == phraseWords[start + k] { k += 1 }
                        if k == count {
                            emit(phraseConcept[p])
                            index += count
                            advanced = true
                            break
                        }
                    }
                }
                if !advanced { index += 1 }
            }
        }
        }
        }
        }
        }
    }

    /// The slot of the phrases whose first word has this hash, or nil.
    @inline(__always)
    private static func slot(of key: UInt64, keys: UnsafeBufferPointer<UInt64>, shift: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key >> shift)
        while true {
            let k = keys[slot]
            if k == key { return slot }
            if k == 0 { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// Where the text goes on after an apostrophe (' or ’) that ends the ASCII word before it, reading from
    /// `after` (just past the apostrophe) as the byte loop does: past the s of a possessive, at `after` when no
    /// letter follows; -1 when a letter other than a possessive s follows (don't: the word goes on, slow path).
    @inline(__always)
    static func afterApostrophe(_ b: UnsafeBufferPointer<UInt8>, _ after: Int) -> Int {
        let n = b.count
        let next: UInt8 = after < n ? b[after] : 0x20
        let afterNext: UInt8 = after + 1 < n ? b[after + 1] : 0x20
        if (next | 0x20) == 0x73 && !isLetter(afterNext) { return after + 1 }
        return isLetter(next) ? -1 : after
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool {
        (c | 0x20) &- 0x61 < 26
    }

    /// The bytes b[start..<end] (at most eight, near the end of the text) as a little-endian integer.
    @inline(__always)
    static func loadShort(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var x: UInt64 = 0
        for k in start..<end { x |= UInt64(b[k]) << UInt64(8 * (k - start)) }
        return x
    }

    /// The first index from `start` whose byte is no ASCII letter or digit (or the end), eight bytes at a time.
    @inline(__always)
    static func wordEnd(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        ASCIIRunEnd.lettersAndDigits(b, from: start)
    }

    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
        (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10
    }

    @inline(__always) static func lower(_ c: UInt8) -> UInt8 {
        c &- 0x41 < 26 ? c | 0x20 : c
    }

    /// `isCandidate` of the lower-cased ASCII letters and digits b[start..<end], read in place.
    @inline(__always)
    private func isCandidate(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let count = end - start
        if count >= 3 {
            let a = (b[start] | 0x20) &- 0x61, c1 = (b[start + 1] | 0x20) &- 0x61, c2 = (b[start + 2] | 0x20) &- 0x61
            if a < 26 && c1 < 26 && c2 < 26 {
                let index = Int(a) * 676 + Int(c1) * 26 + Int(c2)
                return letterPrefixes[index >> 6] & (1 << UInt64(index & 63)) != 0
            }
        } else if count == 2 {
            let a = (b[start] | 0x20) &- 0x61, c1 = (b[start + 1] | 0x20) &- 0x61
            if a < 26 && c1 < 26 {
                let index = 26 + Int(a) * 26 + Int(c1)
                return shortLetterPrefixes[index >> 6] & (1 << UInt64(index & 63)) != 0
            }
        } else if count == 1 {
            let a = (b[start] | 0x20) &- 0x61
            if a < 26 { return shortLetterPrefixes[Int(a) >> 6] & (1 << UInt64(Int(a) & 63)) != 0 }
        }
        var value: UInt32 = 0
        for k in start..<(start + min(3, count)) { value = value << 8 | UInt32(EnglishPhraseTable.lower(b[k])) }
        return prefixes.contains(value | UInt32(min(3, count)) << 24)
    }

    /// Whether the word's first three bytes start some phrase word (`EnglishPhraseIndex.prefix`).
    @inline(__always)
    private func isCandidate(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if word.count >= 3 {
            let a = word[0] &- 0x61, b = word[1] &- 0x61, c = word[2] &- 0x61
            if a < 26 && b < 26 && c < 26 {
                let index = Int(a) * 676 + Int(b) * 26 + Int(c)
                return letterPrefixes[index >> 6] & (1 << UInt64(index & 63)) != 0
            }
        }
        var value: UInt32 = 0
        for k in 0..<min(3, word.count) { value = value << 8 | UInt32(word[k]) }
        return prefixes.contains(value | UInt32(min(3, word.count)) << 24)
    }
}
