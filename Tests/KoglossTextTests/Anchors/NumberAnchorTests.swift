import Testing
@testable import KoglossText

@Suite struct NumberAnchorTests {
    @Test func keyAndDescription() {
        let anchor = NumberAnchor(kind: .date, value: "3-31", range: 4..<16)
        #expect(anchor.key == "date:3-31")
        #expect(anchor.description == "date:3-31@4..<16")
    }

    @Test func equalAnchorsAcrossLanguagesShareKeys() {
        let english = NumberAnchorExtractor.englishAnchors(in: "On Tuesday, March 31, 2023, some 200 soldiers (12%) and 30,000 civilians")
        let korean = NumberAnchorExtractor.koreanAnchors(in: "2023년 3월 31일 화요일 약 200명의 군인(12%)과 3만 명의 주민")
        #expect(Set(english.map(\.key)) == Set(korean.map(\.key)))
        #expect(english.count == 6)
    }

    @Test func monthAndDay() {
        #expect(NumberAnchor(kind: .date, value: "3-31", range: 0..<1).monthAndDay! == (3, 31))
        #expect(NumberAnchor(kind: .date, value: "3-", range: 0..<1).monthAndDay! == (3, nil))
        #expect(NumberAnchor(kind: .date, value: "-31", range: 0..<1).monthAndDay! == (nil, 31))
        #expect(NumberAnchor(kind: .number, value: "3", range: 0..<1).monthAndDay == nil)
    }

    @Test func hashable() {
        let a = NumberAnchor(kind: .year, value: "2023", range: 0..<4)
        #expect(Set([a, a, NumberAnchor(kind: .number, value: "2023", range: 0..<4)]).count == 2)
    }
}
