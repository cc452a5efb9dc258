import Foundation
import KoglossText

/// Finds an article's date in its text: a front-matter `date:` line, or a date on the first non-empty
/// line (`2024-03-31`, `March 31, 2024`, `Mar. 31, 2024`, `31 March 2024`, `2024년 3월 31일`).
public enum ArticleDate {
    /// `YYYY-MM-DD`, or nil when the text does not state a date where expected.
    public static func detect(in text: String) -> String? {
        // Only the first lines matter: they are found on the bytes, and a line becomes a String only when it
        // is the one to parse and has four digits in a row (which every date form has).
        UTF8Decoding.withBytes(of: text) { bytes -> String? in
            var start = 0
            var isFirst = true
            while start < bytes.count {
                var end = bytes.count
                if let base = bytes.baseAddress, let hit = memchr(base + start, 0x0A, bytes.count - start) {
                    end = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if isFirst && isFrontMatterFence(line) { return detectCharacters(in: text) }
                isFirst = false
                if hasNonSpace(line) {
                    if !startsWith(line, "<!--") { return hasFourDigits(line) ? parse(String(decoding: line, as: UTF8.self)) : nil }
                    // A combining mark after the marker makes the line's first characters differ from "<!--".
                    if line.count > 4 && line[4] >= 0x80 && !String(decoding: line, as: UTF8.self).hasPrefix("<!--") {
                        return hasFourDigits(line) ? parse(String(decoding: line, as: UTF8.self)) : nil
                    }
                }
                if end == bytes.count { break }
                start = end + 1
            }
            return nil
        }
    }

    /// `---` with nothing but spaces and tabs around it.
    static func isFrontMatterFence(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var lower = 0, upper = line.count
        while lower < upper {
            let (v, length) = UTF8Decoding.decode(line, at: lower)
            guard UTF8Decoding.isSpaceOrTab(v) else { break }
            lower += length
        }
        while upper > lower {
            let (v, start) = UTF8Decoding.decode(line, before: upper)
            guard UTF8Decoding.isSpaceOrTab(v) else { break }
            upper = start
        }
        return upper - lower == 3 && line[lower] == 0x2D && line[lower + 1] == 0x2D && line[lower + 2] == 0x2D
    }

    /// Whether `line` has a scalar other than a space or tab.
    static func hasNonSpace(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < line.count {
            let (v, length) = UTF8Decoding.decode(line, at: i)
            if !UTF8Decoding.isSpaceOrTab(v) { return true }
            i += length
        }
        return false
    }

    static func startsWith(_ line: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard line.count >= n else { return false }
        for k in 0..<n where line[k] != prefix.utf8Start[k] { return false }
        return true
    }

    /// The reference form of `detect` on characters, used for front matter.
    static func detectCharacters(in text: String) -> String? {
        // Lines one at a time: only the first ones matter, so the whole text is never split.
        var rest = Substring(text)
        func nextLine() -> Substring? {
            guard !rest.isEmpty else { return nil }
            if let newline = rest.utf8.firstIndex(of: 0x0A) {
                let line = rest[..<newline]
                rest = rest[rest.utf8.index(after: newline)...]
                return line
            }
            defer { rest = rest[rest.endIndex...] }
            return rest
        }
        guard let firstLine = nextLine() else { return nil }
        if trimmedSpaces(firstLine) == "---" {
            while let line = nextLine() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed == "---" { break }
                if trimmed.lowercased().hasPrefix("date:") { return parse(String(trimmed.dropFirst(5))) }
            }
            return nil
        }
        var line: Substring? = firstLine
        while let candidate = line {
            if !trimmedSpaces(candidate).isEmpty && !candidate.hasPrefix("<!--") { return parse(String(candidate)) }
            line = nextLine()
        }
        return nil
    }

    /// `line` without spaces and tabs at either end (what `trimmingCharacters(in: .whitespaces)` removes:
    /// general category Zs and U+0009), without a Foundation round trip for a long first paragraph.
    static func trimmedSpaces(_ line: Substring) -> Substring {
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == "\t" || s.properties.generalCategory == .spaceSeparator }
        var scalars = line.unicodeScalars[...]
        while let f = scalars.first, isSpace(f) { scalars = scalars.dropFirst() }
        while let l = scalars.last, isSpace(l) { scalars = scalars.dropLast() }
        return Substring(scalars)
    }

    /// Validates a `YYYY-MM-DD` date given on the command line.
    public static func isValidISODate(_ s: String) -> Bool { parse(s) == s }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The first date written in `s`, as `YYYY-MM-DD`.
    static func parse(_ s: String) -> String? {
        // Every form has a four-digit year: skip the regular expressions (slow on a long first paragraph) without one.
        guard hasFourDigits(s) else { return nil }
        let text = s.trimmingCharacters(in: .whitespaces)
        if let m = text.firstMatch(of: #/(\d{4})-(\d{1,2})-(\d{1,2})/#) {
            return iso(decimal(m.1), decimal(m.2), decimal(m.3))
        }
        if let m = text.firstMatch(of: #/(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/#) {
            return iso(decimal(m.1), decimal(m.2), decimal(m.3))
        }
        if let m = text.firstMatch(of: #/([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/#), let month = month(String(m.1)) {
            return iso(decimal(m.3), month, decimal(m.2))
        }
        if let m = text.firstMatch(of: #/(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/#), let month = month(String(m.2)) {
            return iso(decimal(m.3), month, decimal(m.1))
        }
        return nil
    }

    /// True when `s` has four digits in a row (any script's decimal digits, as `\\d` matches).
    static func hasFourDigits(_ s: String) -> Bool {
        UTF8Decoding.withBytes(of: s) { hasFourDigits($0) }
    }

    /// True when the UTF-8 `bytes` have four digits in a row.
    static func hasFourDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        var i = 0
        while i < bytes.count {
            // Eight ASCII bytes without a digit a step: the run starts again after them.
            if i + 8 <= bytes.count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // High bit of a byte set where it is 0x30 or more, and where it is 0x3A or more (ASCII: no carry).
                if word & 0x8080_8080_8080_8080 == 0,
                   (word &+ 0x5050_5050_5050_5050) & ~(word &+ 0x4646_4646_4646_4646) & 0x8080_8080_8080_8080 == 0 {
                    run = 0
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            let isDigit: Bool
            if b < 0x80 {
                isDigit = b >= 0x30 && b <= 0x39
                i += 1
            } else if i + 3 <= bytes.count, (UInt16(b) << 8 | UInt16(bytes[i + 1])) &- 0xEAB0 <= 0xED9D - 0xEAB0,
                      bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
                // A Hangul syllable (U+AC00...U+D77F: EA B0...ED 9D, two trail bytes), no digit: not decoded.
                isDigit = false
                i += 3
            } else {
                let (v, length) = UTF8Decoding.decode(bytes, at: i)
                i += length
                isDigit = mayBeDecimalDigit(v) && Unicode.Scalar(v)?.properties.numericType == .decimal
            }
            run = isDigit ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// False for the non-ASCII ranges known to hold no decimal digit (Latin to Hebrew, general punctuation, CJK
    /// punctuation and ideographs, Hangul syllables), which saves a property lookup per Korean letter.
    @inline(__always)
    static func mayBeDecimalDigit(_ v: UInt32) -> Bool {
        if v < 0x660 { return false }
        if v >= 0xAC00 && v <= 0xD7A3 { return false }
        if v >= 0x4E00 && v <= 0x9FFF { return false }
        if v >= 0x2000 && v <= 0x303F { return false }
        return true
    }

    private static func month(_ name: String) -> Int? {
        let lower = name.lowercased()
        guard let i = months.firstIndex(where: { lower.hasPrefix($0) }) else { return nil }
        return i + 1
    }

    /// The value of a run of decimal digits of any script (`\d` matches full-width ２０２４ and Arabic-Indic
    /// digits too, which `Int(_:)` refuses).
    static func decimal(_ digits: Substring) -> Int? {
        var value = 0
        for scalar in digits.unicodeScalars {
            guard scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue else { return nil }
            value = value * 10 + Int(digit)
        }
        return digits.isEmpty ? nil : value
    }

    private static func iso(_ y: Int?, _ m: Int?, _ d: Int?) -> String? {
        guard let y, let m, let d, (1900...2200).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
