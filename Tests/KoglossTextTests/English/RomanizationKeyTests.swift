import Testing
@testable import KoglossText

@Suite struct RomanizationKeyTests {
    @Test(arguments: ["Kim Jong-un", "Kim Jong Un", "Kim Jongun", "KIM JONG UN", "Kim Jŏng-ŭn", "Kim Jong‐un", "Kim Jong’un", "kim-jong-un"])
    func variantsShareAKey(_ name: String) {
        #expect(RomanizationKey.key(name) == "kimjongun")
    }

    @Test func keepsDigitsAndDropsPunctuation() {
        #expect(RomanizationKey.key("Hwasong-17") == "hwasong17")
        #expect(RomanizationKey.key("Ri Pyong-chol.") == "ripyongchol")
        #expect(RomanizationKey.key("Ｐｙｏｎｇｙａｎｇ") == "pyongyang")
        #expect(RomanizationKey.key("Rodong Sinmun") != RomanizationKey.key("Minju Joson"))
    }
}
