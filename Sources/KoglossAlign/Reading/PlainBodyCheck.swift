import KoglossText

extension ParagraphClassifier {
    /// True when the UTF-8 `line` is certainly body text under the classifier's character rules, proved on
    /// bytes in one pass: it ends with sentence punctuation that is a character of its own (so it is no tag
    /// line, heading or image alt text) and has none of the marks that make a caption, credit, footer or
    /// byline. False means "ask the character rules" (`classifyCharacters`), never "not body".
    static func isPlainBody(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = line.count
        guard count > 0 else { return false }

        // The last character: . ! ? " : or ” (the final punctuation the tag, heading and alt-text rules all
        // reject), alone in its grapheme cluster: the scalar before it must not be a prepended mark, which
        // only ASCII, general punctuation, Hangul syllables and CJK ideographs are known not to be.
        let (last, lastStart) = UTF8Decoding.decode(line, before: count)
        guard last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22 || last == 0x3A || last == 0x201D else { return false }
        if lastStart > 0 {
            let previous = UTF8Decoding.decode(line, before: lastStart).value
            guard previous < 0x80 || (previous >= 0x2010 && previous <= 0x2027) || (previous >= 0xAC00 && previous <= 0xD7A3)
                    || (previous >= 0x4E00 && previous <= 0x9FFF) else { return false }
        }

        // The first character: no space to trim, no ▲ or △ caption mark; no footer, credit, "By " or caption prefix.
        let first = line[0]
        if first >= 0x80 {
            if UTF8Decoding.isSpaceOrTab(UTF8Decoding.decode(line, at: 0).value) { return false }
            if count >= 3 && first == 0xE2 && line[1] == 0x96 && (line[2] == 0xB2 || line[2] == 0xB3) { return false }
        } else if first == 0x20 || first == 0x09 {
            return false
        }
        // Footer and credit prefixes compared on bytes with ASCII case folded: the same as lower-casing first,
        // as İ and the Kelvin sign (the only letters lower-cased into ASCII) send the line to the rules below.
        // (Only a line whose first byte starts one of the prefixes is compared with them.)
        if footerFirstBytes[Int(first)] && ByteMarkers.hasPrefix(line, footerPrefixBytes, foldingCase: true) { return false }
        var k = 0
        while k < count, line[k] == 0x2A || line[k] == 0x5F || line[k] == 0x28 || line[k] == 0x5B { k += 1 }
        if k < count && line[k] | 0x20 == 0x74,   // every credit prefix starts with "t"
           ByteMarkers.hasPrefix(UnsafeBufferPointer(rebasing: line[k...]), creditPrefixBytes, foldingCase: true) { return false }
        // "By Name": a byline only when it does not end with . ! or ?.
        if count >= 3 && first == 0x42 && line[1] == 0x79 && line[2] == 0x20 && !(last == 0x2E || last == 0x21 || last == 0x3F) { return false }
        if ByteMarkers.startsWithCaptionPrefix(line) { return false }

        // One pass over the bytes worth a look: caption markers (/ | ( [ <), bio phrases (an i or h after a space), an e-mail
        // (@), and İ (C4 B0) or the Kelvin sign (E2 84 AA), whose lower-casing is ASCII (which the byte
        // comparisons with ASCII case folding would miss).
        // Bio phrases only count in lines under 400 bytes: longer ones need not stop at spaces.
        var lookForBio = count < 400
        var hasBioPhrase = false
        let found = (lookForBio ? markTable : markTableWithoutBio).withUnsafeBufferPointer { table -> Bool in
            var i = 0
            while true {
                // Most bytes mark nothing: eight a step while none does (one branch for eight lookups), then
                // a tight loop to the marking byte.
                if let t = table.baseAddress, let b = line.baseAddress {
                    while i + 8 <= count {
                        let marks = t[Int(b[i])] | t[Int(b[i + 1])] | t[Int(b[i + 2])] | t[Int(b[i + 3])]
                            | t[Int(b[i + 4])] | t[Int(b[i + 5])] | t[Int(b[i + 6])] | t[Int(b[i + 7])]
                        if marks != 0 { break }
                        i += 8
                    }
                }
                while i < count && table[Int(line[i])] == 0 { i += 1 }
                guard i < count else { return false }
                let mark = table[Int(line[i])]
                if mark == 1 {   // i or h
                    // " is a ", " is one of ", " has been a ": only an i or h after a space is worth comparing
                    // (marking those letters, not every space, leaves Korean text with almost no marks).
                    if lookForBio, i > 0, line[i - 1] == 0x20,
                       ByteMarkers.hasPrefix(UnsafeBufferPointer(rebasing: line[(i - 1)...]), ByteMarkers.bioPhrases, foldingCase: true) {
                        hasBioPhrase = true
                        lookForBio = false
                    }
                } else if mark == 2 {   // / | ( [ <
                    if ByteMarkers.hasCaptionMarker(line, at: i) { return true }
                } else if mark == 3 {   // @
                    return true
                } else if mark == 4 {   // C4
                    if i + 1 < count && line[i + 1] == 0xB0 { return true }
                } else {   // E2
                    if i + 2 < count && line[i + 1] == 0x84 && line[i + 2] == 0xAA { return true }
                }
                i += 1
            }
        }
        if found { return false }
        // A bio line also names the job: without "daily nk", "journalist" or "reporter" it is no byline.
        if hasBioPhrase && ByteMarkers.containsFoldingCase(line, ByteMarkers.bioJobWords) { return false }

        // A reporter's byline ends with 기자 or 특파원 once " .)" are trimmed: the last character then is neither
        // ASCII, nor another Hangul syllable than 자 or 원, nor general punctuation (a closing quotation mark:
        // a character holding one is never 자 or 원).
        var end = count
        while end > 0, line[end - 1] == 0x20 || line[end - 1] == 0x2E || line[end - 1] == 0x29 { end -= 1 }
        if end > 0 {
            let v = UTF8Decoding.decode(line, before: end).value
            if v >= 0x80 && !(v >= 0xAC00 && v <= 0xD7A3 && v != 0xC790 && v != 0xC6D0) && !(v >= 0x2010 && v <= 0x2027) { return false }
        }
        return true
    }

    /// What each byte may start, for the one pass of `isPlainBody`: 1 a bio phrase (i or h, after a space), 2 a caption
    /// marker (/ | ( [ <), 3 an e-mail (@), 4 İ (C4 B0), 5 the Kelvin sign (E2 84 AA); 0 nothing.
    private static let markTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for b in [0x69, 0x49, 0x68, 0x48] { table[b] = 1 }
        for b in [0x2F, 0x7C, 0x28, 0x5B, 0x3C] { table[b] = 2 }
        table[0x40] = 3
        table[0xC4] = 4
        table[0xE2] = 5
        return table
    }()

    private static let markTableWithoutBio: [UInt8] = {
        var table = markTable
        for b in [0x69, 0x49, 0x68, 0x48] { table[b] = 0 }
        return table
    }()

    /// The footer prefixes as bytes, with Ⓒ, which lower-cases to ⓒ.
    private static let footerPrefixBytes = footerPrefixes.map { Array($0.utf8) } + [Array("Ⓒ".utf8)]

    /// The first bytes of `footerPrefixBytes`, ASCII letters in both cases (the comparison folds case).
    private static let footerFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for needle in footerPrefixBytes {
            let b = needle[0]
            table[Int(b)] = true
            if b >= 0x61 && b <= 0x7A { table[Int(b - 0x20)] = true }
        }
        return table
    }()

    /// The credit prefixes of `translator(in:)` as bytes.
    private static let creditPrefixBytes = creditPrefixes.map { Array($0.utf8) }
}
