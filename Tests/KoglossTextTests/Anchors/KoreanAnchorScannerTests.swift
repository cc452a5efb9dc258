import Testing
@testable import KoglossText

@Suite struct KoreanAnchorScannerTests {
    func keys(_ anchors: [NumberAnchor]) -> [String] { anchors.map(\.key) }

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
        ("2023년에", ["year:2023"]),
        ("2023", ["year:2023"]),
        ("지난 3월", ["date:3-"]),
        ("일요일과 월요일", ["weekday:7", "weekday:1"]),
        ("1,000명", ["number:1000"]),
        ("3.5%", ["percent:3.5"]),
        ("12 퍼센트", ["percent:12"]),
        ("13월", ["number:13"]),
        ("1만5천여 명", ["number:15000"]),
        ("3만 5명", ["number:30005"]),
        ("미화 1달러는 2만 1,500원", ["number:1", "number:21500"]),
        ("1만 2000명", ["number:12000"]),
        ("3억 5000만 달러", ["number:350000000"]),
        ("2만 3월 1일", ["number:20000", "date:3-1"]),
        ("1만 20%", ["number:10000", "percent:20"]),
        ("한 달에 2~3만 원을", ["number:20000", "number:30000"]),
        ("5~10%", ["percent:5", "percent:10"]),
        ("2인 1조로 순찰", ["number:2", "number:1"]),
        ("1조 원", ["number:1000000000000"]),
        ("1조 2천억 원", ["number:1200000000000"]),
        ("12월 26일부터 30일까지", ["date:12-26", "date:12-30"]),
        ("11월 6일 ... 3일 새벽", ["date:11-6", "date:11-3"]),
        ("5백여 명", ["number:500"]),
        ("수백 명", []),
        ("국가보위성 1호", ["number:1"]),
    ])
    func korean(_ text: String, _ expected: [String]) {
        #expect(keys(KoreanAnchorScanner.anchors(in: text)) == expected)
    }
}
