import Testing
@testable import KoglossAlign

@Suite struct ParagraphClassifierTests {
    @Test(arguments: [
        "Kim Jong Un visited the August 25 Fishery Station in November 2019. / Image: Daily NK",
        "The treaty was signed on June 20. / Photo: Rodong Sinmun, News1",
        "김정은 국무위원장이 시험사격을 참관하고 있다. /사진=조선중앙TV 캡처",
        "양강도 혜산시 전경. (사진=데일리NK)",
        "Residents gather at a market in Hyesan (Image: Daily NK)",
    ])
    func captions(_ line: String) {
        #expect(ParagraphClassifier.classify(line) == .caption)
    }

    @Test func tagLine() {
        #expect(ParagraphClassifier.classify("weapons production, russia, north korea, dprk") == .tags)
        #expect(ParagraphClassifier.classify("#북한 #러시아 #파병") == .tags)
        // A sentence with commas is not a tag line.
        #expect(ParagraphClassifier.classify("Kim, Putin, and Xi met in Beijing on Tuesday.") == .body)
    }

    @Test func creditStoresTranslator() {
        #expect(ParagraphClassifier.classify("*Translated by Violet Kim") == .credit)
        #expect(ParagraphClassifier.translator(in: "*Translated by Violet Kim") == "Violet Kim")
        #expect(ParagraphClassifier.translator(in: "The report was translated by the ministry.") == nil)
    }

    @Test func footers() {
        #expect(ParagraphClassifier.classify("Please direct any comments or questions about this article to") == .footer)
        #expect(ParagraphClassifier.classify("Read in Korean") == .footer)
        #expect(ParagraphClassifier.classify("Read in English") == .footer)
    }

    @Test func bylines() {
        #expect(ParagraphClassifier.classify("By Jeong Tae Joo") == .byline)
        #expect(ParagraphClassifier.classify("강미진 기자") == .byline)
    }

    @Test func headingAndBody() {
        #expect(ParagraphClassifier.classify("Radio silence") == .heading)
        #expect(ParagraphClassifier.classify("부대마다 떨어진 식량 확보 과제") == .heading)
        #expect(ParagraphClassifier.classify("The source said the order came on Mar. 25.") == .body)
        #expect(ParagraphClassifier.classify("소식통은 3월 31일 데일리NK에 이같이 전했다.") == .body)
    }

    @Test func altTextBeforeCaptionIsCaption() {
        let caption = "Kim Jong Un visited the August 25 Fishery Station. / Image: Daily NK"
        #expect(ParagraphClassifier.classify("kim jong un fishery station", next: caption) == .caption)
        #expect(ParagraphClassifier.classify("kim jong un fishery station") == .heading)
    }
}
