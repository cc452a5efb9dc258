import KoglossLint
import Testing

@Suite struct ArticleDateTests {
    @Test func findsDatesInFrontMatterAndFirstLine() {
        #expect(ArticleDate.detect(in: "---\ntitle: x\ndate: 2021-03-05\n---\nBody.") == "2021-03-05")
        #expect(ArticleDate.detect(in: "March 31, 2024\n\nBody.") == "2024-03-31")
        #expect(ArticleDate.detect(in: "Mar. 3, 2020 — Body") == "2020-03-03")
        #expect(ArticleDate.detect(in: "2023년 6월 2일 데일리NK") == "2023-06-02")
        #expect(ArticleDate.detect(in: "North Korean authorities are recruiting.\n2021-01-01") == nil)
        #expect(ArticleDate.isValidISODate("2024-02-30") == true)
        #expect(ArticleDate.isValidISODate("2024-13-01") == false)
    }
}

@Suite struct ArticleDateOtherDigitsTests {
    /// `\d` matches any script's decimal digits; the parser used to force-unwrap `Int("２０２４")` and trap.
    @Test func fullWidthAndArabicIndicDigitsGiveTheDateInsteadOfTrapping() {
        #expect(ArticleDate.detect(in: "２０２４-05-06\n\nBody.") == "2024-05-06")
        #expect(ArticleDate.detect(in: "٢٠٢٤-٠٥-٠٦ body") == "2024-05-06")
        #expect(ArticleDate.detect(in: "２０２３년 ６월 ２일 데일리NK") == "2023-06-02")
        #expect(ArticleDate.detect(in: "March ３１, ２０２４\n\nBody.") == "2024-03-31")
        #expect(ArticleDate.isValidISODate("２０２４-05-06") == false)
    }
}
