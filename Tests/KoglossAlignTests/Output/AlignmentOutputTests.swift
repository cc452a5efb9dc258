import Foundation
import Testing
@testable import KoglossAlign

/// JSON, TSV, TMX and the side-by-side view of one small alignment.
@Suite struct AlignmentOutputTests {
    let korean = Article(text: "", paragraphs: [
        Paragraph(text: "북한이 3월 31일 미사일을 발사했다.", kind: .body, range: 0..<0),
        Paragraph(text: "발사 장면. /사진=노동신문", kind: .caption, range: 0..<0),
    ])
    let english = Article(text: "", paragraphs: [
        Paragraph(text: "North Korea launched a missile on Mar. 31 <with> \"tabs\"\there.", kind: .body, range: 0..<0),
        Paragraph(text: "*Translated by Violet Kim", kind: .credit, range: 0..<0),
    ])
    let alignment = Alignment(beads: [Bead(ko: [0], en: [0], confidence: 0.93), Bead(ko: [1], en: [], confidence: 0.41),
                                      Bead(ko: [], en: [1], confidence: 1)])

    @Test func json() throws {
        let text = AlignmentJSON.render(korean: korean, english: english, alignment: alignment)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((object["ko"] as? [String])?.count == 2)
        #expect((object["en"] as? [String])?.first?.hasPrefix("North Korea") == true)
        let beads = try #require(object["beads"] as? [[String: Any]])
        #expect(beads.count == 3)
        #expect(beads[1]["en"] as? [Int] == [])
        #expect(beads[0]["confidence"] as? Double == 0.93)
        // The gold reader accepts align's JSON.
        let gold = try GoldAlignment.decode(Data(text.utf8), file: nil)
        #expect(gold.beads.map(\.ko) == [[0], [1], []])
    }

    @Test func tsvEscapesTabs() {
        let lines = AlignmentTSV.render(korean: korean, english: english, alignment: alignment).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[1].split(separator: "\t", omittingEmptySubsequences: false).count == 6)
        #expect(lines[1].hasPrefix("0\t0\t0.93\tbody\t"))
    }

    @Test func tmxHasOneUnitPerLinkAndEscapes() throws {
        let data = AlignmentTMX.render(korean: korean, english: english, alignment: alignment)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("srclang=\"ko\""))
        #expect(text.components(separatedBy: "<tu>").count - 1 == 1)
        #expect(text.contains("&lt;with&gt;"))
        #expect(text.contains("xml:lang=\"ko\""))
        #expect(text.components(separatedBy: "<tuv ").count - 1 == 2)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
    }

    @Test func sideBySideWrapsToWidthAndMarksReview() {
        let view = SideBySideView.render(korean: korean, english: english, alignment: alignment, width: 60, reviewThreshold: 0.5)
        let lines = view.split(separator: "\n")
        for line in lines { #expect(DisplayWidth.of(line) <= 60, "\(line)") }
        #expect(view.contains("REVIEW"))
        #expect(view.contains("caption"))
        #expect(view.contains("1 to review"))
    }

    @Test func displayWidthOfHangul() {
        #expect(DisplayWidth.of("북한") == 4)
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.wrap("가나다라 마바사아 자차카타", width: 10) == ["가나다라", "마바사아", "자차카타"])
    }
}
