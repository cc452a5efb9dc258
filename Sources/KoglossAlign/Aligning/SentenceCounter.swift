/// Counts sentences in a paragraph: a `.`, `?` or `!` (possibly followed by closing quotes or brackets) before a
/// space or the end, not after an abbreviation such as `Mar.` or `Mr.` or an initial. Translators keep the
/// number of sentences of a paragraph most of the time, so it is evidence on where paragraphs were merged or left out.
/// Works on the UTF-8 bytes: every character it looks for is ASCII or a fixed three-byte sequence.
enum SentenceCounter {
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                             "sep", "sept", "oct", "nov", "dec", "gen", "lt", "col", "maj", "sgt", "capt", "vs",
                                             "etc", "inc", "co", "corp", "jr", "sr", "prof", "gov", "rep", "sen", "u.s", "u.n", "e.g", "i.e"]
    /// The abbreviations as packed lower-case bytes (8 bits each, at most 7), so a lookup allocates nothing.
    static let packedAbbreviations: Set<UInt64> = Set(abbreviations.map { word in
        Array(word.utf8).withUnsafeBufferPointer { pack($0, 0, $0.count)! }
    })

    static func count(_ text: String) -> Int {
        var copy = text
        return copy.withUTF8 { count(utf8: $0) }
    }

    static func count(utf8 b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        var sentences = 0
        var contentSinceLast = false
        var index = 0
        while index < n {
            if contentSinceLast {
                // Inside a sentence only a terminator matters (everything else is content, space or closer,
                // none of which changes anything): skip to the next . ? ! quickly, eight bytes at a time.
                if let base = b.baseAddress {
                    while index + 8 <= n {
                        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                        // Most steps hold only letters, Hangul and spaces: no byte 0x21-0x3F, no terminator.
                        if mayHoldTerminator(word) && hasTerminator(word) { break }
                        index += 8
                    }
                }
                while index < n {
                    let c = b[index]
                    if c == 0x2E || c == 0x3F || c == 0x21 { break }
                    index += 1
                }
                if index == n { break }
            }
            let c = b[index]
            // Most bytes are ASCII letters, digits and spaces: settle them with a few comparisons.
            if c < 0x80 && c != 0x2E && c != 0x3F && c != 0x21 {
                if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D {
                    index += 1
                } else {
                    contentSinceLast = true
                    index += 1
                }
                continue
            }
            if c == 0x2E || c == 0x3F || c == 0x21 {     // . ? !
                var k = index + 1
                while k < n, let length = closerLength(b, k) { k += length }
                if k == n || spaceLength(b, k) != nil {
                    if c != 0x2E || !followsAbbreviation(b, index) {
                        sentences += 1
                        contentSinceLast = false
                        index = k
                        continue
                    }
                }
                index += 1
            } else if let length = spaceLength(b, index) ?? closerLength(b, index) {
                index += length
            } else {
                contentSinceLast = true
                index += c < 0x80 ? 1 : scalarLength(c)
            }
        }
        return sentences + (contentSinceLast ? 1 : 0)
    }

    /// Whether one of the eight bytes is in 0x21...0x3F, where . ? and ! lie (per byte on its low seven bits v,
    /// v + k <= 0xFF carries into no other byte; bit 7 of v + (0x80 - lo) says v >= lo; bytes >= 0x80 left out).
    @inline(__always) static func mayHoldTerminator(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let v = word & ~highs
        return (v &+ ones &* 0x5F) & ~(v &+ ones &* 0x40) & ~word & highs != 0
    }

    /// Whether one of the eight bytes is . ? or ! (the exact zero-byte test, on the word xor each).
    @inline(__always) static func hasTerminator(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let period = word ^ (ones &* 0x2E), question = word ^ (ones &* 0x3F), bang = word ^ (ones &* 0x21)
        let zeros = ((period &- ones) & ~period) | ((question &- ones) & ~question) | ((bang &- ones) & ~bang)
        return zeros & highs != 0
    }

    /// UTF-8 length of the scalar led by `lead` (1 for a stray continuation byte).
    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    /// Byte length of the space at `i` (space, tab, line breaks, NBSP, ideographic space, U+2000...U+200B), or nil.
    @inline(__always) static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D ? 1 : nil }
        if c == 0xC2 { return i + 1 < b.count && b[i + 1] == 0xA0 ? 2 : nil }
        guard i + 2 < b.count else { return nil }
        if c == 0xE3 { return b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : nil }
        if c == 0xE2 { return b[i + 1] == 0x80 && b[i + 2] >= 0x80 && b[i + 2] <= 0x8B ? 3 : nil }
        return nil
    }

    /// Byte length of the closing quote or bracket at `i` (" ' ) ] ” ’ 」 』), or nil.
    @inline(__always) static func closerLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let c = b[i]
        if c < 0x80 { return c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D ? 1 : nil }
        guard i + 2 < b.count else { return nil }
        if c == 0xE2 { return b[i + 1] == 0x80 && (b[i + 2] == 0x9D || b[i + 2] == 0x99) ? 3 : nil }
        if c == 0xE3 { return b[i + 1] == 0x80 && (b[i + 2] == 0x8D || b[i + 2] == 0x8F) ? 3 : nil }
        return nil
    }

    /// Whether `s` is a space (for callers that hold scalars).
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0xA0 || v == 0x3000 || (v >= 0x2000 && v <= 0x200B)
    }

    /// The word before the period at `index` is an abbreviation or a single capital initial.
    static func followsAbbreviation(_ b: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        var start = index
        while start > 0 {
            let c = b[start - 1]
            guard (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x2E else { break }
            start -= 1
        }
        guard start < index else { return false }
        if index - start == 1 && b[start] >= 0x41 && b[start] <= 0x5A { return true }
        guard let key = pack(b, start, index) else { return false }
        return packedAbbreviations.contains(key)
    }

    /// Lower-cased ASCII bytes b[start..<end] packed into an integer, or nil when longer than 7 bytes.
    @inline(__always) static func pack(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
        guard end - start <= 7 else { return nil }
        var key: UInt64 = UInt64(end - start)
        for k in start..<end {
            let c = b[k]
            key = key << 8 | UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
        }
        return key
    }
}
