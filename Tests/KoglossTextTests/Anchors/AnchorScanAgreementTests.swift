import Testing
@testable import KoglossText

/// The anchor scanners skip most bytes with filters and tight loops (a bit per first two letters and length of
/// the words that start an English anchor; Hangul runs passed in one loop). These tests compare them with plain
/// reference loops that ask about every word and every syllable, on random texts built from the pieces anchors are
/// made of, stray bytes and broken UTF-8 included.
@Suite struct AnchorScanAgreementTests {
    /// The English scan as it was before its filters: every letters word goes to `wordAnchor`.
    static func referenceEnglish(_ b: UnsafeBufferPointer<UInt8>) -> [NumberAnchor] {
        typealias D = DecimalScanner
        let n = b.count
        let w = EnglishAnchorScanner.wordTable
        var result: [NumberAnchor] = []
        var i = 0
        while i < n {
            let c = b[i]
            if D.isDigit(c) && (i == 0 || !D.isDigit(b[i - 1])) {
                if let (anchor, end) = EnglishAnchorScanner.numeric(b, w, i) {
                    result.append(anchor)
                    i = end
                } else {
                    i += 1
                }
            } else if D.isLetter(c) && (i == 0 || !D.isLetter(b[i - 1])) {
                var end = i
                while end < n && D.isLetter(b[end]) { end += 1 }
                if let (anchor, anchorEnd) = EnglishAnchorScanner.wordAnchor(b, w, i, end) {
                    result.append(anchor)
                    i = anchorEnd
                    if anchor.kind == .date, let month = anchor.monthAndDay?.month, anchor.monthAndDay?.day != nil,
                       let (second, secondEnd) = EnglishAnchorScanner.rangeDay(b, w, anchorEnd, month: month) {
                        result.append(second)
                        i = secondEnd
                    }
                } else {
                    i = end
                }
            } else {
                i += 1
            }
        }
        return result
    }

    /// The Korean scan with every syllable tested one by one.
    static func referenceKorean(_ b: UnsafeBufferPointer<UInt8>) -> [NumberAnchor] {
        typealias K = KoreanAnchorScanner
        typealias D = DecimalScanner
        let n = b.count
        var result: [NumberAnchor] = []
        var lastMonth: Int? = nil
        var i = 0
        while i < n {
            let c = b[i]
            if D.isDigit(c) && (i == 0 || !D.isDigit(b[i - 1])) {
                if let (found, end, month) = K.numeric(b, i) {
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
                if let (weekday, end) = K.weekdayAt(b, i) {
                    result.append(NumberAnchor(kind: .weekday, value: String(weekday), range: i..<end))
                    i = end
                    continue
                }
                if c <= 0xED && c >= 0xEA, K.isWordStart(b, i), let (value, end) = K.nativeNumber(b, i, K.nativeFirstSyllables) {
                    result.append(NumberAnchor(kind: .number, value: String(value), range: i..<end))
                    i = end
                    continue
                }
                i += 1
                while i < n && b[i] & 0xC0 == 0x80 { i += 1 }
            } else {
                i += 1
            }
        }
        return result
    }

    static let englishPieces: [[UInt8]] = ([
        "the", "of", "to", "and", "The", "March", "Mar.", "may", "May", "Sept.", "sept", "Tuesday", "tuesday", "one", "Two",
        "twenty", "twenty-five", "ninety nine", "hundred", "million", "percent", "per cent", "st", "th", "1st", "31", "2023",
        "1990s", "1,000", "1.5", "12%", "5-10", "to 30", "through", "until", "Dec. 26 to 30", "March 3-5", "31st of March",
        "twice", "thirteen", "septembers", "x", "ab", "North", "Korea", "September", "Wednesday", "–", "-", " ", " ", " ",
        ". ", ", ", "\n", "\u{A0}", "é", "“", "”", "’", "한국", "3월",
    ].map { Array($0.utf8) }) + [[0x80], [0xC3], [0xE2, 0x80]]

    static let koreanPieces: [[UInt8]] = ([
        "월요일", "화요일", "일요일", "요일", "요", "일", "세 명", "두 차례", "다섯 개", "닷새", "이틀", "열흘", "세", "두", "한",
        "3월 31일", "12월 26일부터", "30일까지", "2023년", "3만", "1만 5천", "2만 1,500원", "2~3만", "5~10%", "4·25", "200여 명",
        "3일간", "최대 15일", "12퍼센트", "주민", "소식통에", "따르면", "하였다", "가", "힣", "ICBM", "KBS", "(", ")", " ", " ", " ",
        ".", "\n", "“", "”", "ㆍ", "１",
    ].map { Array($0.utf8) }) + [[0x80], [0xEC], [0xEC, 0x9A], [0xED, 0x9F, 0xBF], [0xEA, 0xAF, 0xBF], [0xBF, 0xBF]]

    static func text(_ pieces: [[UInt8]], _ random: inout SplitMix64) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<(1 + random.below(40)) { bytes += pieces[random.below(pieces.count)] }
        return bytes
    }

    @Test func englishScanAgreesWithAskingEveryWord() {
        var random = SplitMix64(seed: 1)
        for round in 0..<20_000 {
            let bytes = AnchorScanAgreementTests.text(AnchorScanAgreementTests.englishPieces, &random)
            bytes.withUnsafeBufferPointer { b in
                let expected = AnchorScanAgreementTests.referenceEnglish(b)
                let found = EnglishAnchorScanner.scan(b)
                #expect(found == expected, "round \(round): \(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }

    @Test func koreanScanAgreesWithTestingEverySyllable() {
        var random = SplitMix64(seed: 2)
        for round in 0..<20_000 {
            let bytes = AnchorScanAgreementTests.text(AnchorScanAgreementTests.koreanPieces, &random)
            bytes.withUnsafeBufferPointer { b in
                let expected = AnchorScanAgreementTests.referenceKorean(b)
                let found = KoreanAnchorScanner.scan(b)
                #expect(found == expected, "round \(round): \(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }

    /// The reference loops find what the examples say (so agreeing with them means something).
    @Test func referencesFindAnchors() {
        let english = Array("On Tuesday, March 31, two hundred soldiers and 12% of 1,000 people".utf8)
        #expect(english.withUnsafeBufferPointer { AnchorScanAgreementTests.referenceEnglish($0) }.map(\.key)
                == ["weekday:2", "date:3-31", "number:200", "percent:12", "number:1000"])
        let korean = Array("화요일 주민 세 명이 3월 31일".utf8)
        #expect(korean.withUnsafeBufferPointer { AnchorScanAgreementTests.referenceKorean($0) }.map(\.key)
                == ["weekday:2", "number:3", "date:3-31"])
    }
}
