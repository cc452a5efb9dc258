import Testing
@testable import KoglossText

@Suite struct HangulScriptTests {
    @Test func classifiesScalars() {
        #expect(HangulScript.isHangul("한"))
        #expect(HangulScript.isHangul("\u{1100}"))   // conjoining ㄱ
        #expect(HangulScript.isHangul("ㅋ"))          // compatibility jamo
        #expect(!HangulScript.isHangul("A"))
        #expect(!HangulScript.isHangul("漢"))
        #expect(!HangulScript.isHangul("。"))
    }

    @Test func detectsHangulInText() {
        #expect(HangulScript.containsHangul("The 전략군 said"))
        #expect(!HangulScript.containsHangul("Strategic Force, 戰略軍"))
        #expect(!HangulScript.containsHangul(""))
    }

    @Test func ratioCountsLettersOnly() {
        #expect(HangulScript.hangulRatio("") == 0)
        #expect(HangulScript.hangulRatio("123 !?") == 0)
        #expect(HangulScript.hangulRatio("북한 2023") == 1)
        #expect(HangulScript.hangulRatio("북한ab") == 0.5)
        #expect(HangulScript.hangulRatio("North Korea") == 0)
    }
}
