/// Terminal column widths: Hangul, CJK and full-width forms take two columns, combining marks none.
enum DisplayWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    static func of(_ text: Substring) -> Int { text.unicodeScalars.reduce(0) { $0 + of($1) } }
    static func of(_ text: String) -> Int { of(text[...]) }

    /// Lines of at most `width` columns, broken at spaces, or inside a word longer than a line.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(4, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = Substring(word)
            var wordWidth = of(w)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + w
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
            while wordWidth > width {
                // Break the long word at the column limit.
                var taken = 0
                var cut = w.startIndex
                for character in w {
                    let cw = of(String(character))
                    if taken + cw > width { break }
                    taken += cw
                    cut = w.index(after: cut)
                }
                lines.append(String(w[..<cut]))
                w = w[cut...]
                wordWidth = of(w)
            }
            line = String(w)
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` padded with spaces to `width` columns.
    static func pad(_ text: String, to width: Int) -> String {
        let w = of(text)
        return w >= width ? text : text + String(repeating: " ", count: width - w)
    }
}
