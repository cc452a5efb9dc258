import Foundation

/// Finds number anchors in Korean text: 200, 200여 명, 3만 (30000), 1만 5천 (15000), 2만 1,500원 (21500),
/// 2~3만 (20000 and 30000), 12%, 12퍼센트, 2023년 (year), 3월 31일 (date), 화요일 (weekday), and native counts
/// 닷새 (5 days), 세 명 (3 people). Counters (명, 개, 척) are not needed: the number is the anchor. A day without a month (30일) takes the month of the previous date in
/// the same text (12월 26일부터 30일까지 -> 12-26, 12-30), or is "-30" when there is none.
enum KoreanAnchorScanner {
    typealias D = DecimalScanner

    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
    static let year = bytes("년"), month = bytes("월"), day = bytes("일"), approx = bytes("여")
    static let percentWords = [bytes("퍼센트"), bytes("프로"), bytes("％")]
    static let smallUnits: [([UInt8], Int)] = [(bytes("십"), 1), (bytes("백"), 2), (bytes("천"), 3)]
    static let bigUnits: [([UInt8], Int)] = [(bytes("만"), 4), (bytes("억"), 8), (bytes("조"), 12)]
    /// 조 is also "group" (2인 1조): it is a multiplier only before a currency or a further amount.
    static let currencies = [bytes("원"), bytes("달러"), bytes("위안"), bytes("유로"), bytes("엔")]
    static let weekdays: [([UInt8], Int)] = [
        (bytes("월요일"), 1), (bytes("화요일"), 2), (bytes("수요일"), 3), (bytes("목요일"), 4),
        (bytes("금요일"), 5), (bytes("토요일"), 6), (bytes("일요일"), 7),
    ]
    static let yoil = bytes("요일"), sunday = bytes("일요일")
    /// Middle dots in month·day anniversaries: · ㆍ ・
    static let middleDots = [bytes("·"), bytes("ㆍ"), bytes("・")]
    /// After N일, these make it a number of days, not a date: 3일간, 3일째, 3일 동안, 4일 일정.
    static let durationFollowers = ["간", "째", "동안", "만에", "이내", "가량", "정도", "이상", "치", "일정"].map(bytes)
    /// Before N일, these make it a number of days: 최대 15일, 3박 4일.
    static let durationLeaders = ["최대", "최소", "최장", "박"].map(bytes)
    /// Range marks between two numbers: ~ ∼ 〜 ～ -
    static let rangeMarks = [bytes("~"), bytes("∼"), bytes("〜"), bytes("～"), bytes("-")]

    /// Native Korean day counts (이틀 = two days), the counterpart of English "two days".
    static let dayCounts: [([UInt8], Int)] = [("이틀", 2), ("사흘", 3), ("나흘", 4), ("닷새", 5), ("엿새", 6), ("이레", 7), ("열흘", 10)]
        .map { (bytes($0.0), $0.1) }
    /// Native Korean numerals before a counter (세 명, 두 차례); 한 (one) is left out: it is mostly "a".
    static let nativeNumerals: [([UInt8], Int)] = [("두", 2), ("세", 3), ("네", 4), ("다섯", 5), ("여섯", 6), ("일곱", 7), ("여덟", 8),
                                                   ("아홉", 9), ("열", 10), ("스무", 20)].map { (bytes($0.0), $0.1) }
    /// Syllable indexes that begin a day count or native numeral.
    static let nativeFirstSyllables: [Bool] = {
        var table = [Bool](repeating: false, count: Int(HangulSyllable.count))
        for (word, _) in dayCounts + nativeNumerals {
            if let index = word.withUnsafeBufferPointer({ JosaStripper.syllableIndex($0, 0) }) { table[Int(index)] = true }
        }
        return table
    }()
    /// `nativeFirstSyllables` as bits: read at every syllable, 1.4 KB stay in the nearest cache.
    static let nativeFirstSyllableBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: nativeFirstSyllables.count / 64 + 1)
        for (index, first) in nativeFirstSyllables.enumerated() where first { bits[index >> 6] |= 1 << UInt64(index & 63) }
        return bits
    }()
    static let counters = ["명", "척", "차례", "번", "가지", "개", "곳", "대", "살", "시간", "달", "해", "채", "마리", "군데", "사람", "가구"]
        .map(bytes)

    static func anchors(in text: String) -> [NumberAnchor] {
        var copy = text
        return copy.withUTF8 { scan($0) }
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> [NumberAnchor] {
        let n = b.count
        var result: [NumberAnchor] = []
        var lastMonth: Int? = nil
        // Read once: each read of a static costs a `swift_once` call, and this one is read at most word starts.
        let firstSyllables = nativeFirstSyllables
        let firstSyllableBits = nativeFirstSyllableBits
        var i = 0
        while i < n {
            let c = b[i]
            if D.isDigit(c) && (i == 0 || !D.isDigit(b[i - 1])) {
                if let (found, end, month) = numeric(b, i) {
                    var anchor = found
                    if let month { lastMonth = month }
                    if anchor.kind == .date, anchor.value.hasPrefix("-"), let lastMonth {
                        anchor.value = "\(lastMonth)\(anchor.value)"
                    }
                    result.append(anchor)
                    i = end
                } else {
                    i += 1
                }
            } else if c >= 0xE0 {
                // This runs at every syllable: test bytes in place before calling anything. Every weekday ends in
                // 요일 (EC 9A 94 ...); a native numeral's first syllable is in `firstSyllables`.
                if i + 8 < n && isYo(b, i + 3), let (weekday, end) = weekdayAt(b, i) {
                    result.append(NumberAnchor(kind: .weekday, value: String(weekday), range: i..<end))
                    i = end
                    continue
                }
                // Most syllables continue a word: settle that before decoding the syllable.
                if c <= 0xED && c >= 0xEA, isWordStart(b, i), let index = JosaStripper.syllableIndex(b, i),
                   firstSyllableBits[Int(index) >> 6] & (1 << UInt64(index & 63)) != 0,
                   let (value, end) = nativeNumber(b, i, firstSyllables) {
                    result.append(NumberAnchor(kind: .number, value: String(value), range: i..<end))
                    i = end
                    continue
                }
                // Continuation bytes start nothing.
                let start = i
                i += 1
                while i < n && b[i] & 0xC0 == 0x80 { i += 1 }
                // After a whole Hangul syllable (lead EA to ED) the next syllable starts no word (`isWordStart`), so
                // only a weekday (a syllable before 요) can start there: pass such syllables in one tight loop, each
                // exactly as the loop above would (three bytes, nothing found).
                if c &- 0xEA < 4 && i == start + 3 {
                    while i + 3 < n && b[i] &- 0xEA < 4 && b[i + 1] & 0xC0 == 0x80 && b[i + 2] & 0xC0 == 0x80
                            && b[i + 3] & 0xC0 != 0x80 && !(i + 8 < n && isYo(b, i + 3)) {
                        i += 3
                    }
                }
            } else {
                i += 1
            }
        }
        return result
    }

    /// Whether 요 (EC 9A 94) is at `i` (four bytes readable there): one load and one branch, as this runs at
    /// every syllable and separate byte tests mispredict on the common lead byte EC.
    @inline(__always)
    static func isYo(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let four = UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt32.self)
        return UInt32(littleEndian: four) & 0xFF_FFFF == 0x94_9AEC
    }

    /// Whether the syllable at `i` begins a word (nothing but spaces, punctuation or the start before it).
    @inline(__always)
    static func isWordStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i >= 3 else { return i == 0 || b[i - 1] < 0x80 && !D.isLetter(b[i - 1]) && !D.isDigit(b[i - 1]) }
        if b[i - 1] < 0x80 { return !D.isLetter(b[i - 1]) && !D.isDigit(b[i - 1]) }
        // A preceding Hangul syllable (EA B0 80 ... ED 9E A3) continues the word.
        let lead = b[i - 3]
        return !(lead >= 0xEA && lead <= 0xED)
    }

    /// A native count at a word start: 닷새 (5 days), 세 명 (3 people). Returns the value and the end of the numeral.
    static func nativeNumber(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ firstSyllables: [Bool]) -> (Int, Int)? {
        // Most syllables start no native numeral: reject them with one table lookup.
        guard let index = JosaStripper.syllableIndex(b, i), firstSyllables[Int(index)] else { return nil }
        for (word, value) in dayCounts where D.matches(b, i, word) {
            return (value, i + word.count)
        }
        for (word, value) in nativeNumerals where D.matches(b, i, word) {
            let end = i + word.count
            guard end < b.count, b[end] == 0x20 else { continue }
            if counters.contains(where: { D.matches(b, end + 1, $0) }) { return (value, end) }
        }
        return nil
    }

    static func weekdayAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, Int)? {
        // Every weekday ends in 요일 (EC 9A 94 EC 9D BC): test its bytes in place before anything else, as this
        // runs at every syllable.
        guard i + 8 < b.count, b[i + 3] == 0xEC, b[i + 4] == 0x9A, b[i + 5] == 0x94, D.matches(b, i + 3, yoil) else { return nil }
        for (pattern, value) in weekdays where D.matches(b, i, pattern) { return (value, i + pattern.count) }
        return nil
    }

    static func smallUnitAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        for (pattern, exponent) in smallUnits where D.matches(b, i, pattern) { return exponent }
        return nil
    }

    static func bigUnitAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        for (pattern, exponent) in bigUnits where D.matches(b, i, pattern) {
            if exponent == 12 {
                let next = D.skipSpaces(b, i + 3)
                guard (next < b.count && D.isDigit(b[next])) || currencies.contains(where: { D.matches(b, next, $0) }) else { return nil }
            }
            return exponent
        }
        return nil
    }

    /// The combined exponent of the units written right after a number (천 -> 3, 천만 -> 7), if any.
    static func unitsExponent(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let small = smallUnitAt(b, i)
        let big = bigUnitAt(b, small == nil ? i : i + 3)
        if small == nil && big == nil { return nil }
        return (small ?? 0) + (big ?? 0)
    }

    static func pow10(_ exponent: Int) -> Int {
        var value = 1
        for _ in 0..<min(exponent, 18) { value *= 10 }
        return value
    }

    /// Whether "N일" at start..<dayEnd counts days rather than naming one.
    static func isDuration(_ b: UnsafeBufferPointer<UInt8>, start: Int, dayEnd: Int) -> Bool {
        let next = D.skipSpaces(b, dayEnd)
        if durationFollowers.contains(where: { D.matches(b, next, $0) }) { return true }
        var before = start
        while before > 0 && (b[before - 1] == 0x20) { before -= 1 }
        return durationLeaders.contains { D.matches(b, before - $0.count, $0) }
    }

    /// Whether a percent sign or word follows (after optional spaces).
    static func isPercent(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let j = D.skipSpaces(b, i)
        return (j < b.count && b[j] == UInt8(ascii: "%")) || percentWords.contains { D.matches(b, j, $0) }
    }

    /// Whether a year, month, day or percent sign follows: then the number is not part of a compound amount.
    static func isDateOrPercent(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        D.matches(b, i, year) || D.matches(b, i, month) || D.matches(b, i, day) || isPercent(b, i)
    }

    /// The anchor starting with digits at `i`, its end, and the month it names (for later day-only dates).
    static func numeric(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (NumberAnchor, Int, Int?)? {
        guard let parsed = D.parse(b, i) else { return nil }
        let n = b.count
        var j = parsed.end

        // Sino-Korean multipliers: 3만, 1만 5천, 3백만, 2억 3천만, 2만 1,500.
        if smallUnitAt(b, j) != nil || bigUnitAt(b, j) != nil {
            var total = Decimal(0)
            var small = parsed.value
            var lastBig = Int.max
            while true {
                if let exponent = smallUnitAt(b, j) {
                    small = D.scaled(small, exponent)
                    j += 3
                }
                if let exponent = bigUnitAt(b, j), exponent < lastBig {
                    total += D.scaled(small, exponent)
                    small = 0
                    lastBig = exponent
                    j += 3
                    // Continue with "5천" in "1만 5천" when that number carries a smaller unit, or with "1,500" in
                    // "2만 1,500원" when it is a plain integer below the unit just read.
                    let next = D.skipSpaces(b, j)
                    if next < n, D.isDigit(b[next]), let more = D.parse(b, next) {
                        if let nextExponent = smallUnitAt(b, more.end) ?? bigUnitAt(b, more.end) {
                            if nextExponent < lastBig {
                                small = more.value
                                j = more.end
                                continue
                            }
                        } else if let plain = more.integer, plain < pow10(lastBig), !isDateOrPercent(b, more.end) {
                            small = Decimal(plain)
                            j = more.end
                        }
                    }
                }
                break
            }
            total += small
            if D.matches(b, j, approx) { j += 3 }
            return (NumberAnchor(kind: .number, value: D.canonical(total), range: i..<j), j, nil)
        }

        let value = parsed.canonical
        let afterSpace = D.skipSpaces(b, j)
        if afterSpace < n && b[afterSpace] == UInt8(ascii: "%") {
            return (NumberAnchor(kind: .percent, value: value, range: i..<(afterSpace + 1)), afterSpace + 1, nil)
        }
        for word in percentWords where D.matches(b, afterSpace, word) {
            let end = afterSpace + word.count
            return (NumberAnchor(kind: .percent, value: value, range: i..<end), end, nil)
        }
        // 2~3만 원: the unit after the second number applies to the first.
        for mark in rangeMarks where D.matches(b, j, mark) {
            let next = D.skipSpaces(b, j + mark.count)
            if let second = D.parse(b, next), let exponent = unitsExponent(b, second.end) {
                let scaled = D.canonical(D.scaled(parsed.value, exponent))
                return (NumberAnchor(kind: .number, value: scaled, range: i..<j), j, nil)
            }
            if let second = D.parse(b, next), isPercent(b, second.end) {   // 5~10%
                return (NumberAnchor(kind: .percent, value: value, range: i..<j), j, nil)
            }
            // 1~9월, 2022~2023년: the first number names a month or year too.
            if let second = D.parse(b, next), let first = parsed.integer, !parsed.hasSeparator {
                if D.matches(b, second.end, month) && (1...12).contains(first) && parsed.integerDigits <= 2 {
                    return (NumberAnchor(kind: .date, value: "\(first)-", range: i..<j), j, first)
                }
                if D.matches(b, second.end, year) && parsed.integerDigits == 4 && (1900...2099).contains(first) {
                    return (NumberAnchor(kind: .year, value: String(first), range: i..<j), j, nil)
                }
            }
            break
        }
        if let integer = parsed.integer, !parsed.hasSeparator {
            // 4·25 (April 25), the usual way to name North Korean anniversaries.
            if (1...12).contains(integer) && parsed.integerDigits <= 2,
               let dot = middleDots.first(where: { D.matches(b, j, $0) }),
               let dayParsed = D.parse(b, j + dot.count), let dayValue = dayParsed.integer, dayParsed.integerDigits <= 2,
               (1...31).contains(dayValue), !dayParsed.hasFraction {
                return (NumberAnchor(kind: .date, value: "\(integer)-\(dayValue)", range: i..<dayParsed.end), dayParsed.end, integer)
            }
            if D.matches(b, j, year) && parsed.integerDigits == 4 && (1900...2099).contains(integer) {
                return (NumberAnchor(kind: .year, value: String(integer), range: i..<(j + 3)), j + 3, nil)
            }
            if D.matches(b, j, month) && (1...12).contains(integer) && parsed.integerDigits <= 2 {
                let monthEnd = j + 3
                let dayStart = D.skipSpaces(b, monthEnd)
                if let dayParsed = D.parse(b, dayStart), let dayValue = dayParsed.integer, (1...31).contains(dayValue),
                   dayParsed.integerDigits <= 2, D.matches(b, dayParsed.end, day) {
                    let end = dayParsed.end + 3
                    return (NumberAnchor(kind: .date, value: "\(integer)-\(dayValue)", range: i..<end), end, integer)
                }
                return (NumberAnchor(kind: .date, value: "\(integer)-", range: i..<monthEnd), monthEnd, integer)
            }
            if D.matches(b, j, day) && (1...31).contains(integer) && parsed.integerDigits <= 2
                && !D.matches(b, j, sunday) && !isDuration(b, start: i, dayEnd: j + 3) {
                return (NumberAnchor(kind: .date, value: "-\(integer)", range: i..<(j + 3)), j + 3, nil)
            }
            if parsed.integerDigits == 4 && (1900...2099).contains(integer) && !D.matches(b, j, approx) {
                return (NumberAnchor(kind: .year, value: String(integer), range: i..<j), j, nil)
            }
        }
        if D.matches(b, j, approx) { j += 3 }
        return (NumberAnchor(kind: .number, value: value, range: i..<j), j, nil)
    }
}
