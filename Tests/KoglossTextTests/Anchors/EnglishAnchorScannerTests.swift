import Testing
@testable import KoglossText

@Suite struct EnglishAnchorScannerTests {
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
        ("no more than twice a month", ["number:2"]),
        ("1.5 million", ["number:1500000"]),
        ("three thousand", ["number:3000"]),
        ("It may rain in May 2023", ["date:5-", "year:2023"]),
        ("May I ask? Since early May, prices rose.", ["date:5-"]),
        ("“May the party live”", []),
        ("in March", ["date:3-"]),
        ("seen at the 10 Oct 2020 parade", ["date:10-10", "year:2020"]),
        ("on the 24th of May", ["date:5-24"]),
        ("Sept. 9th", ["date:9-9"]),
        ("the 1990s", ["year:1990"]),
        ("007 and 0.50 and 3.0", ["number:7", "number:0.5", "number:3"]),
        ("Hwasong-17 and KN-23", ["number:17", "number:23"]),
        ("2,023 people in 12 % cases", ["number:2023", "percent:12"]),
        ("5 per cent", ["percent:5"]),
        ("Mar 31", ["date:3-31"]),
        ("I will march on Monday", ["weekday:1"]),
        ("twenty people, thirty-one tanks, two hundred troops", ["number:20", "number:31", "number:200"]),
        ("March 31.5", ["date:3-", "number:31.5"]),
        ("from Dec. 26 to 30, the KCNA reported on Dec. 31.", ["date:12-26", "date:12-30", "date:12-31"]),
        ("March 3-5", ["date:3-3", "date:3-5"]),
        ("Mar. 3 to 5 April", ["date:3-3", "date:4-5"]),
        ("March 3 and 40 soldiers", ["date:3-3", "number:40"]),
        ("5-10%", ["percent:5", "percent:10"]),
        ("10 to 13 percent", ["percent:10", "percent:13"]),
        ("20,000 to 30,000 won", ["number:20000", "number:30000"]),
    ])
    func english(_ text: String, _ expected: [String]) {
        #expect(keys(EnglishAnchorScanner.anchors(in: text)) == expected)
    }
}
