import Testing
@testable import KoglossLint

@Suite struct ArticleDateDigitTests {
    @Test func skippedRangesHoldNoDecimalDigit() {
        for v in UInt32(0x80)...0x10FFFF where !ArticleDate.mayBeDecimalDigit(v) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            #expect(scalar.properties.numericType != .decimal, "U+\(String(v, radix: 16))")
        }
    }

    @Test func hangulSyllablesBreakARunOfDigits() {
        #expect(ArticleDate.hasFourDigits("북한 2024년 3월"))
        #expect(ArticleDate.hasFourDigits("평양에서２０２４"))
        #expect(!ArticleDate.hasFourDigits("12년34"))
        #expect(!ArticleDate.hasFourDigits("가123힣4"))
        #expect(!ArticleDate.hasFourDigits("북한 주민들이 쌀을 샀다"))
        // Hangul jamo and syllables next to digits in other blocks still decode (Meetei Mayek digits).
        #expect(ArticleDate.hasFourDigits("ㄱ\u{ABF0}\u{ABF1}\u{ABF2}\u{ABF3}"))
    }

    @Test func digitRunsAnywhereInLongASCIILines() {
        // Runs of 3 and 4 digits at every offset of a line longer than a few eight-byte steps.
        for length in [3, 4] {
            for offset in 0..<40 {
                let line = String(repeating: "a", count: offset) + String(repeating: "7", count: length) + " ends here, and more words."
                #expect(ArticleDate.hasFourDigits(line) == (length == 4), "\(line)")
                // Split by a space: never four in a row.
                let split = String(repeating: "b", count: offset) + "12 34" + String(repeating: "c", count: 20)
                #expect(!ArticleDate.hasFourDigits(split))
            }
        }
        #expect(ArticleDate.hasFourDigits("The new rule of 2024 starts now, in every province of it"))
        // The bytes either side of the digits ('/' 0x2F and ':' 0x3A) are no digits.
        #expect(!ArticleDate.hasFourDigits("//::12/:34::;;//..--//::"))
        #expect(ArticleDate.hasFourDigits("//::/:1234::;;//..--//::"))
    }

    @Test func fourDigitsInAnyScript() {
        #expect(ArticleDate.hasFourDigits("on 2024-03-31"))
        #expect(ArticleDate.hasFourDigits("２０２４년"))
        #expect(ArticleDate.hasFourDigits("١٢٣٤"))
        #expect(ArticleDate.hasFourDigits("12٣4"))
        #expect(!ArticleDate.hasFourDigits("123 4"))
        #expect(!ArticleDate.hasFourDigits("3월 31일 소식통은 전했다"))
        #expect(!ArticleDate.hasFourDigits("12한34"))
        #expect(!ArticleDate.hasFourDigits(""))
    }

    @Test func datesOnKoreanAndEnglishFirstLines() {
        #expect(ArticleDate.detect(in: "소식통은 2023년 6월 2일 데일리NK에 전했다.\n\n둘째.") == "2023-06-02")
        #expect(ArticleDate.detect(in: "\n<!-- note -->\nPYONGYANG, March 31, 2024 — Body.") == "2024-03-31")
        #expect(ArticleDate.detect(in: "소식통은 3월 31일 데일리NK에 전했다.\n2024-01-01") == nil)
    }

    @Test func bytesAgreeWithTheCharacterReference() {
        let texts = ["", "\n", "\n\n", "---\ndate: 2021-03-05\n---\nBody.", " --- \ntitle\n", "\u{A0}---\t\ndate: March 3, 2020\n",
                     "<!-- c -->\n2024-03-31", "<!--\u{301} 2024-03-31\n", "<!--", "  \n\t\n31 March 2024, Pyongyang", "\u{3000}\n2023년 6월 2일",
                     "Mar. 3, 2020 — Body", "소식통은 3월 31일 전했다.", "no date here\n2021-01-01", "٢٠٢٤", "x\r\n2024-01-02",
                     "\u{2028}\n2024-1-2", "--- \n", "----\n2022-02-02"]
        for text in texts {
            #expect(ArticleDate.detect(in: text) == ArticleDate.detectCharacters(in: text), "\(text.debugDescription)")
        }
    }
}
