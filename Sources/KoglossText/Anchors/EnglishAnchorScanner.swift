import Foundation

/// Finds number anchors in English text: 200, 1,000, 1.5 million, 12%, 12 percent, 2023 (year), March 31,
/// Mar. 31, 31 March (date), one..twenty and tens (number), Monday..Sunday (weekday).
/// Words are looked up by a packed key of their letters, so scanning allocates nothing per word.
enum EnglishAnchorScanner {
    typealias D = DecimalScanner

    enum Word: Equatable {
        case month(Int), monthAbbreviation(Int), weekday(Int), unit(Int), tens(Int), multiplier(Int)
        case ordinalSuffix, percent, per, cent, of, rangeWord
    }

    /// Lower-cased letters b[start..<end], 5 bits each, or nil when longer than 12 letters.
    @inline(__always)
    static func key(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
        guard end - start <= 12 else { return nil }
        var key: UInt64 = 0
        for k in start..<end { key = key << 5 | UInt64((b[k] | 0x20) - 0x60) }
        return key
    }

    static let words: [UInt64: Word] = {
        var table: [UInt64: Word] = [:]
        func add(_ word: String, _ value: Word) {
            let bytes = Array(word.utf8)
            table[bytes.withUnsafeBufferPointer { key($0, 0, $0.count)! }] = value
        }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (index, month) in months.enumerated() { add(month, .month(index + 1)) }
        for (abbreviation, month) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
                                      ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
            add(abbreviation, .monthAbbreviation(month))
        }
        for (index, day) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
            add(day, .weekday(index + 1))
        }
        let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (index, unit) in units.enumerated() { add(unit, .unit(index + 1)) }
        add("twice", .unit(2))   // the counterpart of Korean 두 번
        for (index, ten) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
            add(ten, .tens(20 + 10 * index))
        }
        for (word, exponent) in [("hundred", 2), ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12)] {
            add(word, .multiplier(exponent))
        }
        for suffix in ["st", "nd", "rd", "th"] { add(suffix, .ordinalSuffix) }
        add("percent", .percent); add("per", .per); add("cent", .cent); add("of", .of)
        for word in ["to", "and", "through", "till", "until"] { add(word, .rangeWord) }
        return table
    }()

    /// `words` as an open-addressing table: every letters word of the text is looked up, and hashing a key
    /// with the standard library's seeded hasher costs more than the rest of the scan.
    struct WordTable {
        private var keys: [UInt64]
        private var values: [Word]
        private let shift: UInt64
        /// One bit per (first letter, second letter, length 0-15) of the words that can start an anchor (months,
        /// weekdays, spelt-out numbers): the scan asks `wordAnchor` about no other word, so "the", "of", "to",
        /// "and" (in the table, but starting no anchor) are rejected without computing their key.
        private let anchorStarts: [UInt64]

        /// Whether some word that can start an anchor has `length` letters (2...12) and starts with the letters
        /// `a` `b` (any case).
        @inline(__always)
        func mayStartAnchor(_ a: UInt8, _ b: UInt8, length: Int) -> Bool {
            let index = (Int((a | 0x20) &- 0x61) * 26 + Int((b | 0x20) &- 0x61)) << 4 | length
            return anchorStarts[index >> 6] & (1 << UInt64(index & 63)) != 0
        }

        init(_ words: [UInt64: Word]) {
            // Every letter takes 5 bits and is never 0.
            let lengths = words.keys.map { (64 - $0.leadingZeroBitCount + 4) / 5 }
            var starts = [UInt64](repeating: 0, count: 676 * 16 / 64)
            for ((key, word), length) in zip(words, lengths) where length >= 2 {
                let first = Int((key >> UInt64(5 * (length - 1))) & 31) - 1, second = Int((key >> UInt64(5 * (length - 2))) & 31) - 1
                let index = first * 26 + second
                // The words `wordAnchor` makes an anchor of; the others give nil there.
                switch word {
                case .month, .monthAbbreviation, .weekday, .unit, .tens:
                    let startIndex = index << 4 | length
                    starts[startIndex >> 6] |= 1 << UInt64(startIndex & 63)
                default:
                    break
                }
            }
            anchorStarts = starts
            var bits: UInt64 = 4
            while (1 << bits) < words.count * 4 { bits += 1 }
            shift = 64 - bits
            keys = [UInt64](repeating: 0, count: 1 << bits)
            values = [Word](repeating: .of, count: 1 << bits)
            for (key, word) in words {
                var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
                keys[slot] = key
                values[slot] = word
            }
        }

        /// The word with this key (never 0: words have letters), or nil.
        @inline(__always)
        subscript(key: UInt64) -> Word? {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let k = keys[slot]
                if k == key { return values[slot] }
                if k == 0 { return nil }
                slot = (slot + 1) & (keys.count - 1)
            }
        }
    }

    static let wordTable = WordTable(words)

    static let mayKey: UInt64 = Array("may".utf8).withUnsafeBufferPointer { key($0, 0, 3)! }

    static func anchors(in text: String) -> [NumberAnchor] {
        var copy = text
        return copy.withUTF8 { scan($0) }
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> [NumberAnchor] {
        let n = b.count
        // Read the table once: each read of a static costs a `swift_once` call, and every word is looked up.
        let w = wordTable
        var result: [NumberAnchor] = []
        var i = 0
        while i < n {
            let c = b[i]
            if D.isDigit(c) && (i == 0 || !D.isDigit(b[i - 1])) {
                if let (anchor, end) = numeric(b, w, i) {
                    result.append(anchor)
                    i = end
                } else {
                    i += 1
                }
            } else if D.isLetter(c) && (i == 0 || !D.isLetter(b[i - 1])) {
                let end = D.letterEnd(b, i + 1)
                // Only a month, weekday or spelt-out number starts an anchor here (every other word gives nil in
                // `wordAnchor`): one bit settles most words.
                let length = end - i
                if length >= 2 && length <= 12 && w.mayStartAnchor(b[i], b[i + 1], length: length),
                   let (anchor, anchorEnd) = wordAnchor(b, w, i, end) {
                    result.append(anchor)
                    i = anchorEnd
                    // Dec. 26 to 30, March 3-5: the second day shares the month.
                    if anchor.kind == .date, let month = anchor.monthAndDay?.month, anchor.monthAndDay?.day != nil,
                       let (second, secondEnd) = rangeDay(b, w, anchorEnd, month: month) {
                        result.append(second)
                        i = secondEnd
                    }
                } else {
                    i = end
                }
            } else {
                // Spaces, punctuation and other scripts start nothing: pass them in one tight loop.
                i += 1
                while i < n && !isAlphanumeric(b[i]) { i += 1 }
            }
        }
        return result
    }

    /// An ASCII letter or digit: the bytes where the scan may start or continue a word or number.
    @inline(__always)
    static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10
    }

    /// The index after a range connector ("-", "–", "to", "and", "through", "until") and the spaces around it.
    static func afterRangeConnector(_ b: UnsafeBufferPointer<UInt8>, _ w: WordTable, _ i: Int) -> Int? {
        let j = D.skipSpaces(b, i)
        guard j < b.count else { return nil }
        if b[j] == UInt8(ascii: "-") { return D.skipSpaces(b, j + 1) }
        if D.matches(b, j, enDash) { return D.skipSpaces(b, j + enDash.count) }
        if j > i, let (word, end) = nextWord(b, w, j), word == .rangeWord {
            let k = D.skipSpaces(b, end)
            return k > end ? k : nil
        }
        return nil
    }

    static let enDash: [UInt8] = Array("–".utf8)

    /// The day after a range connector that follows a month-day date: "to 30" in "Dec. 26 to 30".
    static func rangeDay(_ b: UnsafeBufferPointer<UInt8>, _ w: WordTable, _ i: Int, month: Int) -> (NumberAnchor, Int)? {
        guard let start = afterRangeConnector(b, w, i), let parsed = D.parse(b, start), let day = parsed.integer,
              parsed.integerDigits <= 2, (1...31).contains(day) else { return nil }
        var end = parsed.end
        if let (suffix, suffixEnd) = nextWord(b, w, end), suffix == .ordinalSuffix { end = suffixEnd }
        if end < b.count && (D.isLetter(b[end]) || (b[end] == UInt8(ascii: "%"))) { return nil }
        // "Mar. 3 to 5 April" is a different month: leave it to the day-first rule.
        let next = D.skipSpaces(b, end)
        if next > end, let (word, _) = nextWord(b, w, next), case .month = word { return nil }
        return (NumberAnchor(kind: .date, value: "\(month)-\(day)", range: start..<end), end)
    }

    /// The known word starting at `i` and its end, when `i` starts a letters word.
    @inline(__always)
    static func nextWord(_ b: UnsafeBufferPointer<UInt8>, _ w: WordTable, _ i: Int) -> (Word, Int)? {
        guard i < b.count, D.isLetter(b[i]) else { return nil }
        var end = i
        while end < b.count && D.isLetter(b[end]) { end += 1 }
        guard let key = key(b, i, end), let word = w[key] else { return nil }
        return (word, end)
    }

    /// An anchor starting with digits at `i`.
    static func numeric(_ b: UnsafeBufferPointer<UInt8>, _ w: WordTable, _ i: Int) -> (NumberAnchor, Int)? {
        guard let parsed = D.parse(b, i) else { return nil }
        let n = b.count
        var j = parsed.end
        let value = parsed.canonical
        // 12% / 12 % / 12 percent / 12 per cent / 12-percent.
        let afterSpace = D.skipSpaces(b, j)
        if afterSpace < n && b[afterSpace] == UInt8(ascii: "%") {
            return (NumberAnchor(kind: .percent, value: value, range: i..<(afterSpace + 1)), afterSpace + 1)
        }
        let wordStart = (j < n && b[j] == UInt8(ascii: "-")) ? j + 1 : afterSpace
        if let (word, end) = nextWord(b, w, wordStart) {
            if word == .percent {
                return (NumberAnchor(kind: .percent, value: value, range: i..<end), end)
            }
            if word == .per, let (second, end2) = nextWord(b, w, D.skipSpaces(b, end)), second == .cent {
                return (NumberAnchor(kind: .percent, value: value, range: i..<end2), end2)
            }
            if case .multiplier(let exponent) = word, wordStart == afterSpace, afterSpace > j {
                let scaled = D.canonical(D.scaled(parsed.value, exponent))
                return (NumberAnchor(kind: .number, value: scaled, range: i..<end), end)
            }
        }
        // 5-10%, 10 to 13 percent: the first number of a percentage range is a percentage too.
        if let start = afterRangeConnector(b, w, j), let second = D.parse(b, start) {
            let after = D.skipSpaces(b, second.end)
            var isPercent = after < n && b[after] == UInt8(ascii: "%")
            if !isPercent, let (word, end) = nextWord(b, w, after) {
                isPercent = word == .percent || (word == .per && nextWord(b, w, D.skipSpaces(b, end))?.0 == .cent)
            }
            if isPercent { return (NumberAnchor(kind: .percent, value: value, range: i..<parsed.end), parsed.end) }
        }
        // 31 March, 31st March, 31st of March.
        if let day = parsed.integer, (1...31).contains(day), parsed.integerDigits <= 2 {
            var k = j
            if let (suffix, end) = nextWord(b, w, k), suffix == .ordinalSuffix { k = end }
            var m = D.skipSpaces(b, k)
            if m > k {
                if let (word, end) = nextWord(b, w, m), word == .of { m = D.skipSpaces(b, end) }
                if m < n, D.isUpper(b[m]), let (word, end) = nextWord(b, w, m) {
                    switch word {
                    case .month(let month):
                        return (NumberAnchor(kind: .date, value: "\(month)-\(day)", range: i..<end), end)
                    case .monthAbbreviation(let month):
                        let anchorEnd = end < n && b[end] == UInt8(ascii: ".") ? end + 1 : end
                        return (NumberAnchor(kind: .date, value: "\(month)-\(day)", range: i..<anchorEnd), anchorEnd)
                    default:
                        break
                    }
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
    static func wordAnchor(_ b: UnsafeBufferPointer<UInt8>, _ w: WordTable, _ i: Int, _ end: Int) -> (NumberAnchor, Int)? {
        let n = b.count
        guard let key = key(b, i, end), let word = w[key] else { return nil }
        let capitalized = D.isUpper(b[i])
        switch word {
        case .month(let month), .monthAbbreviation(let month):
            guard capitalized else { return nil }
            var abbreviated = false
            if case .monthAbbreviation = word { abbreviated = true }
            var k = end
            let hasDot = k < n && b[k] == UInt8(ascii: ".")
            if hasDot { k += 1 }
            let dayStart = D.skipSpaces(b, k)
            if dayStart > k, let parsed = D.parse(b, dayStart), let day = parsed.integer, parsed.integerDigits <= 2, (1...31).contains(day) {
                var dayEnd = parsed.end
                if let (suffix, suffixEnd) = nextWord(b, w, dayEnd), suffix == .ordinalSuffix { dayEnd = suffixEnd }
                let followedByLetter = dayEnd < n && D.isLetter(b[dayEnd])
                let followedByDecimal = dayEnd + 1 < n && (b[dayEnd] == UInt8(ascii: ".") || b[dayEnd] == UInt8(ascii: ",")) && D.isDigit(b[dayEnd + 1])
                if !followedByLetter && !followedByDecimal {
                    return (NumberAnchor(kind: .date, value: "\(month)-\(day)", range: i..<dayEnd), dayEnd)
                }
            }
            // A month on its own: abbreviations only with their dot, and "May" (also a verb) not at a sentence start.
            if (key != mayKey || !startsSentence(b, i)) && (!abbreviated || hasDot) {
                let anchorEnd = hasDot ? end + 1 : end
                return (NumberAnchor(kind: .date, value: "\(month)-", range: i..<anchorEnd), anchorEnd)
            }
            return nil
        case .weekday(let weekday):
            guard capitalized else { return nil }
            return (NumberAnchor(kind: .weekday, value: String(weekday), range: i..<end), end)
        case .unit(let unit):
            return numberWords(b, w, i, end, value: unit)
        case .tens(let ten):
            var value = ten
            var anchorEnd = end
            // twenty-five, twenty five
            if anchorEnd < n && (b[anchorEnd] == UInt8(ascii: "-") || b[anchorEnd] == 0x20),
               let (next, end2) = nextWord(b, w, anchorEnd + 1), case .unit(let unit) = next, unit < 10 {
                value += unit
                anchorEnd = end2
            }
            return numberWords(b, w, i, anchorEnd, value: value)
        default:
            return nil
        }
    }

    /// Whether the word at `i` begins a sentence (only spaces, quotes or brackets back to . ! ? or the start).
    static func startsSentence(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 {
            let c = b[k]
            if c == 0x20 || c == 0x0A || c == 0x09 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "(") || c == UInt8(ascii: "'") || c >= 0x80 {
                k -= 1
                continue
            }
            return c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?")
        }
        return true
    }

    /// A spelt-out number ending at `end`, with an optional multiplier word (two hundred, three million).
    static func numberWords(_ b: UnsafeBufferPointer<UInt8>, _ w: WordTable, _ i: Int, _ end: Int, value: Int) -> (NumberAnchor, Int) {
        let next = D.skipSpaces(b, end)
        if next > end, let (word, end2) = nextWord(b, w, next), case .multiplier(let exponent) = word {
            let scaled = D.canonical(D.scaled(Decimal(value), exponent))
            return (NumberAnchor(kind: .number, value: scaled, range: i..<end2), end2)
        }
        return (NumberAnchor(kind: .number, value: String(value), range: i..<end), end)
    }
}
