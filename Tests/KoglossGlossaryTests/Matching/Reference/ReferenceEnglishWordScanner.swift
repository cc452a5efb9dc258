/// Splits English UTF-8 text into words and computes each word's matching key in place, without
/// allocating per word: ASCII lower-cased, apostrophes unified, possessive `'s` removed, plural reduced to
/// the singular (`armies` -> `army`, `forces` -> `force`). Glossary terms and text go through the same
/// scanner, so their keys agree by construction.
struct ReferenceEnglishWordScanner {
    /// Words of the last scan, parallel arrays.
    var starts: [Int32] = []
    /// End of the word without a possessive suffix (what a match covers).
    var ends: [Int32] = []
    /// True when the gap before this word is only spaces, one line break or hyphens, so a term may span it.
    var joinedToPrevious: [Bool] = []
    var plural: [Bool] = []
    /// Key bytes of every word, concatenated; `keyEnds[i]` is where word i's key ends.
    var keyBytes: [UInt8] = []
    var keyEnds: [Int32] = []

    mutating func removeAll() {
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        joinedToPrevious.removeAll(keepingCapacity: true)
        plural.removeAll(keepingCapacity: true)
        keyBytes.removeAll(keepingCapacity: true)
        keyEnds.removeAll(keepingCapacity: true)
    }

    var count: Int { starts.count }

    func key(_ i: Int) -> ArraySlice<UInt8> {
        let from = i == 0 ? 0 : Int(keyEnds[i - 1])
        return keyBytes[from..<Int(keyEnds[i])]
    }

    /// Scans `bytes[range]`.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        removeAll()
        var i = range.lowerBound
        let end = range.upperBound
        var gapJoinable = false
        var gapNewlines = 0
        var sawWord = false
        while i < end {
            let b = bytes[i]
            var scalar = UInt32(b)
            var length = 1
            if b >= 0x80 { (scalar, length) = ReferenceUTF8Scalar.decode(bytes, at: i) }
            if ReferenceUTF8Scalar.isWordScalar(scalar) {
                i = scanWord(bytes, from: i, end: end, joined: sawWord && gapJoinable && gapNewlines <= 1)
                sawWord = true
                gapJoinable = true
                gapNewlines = 0
                continue
            }
            if scalar == 0x0A {
                gapNewlines += 1
            } else if !(ReferenceUTF8Scalar.isSpace(scalar) || ReferenceUTF8Scalar.isHyphen(scalar) || (ReferenceUTF8Scalar.isApostrophe(scalar) && gapNewlines == 0 && previousWasWordEnd(bytes, i))) {
                gapJoinable = false
            }
            i += length
        }
    }

    /// True when the byte before `i` ends a word (an apostrophe there is a plural possessive: "Workers' Party").
    @inline(__always)
    private func previousWasWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard let last = ends.last else { return false }
        return Int(last) == i || (i > 0 && Int(starts.last!) < i && isASCIIAlnum(bytes[i - 1]))
    }

    /// Reads one word starting at `start`; returns the index after it.
    private mutating func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, joined: Bool) -> Int {
        let keyStart = keyBytes.count
        var i = start
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    keyBytes.append(b); i += 1; continue
                }
                if b >= 0x41 && b <= 0x5A { keyBytes.append(b | 0x20); i += 1; continue }
                if (b == 0x27 || b == 0x2E), i + 1 < end, i > start, isASCIIAlnum(bytes[i + 1]) {
                    // Contraction or possessive (People's), or an inner dot (U.S).
                    keyBytes.append(b); i += 1; continue
                }
                break
            }
            let (scalar, length) = ReferenceUTF8Scalar.decode(bytes, at: i)
            if ReferenceUTF8Scalar.isApostrophe(scalar) {
                if i + length < end, i > start, isASCIIAlnum(bytes[i + length]) {
                    keyBytes.append(0x27); i += length; continue
                }
                break
            }
            if ReferenceUTF8Scalar.isWordScalar(scalar), let s = Unicode.Scalar(scalar) {
                for u in s.properties.lowercaseMapping.utf8 { keyBytes.append(u) }
                i += length
                continue
            }
            break
        }
        var wordEnd = i
        // Possessive: drop a final 's (the match then leaves it out, so a fix keeps it).
        let n = keyBytes.count
        if n - keyStart >= 3, keyBytes[n - 1] == 0x73, keyBytes[n - 2] == 0x27 {
            keyBytes.removeLast(2)
            wordEnd = possessiveStart(bytes, wordStart: start, wordEnd: wordEnd)
        }
        let isPlural = ReferenceEnglishWordScanner.singularize(&keyBytes, from: keyStart)
        starts.append(Int32(start))
        ends.append(Int32(wordEnd))
        joinedToPrevious.append(joined)
        plural.append(isPlural)
        keyEnds.append(Int32(keyBytes.count))
        return i
    }

    @inline(__always)
    private func isASCIIAlnum(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    /// Byte index where the final `'s` / `’s` begins.
    private func possessiveStart(_ bytes: UnsafeBufferPointer<UInt8>, wordStart: Int, wordEnd: Int) -> Int {
        var j = wordEnd - 1 // the "s"
        j -= 1
        while j > wordStart, bytes[j] & 0xC0 == 0x80 { j -= 1 } // back to the apostrophe's lead byte
        return j
    }

    /// Reduces a lower-cased plural to its singular in place; true when it changed.
    static func singularize(_ key: inout [UInt8], from start: Int) -> Bool {
        let n = key.count - start
        guard n >= 3, key[key.count - 1] == 0x73 /* s */ else { return false }
        func ends(_ suffix: StaticString) -> Bool {
            let s = suffix.utf8Start
            let m = suffix.utf8CodeUnitCount
            guard n >= m else { return false }
            for k in 0..<m where key[key.count - m + k] != s[k] { return false }
            return true
        }
        // Only ASCII-letter words are inflected.
        for k in start..<key.count where !(key[k] >= 0x61 && key[k] <= 0x7A) { return false }
        if n >= 5, ends("ies"), !ends("eies"), !ends("aies") {
            key.removeLast(3); key.append(0x79); return true
        }
        if n >= 5, ends("sses") || ends("ches") || ends("shes") || ends("xes") || ends("zzes") {
            key.removeLast(2); return true
        }
        if ends("ss") || ends("us") || ends("is") { return false }
        key.removeLast(1)
        return true
    }
}
