import Testing
@testable import KoglossText

@Suite struct KoreanSpellingTests {
    @Test(arguments: [
        ("로동신문", "노동신문"), ("리병철", "이병철"), ("녀성", "여성"), ("력사", "역사"), ("량강도", "양강도"),
        ("류", "유"), ("례", "예"), ("뇨", "요"), ("니", "이"), ("리", "이"), ("로", "노"), ("락원", "낙원"), ("랭면", "냉면"),
        ("조선로동당", "조선노동당"), ("평양랭면", "평양냉면"), ("비률", "비율"), ("규률", "규율"),
        ("로동당 중앙위원회 리일환", "노동당 중앙위원회 이일환"), ("《로동신문》", "《노동신문》"),
    ])
    func appliesTheInitialSoundRule(_ north: String, _ south: String) {
        #expect(KoreanSpelling.southKoreanForm(north) == south)
    }

    @Test(arguments: ["전략군", "보위국", "인민무력성", "국가보위성", "노동신문", "이병철", "국가로", "국가로는", "라디오", "로켓", "전력", "협력", "비율", "선율", "English text", "2023년", "몇 년 전", "수십 년간", "3량", "UN리"])
    func leavesOtherWordsAlone(_ word: String) {
        #expect(KoreanSpelling.southKoreanForm(word) == word)
    }

    @Test(arguments: [("조선로동당", "조선노동당"), ("로동신문", "노동신문"), ("리병철", "이병철"), ("량강도", "양강도"), ("녀성동맹", "여성동맹")])
    func northAndSouthShareAKey(_ north: String, _ south: String) {
        #expect(KoreanSpelling.matchingKey(north) == KoreanSpelling.matchingKey(south))
    }

    @Test func keysKeepDistinctWordsDistinct() {
        #expect(KoreanSpelling.matchingKey("전략군") == "전략군")
        #expect(KoreanSpelling.matchingKey("보위국") != KoreanSpelling.matchingKey("보위성"))
    }

    @Test func keyIsNFC() {
        // 로동 written with conjoining jamo (NFD) still gets the South Korean key.
        let decomposed = "\u{1105}\u{1169}\u{1103}\u{1169}\u{11BC}"
        #expect(KoreanSpelling.matchingKey(decomposed) == "노동")
    }

    @Test func preservesUTF8Offsets() {
        let north = "2023년 조선로동당 중앙위원회는 리병철과 녀성동맹, 《로동신문》 “력사”"
        let south = KoreanSpelling.southKoreanForm(north)
        #expect(south == "2023년 조선노동당 중앙위원회는 이병철과 여성동맹, 《노동신문》 “역사”")
        #expect(south.utf8.count == north.utf8.count)
    }

    @Test func unchangedTextIsReturnedAsIs() {
        let text = String(repeating: "전략군은 보위국과 협력했다. ", count: 100)
        #expect(KoreanSpelling.southKoreanForm(text) == text)
    }
}
