import Testing
@testable import KoglossGlossary

@Suite struct TermTextTests {
    @Test(arguments: [
        ("plain", "plain"), ("  padded  ", "padded"), ("two\n\t\tlines", "two lines"), ("a  b", "a b"),
        ("보위국", "보위국"), (" 국가\n보위성 ", "국가 보위성"), ("\u{1112}\u{1161}\u{11AB}", "한"), ("", ""),
    ])
    func cleans(_ input: String, _ expected: String) {
        #expect(TermText.clean(input) == expected)
        #expect(TermText.clean(input).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }
}

@Suite struct LanguageTagCheckTests {
    @Test(arguments: ["ko", "en", "en-GB", "ko-KP", "kor", "zh-Hant-TW"]) func accepts(_ tag: String) {
        #expect(LanguageTagCheck.problem(with: tag) == nil)
    }
    @Test(arguments: ["", "qq", "korean", "en_GB", "e1", "en-toolongsubtag"]) func rejects(_ tag: String) {
        #expect(LanguageTagCheck.problem(with: tag) != nil)
    }
}

@Suite struct TBXDateTests {
    @Test(arguments: ["2016", "2016-03", "2016-03-20"]) func valid(_ s: String) { #expect(TBXDate.isValid(s)) }
    @Test(arguments: ["16", "2016-3", "2016-13", "2016-03-32", "2016/03/20", "soon"]) func invalid(_ s: String) { #expect(!TBXDate.isValid(s)) }
}
