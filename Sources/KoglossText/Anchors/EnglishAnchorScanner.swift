import Foundation

/// Finds number anchors in English text: 200, 1,000, 1.5 million, 12%, 12 percent, 2023 (year), March 31,
/// Mar. 31, 31 March (date), one..twenty and tens (number), Monday..Sunday (weekday).
enum EnglishAnchorScanner {
    typealias D = DecimalScanner

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let units: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let multipliers: [String: Int] = ["hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12]

    static func anchors(in text: String) -> [NumberAnchor] {
        let b = Array(text.utf8)
        let n = b.count
        var result: [NumberAnchor] = []
        var i = 0
        while i < n {
            let c = b[i]
            if D.isDigit(c) && (i == 0 || !D.isDigit(b[i - 1])) {
                if let (anchor, end) = numeric(b, i) {
                    result.append(anchor)
                    i = end
                } else {
                    i += 1
                }
            } else if D.isLetter(c) && (i == 0 || !D.isLetter(b[i - 1])) {
                var end = i
                while end < n && D.isLetter(b[end]) { end += 1 }
                if let (anchor, anchorEnd) = wordAnchor(b, i, end) {
                    result.append(anchor)
                    i = anchorEnd
                } else {
                    i = end
                }
            } else {
                i += 1
            }
        }
        return result
    }

    /// The lower-cased ASCII word in b[start..<end].
    static func word(_ b: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: b[start..<end].map { $0 | 0x20 }, as: UTF8.self)
    }

    /// The letters word starting at `i` (after spaces) and its end, when `i` starts a word.
    static func nextWord(_ b: [UInt8], _ i: Int) -> (String, Int, Int)? {
        guard i < b.count, D.isLetter(b[i]) else { return nil }
        var end = i
        while end < b.count && D.isLetter(b[end]) { end += 1 }
        return (word(b, i, end), i, end)
    }

    /// An anchor starting with digits at `i`.
    static func numeric(_ b: [UInt8], _ i: Int) -> (NumberAnchor, Int)? {
        guard let parsed = D.parse(b, i) else { return nil }
        let n = b.count
        var j = parsed.end
        let value = D.canonical(parsed.value)
        // 12% / 12 % / 12 percent / 12 per cent / 12-percent.
        let afterSpace = D.skipSpaces(b, j)
        if afterSpace < n && b[afterSpace] == UInt8(ascii: "%") {
            return (NumberAnchor(kind: .percent, value: value, range: i..<(afterSpace + 1)), afterSpace + 1)
        }
        let wordStart = (j < n && b[j] == UInt8(ascii: "-")) ? j + 1 : afterSpace
        if let (w, _, end) = nextWord(b, wordStart) {
            if w == "percent" {
                return (NumberAnchor(kind: .percent, value: value, range: i..<end), end)
            }
            if w == "per", let (w2, _, end2) = nextWord(b, D.skipSpaces(b, end)), w2 == "cent" {
                return (NumberAnchor(kind: .percent, value: value, range: i..<end2), end2)
            }
            if let exponent = multipliers[w], wordStart == afterSpace {
                let scaled = D.canonical(D.scaled(parsed.value, exponent))
                return (NumberAnchor(kind: .number, value: scaled, range: i..<end), end)
            }
        }
        // 31 March, 31st March, 31st of March.
        if let day = parsed.integer, (1...31).contains(day), parsed.integerDigits <= 2 {
            var k = j
            if let (suffix, _, end) = nextWord(b, k), ["st", "nd", "rd", "th"].contains(suffix) { k = end }
            var m = D.skipSpaces(b, k)
            if m > k || k > j {
                if let (w, _, end) = nextWord(b, m), w == "of" { m = D.skipSpaces(b, end) }
                if m < n, D.isUpper(b[m]), let (w, _, end) = nextWord(b, m), let month = months[w] {
                    return (NumberAnchor(kind: .date, value: "\(month)-\(day)", range: i..<end), end)
                }
            }
        }
        if let year = parsed.integer, parsed.integerDigits == 4, !parsed.hasSeparator, (1900...2099).contains(year) {
            // 1990s: the decade still anchors on its first year.
            if j < n && b[j] == UInt8(ascii: "s") && !(j + 1 < n && D.isLetter(b[j + 1])) { j += 1 }
            return (NumberAnchor(kind: .year, value: String(year), range: i..<j), j)
        }
        return (NumberAnchor(kind: .number, value: value, range: i..<parsed.end), parsed.end)
    }

    /// An anchor starting with the letters word b[i..<end].
    static func wordAnchor(_ b: [UInt8], _ i: Int, _ end: Int) -> (NumberAnchor, Int)? {
        let n = b.count
        let w = word(b, i, end)
        let capitalized = D.isUpper(b[i])
        if capitalized, let month = months[w] ?? monthAbbreviations[w] {
            let abbreviated = months[w] == nil
            var k = end
            let hasDot = k < n && b[k] == UInt8(ascii: ".")
            if hasDot { k += 1 }
            let dayStart = D.skipSpaces(b, k)
            if dayStart > k, let parsed = D.parse(b, dayStart), let day = parsed.integer, parsed.integerDigits <= 2,
               (1...31).contains(day), !(parsed.end < n && (b[parsed.end] == UInt8(ascii: ".") || b[parsed.end] == UInt8(ascii: ",")) && parsed.end + 1 < n && D.isDigit(b[parsed.end + 1])) {
                var dayEnd = parsed.end
                if let (suffix, _, suffixEnd) = nextWord(b, dayEnd), ["st", "nd", "rd", "th"].contains(suffix) { dayEnd = suffixEnd }
                if !(dayEnd < n && D.isLetter(b[dayEnd])) {
                    return (NumberAnchor(kind: .date, value: "\(month)-\(day)", range: i..<dayEnd), dayEnd)
                }
            }
            // A month on its own: not "May" (a verb), abbreviations only with their dot.
            if w != "may" && (!abbreviated || hasDot) {
                let anchorEnd = hasDot ? end + 1 : end
                return (NumberAnchor(kind: .date, value: "\(month)-", range: i..<anchorEnd), anchorEnd)
            }
            return nil
        }
        if capitalized, let weekday = weekdays[w] {
            return (NumberAnchor(kind: .weekday, value: String(weekday), range: i..<end), end)
        }
        var value: Int
        var anchorEnd = end
        if let unit = units[w] {
            value = unit
        } else if let ten = tens[w] {
            value = ten
            // twenty-five, twenty five
            if anchorEnd < n && (b[anchorEnd] == UInt8(ascii: "-") || b[anchorEnd] == 0x20),
               let (w2, _, end2) = nextWord(b, anchorEnd + 1), let unit = units[w2], unit < 10 {
                value += unit
                anchorEnd = end2
            }
        } else {
            return nil
        }
        var result = Decimal(value)
        // two hundred, three million
        if let (w2, _, end2) = nextWord(b, D.skipSpaces(b, anchorEnd)), D.skipSpaces(b, anchorEnd) > anchorEnd,
           let exponent = multipliers[w2] {
            result = D.scaled(result, exponent)
            anchorEnd = end2
        }
        return (NumberAnchor(kind: .number, value: D.canonical(result), range: i..<anchorEnd), anchorEnd)
    }
}
