/// Letters and Hangul letters counted over UTF-8 text, the measure behind `HangulScript.hangulRatio`; counts
/// of several texts add up, so the ratio of an article needs no joined copy of its paragraphs.
public struct HangulLetterCount: Sendable, Equatable {
    /// ASCII letters, Hangul, and every other alphabetic scalar.
    public var letters = 0
    public var hangul = 0
    /// Whether any scalar is alphabetic (`Unicode.Scalar.Properties.isAlphabetic`): the same as `letters > 0`
    /// except for the few unassigned code points inside the Hangul blocks, which count as Hangul letters.
    public var hasAlphabetic = false

    public init() {}

    /// Hangul letters / all letters, 0 when there are no letters.
    public var ratio: Double { letters == 0 ? 0 : Double(hangul) / Double(letters) }

    /// Counts the letters of `text`.
    public mutating func add(_ text: String) {
        UTF8Decoding.withBytes(of: text) { add($0) }
    }

    /// Counts the letters of the valid UTF-8 `bytes`.
    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var tally = HangulLetterTally(alphabetic: hasAlphabetic)
        let count = bytes.count
        guard let base = bytes.baseAddress else { return }
        var i = 0
        while i < count {
            let b = base[i]
            if b < 0x80 {
                // A lone ASCII byte before a non-ASCII one (the space between Korean words) needs no word load.
                if i + 1 < count && base[i + 1] >= 0x80 {
                    if (b | 0x20) &- 0x61 < 26 { tally.asciiLetters += 1 }
                    i += 1
                    continue
                }
                if i + 8 <= count {
                    // Up to eight ASCII bytes at once. Bytes are loaded little-endian: the lowest ones come first.
                    var word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    let high = word & 0x8080_8080_8080_8080
                    let asciiBytes = high == 0 ? 8 : high.trailingZeroBitCount / 8   // before the first non-ASCII byte
                    if asciiBytes < 8 { word &= (1 << UInt64(asciiBytes * 8)) &- 1 }   // cleared bytes count as no letter
                    tally.asciiLetters += HangulLetterTally.asciiLetters(in: word)
                    i += asciiBytes
                } else {
                    if (b | 0x20) &- 0x61 < 26 { tally.asciiLetters += 1 }
                    i += 1
                }
                continue
            }
            // Hangul syllables U+AC00-D7A3 are EA B0 80 ... ED 9E A3: most are told by their lead byte.
            if b >= 0xEA && b <= 0xED && i + 2 < count {
                let b1 = base[i + 1]
                if (b == 0xEA && b1 >= 0xB0) || b == 0xEB || b == 0xEC || (b == 0xED && (b1 < 0x9E || (b1 == 0x9E && base[i + 2] <= 0xA3))) {
                    tally.syllables += 1
                    i += 3
                    continue
                }
            }
            let (v, length) = UTF8Decoding.decode(bytes, at: i)
            i += length
            tally.add(scalar: v)
        }
        self = tally.adding(to: self)
    }
}

extension HangulLetterCount {
    /// Adds the letters of another count (of a text that follows, or of another part of the same one).
    public mutating func add(_ other: HangulLetterCount) {
        letters += other.letters
        hangul += other.hangul
        hasAlphabetic = hasAlphabetic || other.hasAlphabetic
    }
}
