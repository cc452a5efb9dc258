import Testing
import KoglossText
@testable import KoglossAlign

@Suite struct LanguagePairCheckTests {
    let english = try! ArticleReader.read(text: "North Korea launched a missile on Tuesday.", format: .text, file: "en.txt")
    let korean = try! ArticleReader.read(text: "북한이 화요일 미사일을 발사했다.", format: .text, file: "ko.txt")

    @Test func acceptsTheRightOrder() throws {
        try LanguagePairCheck.check(english: english, englishFile: "en.txt", korean: korean, koreanFile: "ko.txt")
    }

    @Test func swappedFilesSayWhichIsWhich() {
        do {
            try LanguagePairCheck.check(english: korean, englishFile: "ko.txt", korean: english, koreanFile: "en.txt")
            Issue.record("expected an error")
        } catch let error as InputError {
            #expect(error.message.contains("swapped"))
            #expect(error.message.contains("ko.txt is Korean"))
        } catch { Issue.record("\(error)") }
    }

    @Test func sameLanguageTwice() {
        #expect(throws: InputError.self) { try LanguagePairCheck.check(english: english, englishFile: "a", korean: english, koreanFile: "b") }
        #expect(throws: InputError.self) { try LanguagePairCheck.check(english: korean, englishFile: "a", korean: korean, koreanFile: "b") }
    }
}
