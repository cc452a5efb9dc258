/// Counts sentences in a paragraph: a `.`, `?` or `!` (possibly followed by closing quotes or brackets) before a
/// space or the end, not after an abbreviation such as `Mar.` or `Mr.` or an initial. Translators keep the
/// number of sentences of a paragraph most of the time, so it is evidence on where paragraphs were merged or left out.
enum SentenceCounter {
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                             "sep", "sept", "oct", "nov", "dec", "gen", "lt", "col", "maj", "sgt", "capt", "vs",
                                             "etc", "inc", "co", "corp", "jr", "sr", "prof", "gov", "rep", "sen", "u.s", "u.n", "e.g", "i.e"]

    static func count(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        var sentences = 0
        var contentSinceLast = false
        var index = 0
        while index < n {
            let s = scalars[index]
            if s == "." || s == "?" || s == "!" {
                var k = index + 1
                while k < n, isCloser(scalars[k]) { k += 1 }
                if k == n || isSpace(scalars[k]) {
                    if s != "." || !followsAbbreviation(scalars, index) {
                        sentences += 1
                        contentSinceLast = false
                        index = k
                        continue
                    }
                }
            } else if !isSpace(s) && !isCloser(s) {
                contentSinceLast = true
            }
            index += 1
        }
        return sentences + (contentSinceLast ? 1 : 0)
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0xA0 || v == 0x3000 || (v >= 0x2000 && v <= 0x200B)
    }

    @inline(__always) static func isCloser(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "'" || s == "”" || s == "’" || s == ")" || s == "]" || s == "」" || s == "』"
    }

    /// The word before the period at `index` is an abbreviation or a single capital initial.
    static func followsAbbreviation(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        var start = index
        while start > 0, scalars[start - 1].isASCII, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "." { start -= 1 }
        guard start < index else { return false }
        if index - start == 1 && scalars[start].properties.isUppercase { return true }
        var word = ""
        word.unicodeScalars.append(contentsOf: scalars[start..<index])
        return abbreviations.contains(word.lowercased())
    }
}
