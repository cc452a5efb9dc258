import Foundation

/// Finds number anchors in Korean text: 200, 200여 명, 3만 (30000), 1만 5천 (15000), 3억, 12%, 12퍼센트,
/// 2023년 (year), 3월 31일 (date), 화요일 (weekday). Counters (명, 개, 척) are not needed: the number is the anchor.
enum KoreanAnchorScanner {
    typealias D = DecimalScanner

    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
    static let year = bytes("년"), month = bytes("월"), day = bytes("일"), approx = bytes("여")
    static let percentWords = [bytes("퍼센트"), bytes("프로"), bytes("％")]
    static let smallUnits: [([UInt8], Int)] = [(bytes("십"), 1), (bytes("백"), 2), (bytes("천"), 3)]
    static let bigUnits: [([UInt8], Int)] = [(bytes("만"), 4), (bytes("억"), 8), (bytes("조"), 12)]
    static let weekdays: [([UInt8], Int)] = [
        (bytes("월요일"), 1), (bytes("화요일"), 2), (bytes("수요일"), 3), (bytes("목요일"), 4),
        (bytes("금요일"), 5), (bytes("토요일"), 6), (bytes("일요일"), 7),
    ]
    static let duration = bytes("간")   // 3일간: three days, not a date

    static func anchors(in text: String) -> [NumberAnchor] {
        let b = Array(text.utf8)
        let n = b.count
        var result: [NumberAnchor] = []
        var i = 0
        while i < n {
            let c = b[i]
            if D.isDigit(c) && (i == 0 || !D.isDigit(b[i - 1])) {
                if let (anchors, end) = numeric(b, i) {
                    result.append(contentsOf: anchors)
                    i = end
                } else {
                    i += 1
                }
            } else if c >= 0xE0, let (weekday, end) = weekdayAt(b, i) {
                result.append(NumberAnchor(kind: .weekday, value: String(weekday), range: i..<end))
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    static func weekdayAt(_ b: [UInt8], _ i: Int) -> (Int, Int)? {
        for (pattern, value) in weekdays where D.matches(b, i, pattern) { return (value, i + pattern.count) }
        return nil
    }

    static func unitAt(_ b: [UInt8], _ i: Int, _ table: [([UInt8], Int)]) -> Int? {
        for (pattern, exponent) in table where D.matches(b, i, pattern) { return exponent }
        return nil
    }

    /// Anchors starting with digits at `i` (a date yields one anchor; 2023년 3월 31일 is found as year then date).
    static func numeric(_ b: [UInt8], _ i: Int) -> ([NumberAnchor], Int)? {
        guard let parsed = D.parse(b, i) else { return nil }
        let n = b.count
        var j = parsed.end

        // Sino-Korean multipliers: 3만, 1만 5천, 3백만, 2억 3천만.
        var total = Decimal(0)
        var small = parsed.value
        var usedUnits = false
        var lastBig = Int.max
        while true {
            if let exponent = unitAt(b, j, smallUnits) {
                small = D.scaled(small, exponent)
                j += 3
                usedUnits = true
            }
            if let exponent = unitAt(b, j, bigUnits), exponent < lastBig {
                total += D.scaled(small, exponent)
                small = 0
                lastBig = exponent
                j += 3
                usedUnits = true
                // Continue with "5천" in "1만 5천" only when that number carries a smaller unit.
                let next = D.skipSpaces(b, j)
                if next < n, D.isDigit(b[next]), let more = D.parse(b, next),
                   let nextExponent = unitAt(b, more.end, smallUnits) ?? unitAt(b, more.end, bigUnits), nextExponent < lastBig {
                    small = more.value
                    j = more.end
                    continue
                }
            }
            break
        }
        total += small
        if usedUnits {
            if D.matches(b, j, approx) { j += 3 }
            return ([NumberAnchor(kind: .number, value: D.canonical(total), range: i..<j)], j)
        }

        let value = D.canonical(parsed.value)
        let afterSpace = D.skipSpaces(b, j)
        if afterSpace < n && b[afterSpace] == UInt8(ascii: "%") {
            return ([NumberAnchor(kind: .percent, value: value, range: i..<(afterSpace + 1))], afterSpace + 1)
        }
        for word in percentWords where D.matches(b, afterSpace, word) {
            let end = afterSpace + word.count
            return ([NumberAnchor(kind: .percent, value: value, range: i..<end)], end)
        }
        if let integer = parsed.integer, !parsed.hasSeparator {
            if D.matches(b, j, year) && parsed.integerDigits == 4 && (1900...2099).contains(integer) {
                return ([NumberAnchor(kind: .year, value: String(integer), range: i..<(j + 3))], j + 3)
            }
            if D.matches(b, j, month) && (1...12).contains(integer) && parsed.integerDigits <= 2 {
                let monthEnd = j + 3
                let dayStart = D.skipSpaces(b, monthEnd)
                if let dayParsed = D.parse(b, dayStart), let dayValue = dayParsed.integer, (1...31).contains(dayValue),
                   dayParsed.integerDigits <= 2, D.matches(b, dayParsed.end, day) {
                    let end = dayParsed.end + 3
                    return ([NumberAnchor(kind: .date, value: "\(integer)-\(dayValue)", range: i..<end)], end)
                }
                return ([NumberAnchor(kind: .date, value: "\(integer)-", range: i..<monthEnd)], monthEnd)
            }
            if D.matches(b, j, day) && (1...31).contains(integer) && parsed.integerDigits <= 2
                && !D.matches(b, j + 3, duration) && !D.matches(b, j, bytes("일요일")) {
                return ([NumberAnchor(kind: .date, value: "-\(integer)", range: i..<(j + 3))], j + 3)
            }
            if parsed.integerDigits == 4 && (1900...2099).contains(integer) && !D.matches(b, j, approx) {
                return ([NumberAnchor(kind: .year, value: String(integer), range: i..<j)], j)
            }
        }
        if D.matches(b, j, approx) { j += 3 }
        return ([NumberAnchor(kind: .number, value: value, range: i..<j)], j)
    }
}
