import Testing
@testable import KoglossText

@Suite struct NumberAnchorExtractorTests {
    func keys(_ anchors: [NumberAnchor]) -> [String] { anchors.map(\.key) }

    @Test(arguments: [
        ("Mar. 31", ["date:3-31"]),
        ("on March 31, 2023.", ["date:3-31", "year:2023"]),
        ("31 March", ["date:3-31"]),
        ("June 3", ["date:6-3"]),
        ("on Tuesday", ["weekday:2"]),
        ("in 2023", ["year:2023"]),
        ("200 soldiers", ["number:200"]),
        ("1,000 troops", ["number:1000"]),
        ("10 to 13 years", ["number:10", "number:13"]),
        ("a one-versus-100 fight", ["number:1", "number:100"]),
        ("12% of", ["percent:12"]),
        ("12 percent", ["percent:12"]),
        ("twenty-five men and two", ["number:25", "number:2"]),
        ("hundreds of", []),
        ("1.5 million", ["number:1500000"]),
        ("three thousand", ["number:3000"]),
        ("It may rain in May 2023", ["year:2023"]),
        ("in March", ["date:3-"]),
    ])
    func english(_ text: String, _ expected: [String]) {
        #expect(keys(NumberAnchorExtractor.englishAnchors(in: text)) == expected)
    }

    @Test(arguments: [
        ("3월 31일", ["date:3-31"]),
        ("6월 3일", ["date:6-3"]),
        ("2023년 3월 31일", ["year:2023", "date:3-31"]),
        ("200여 명", ["number:200"]),
        ("200명", ["number:200"]),
        ("3만 명", ["number:30000"]),
        ("1천", ["number:1000"]),
        ("1만 5천", ["number:15000"]),
        ("1만 5천 명이", ["number:15000"]),
        ("12%", ["percent:12"]),
        ("12퍼센트", ["percent:12"]),
        ("화요일", ["weekday:2"]),
        ("10~13년", ["number:10", "number:13"]),
        ("3백만", ["number:3000000"]),
        ("2억 3천만", ["number:230000000"]),
        ("1.5만", ["number:15000"]),
        ("지난 31일", ["date:-31"]),
        ("3일간", ["number:3"]),
    ])
    func korean(_ text: String, _ expected: [String]) {
        #expect(keys(NumberAnchorExtractor.koreanAnchors(in: text)) == expected)
    }

    @Test func rangesAreUTF8Offsets() throws {
        let text = "북한은 3월 31일 200여 명을"
        let anchors = NumberAnchorExtractor.koreanAnchors(in: text)
        let bytes = Array(text.utf8)
        let slices = anchors.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(slices == ["3월 31일", "200여"])
    }
}
