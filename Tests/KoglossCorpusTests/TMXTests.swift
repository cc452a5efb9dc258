import Foundation
import KoglossAlign
import Testing
import KoglossText
@testable import KoglossCorpus

@Suite struct TMXTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/corpus/tmx")

    func storedPair() throws -> (CorpusStore, URL) {
        let dir = try CorpusTestSupport.temporaryDirectory()
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite"))
        var content = CorpusTestSupport.strategicForce
        content.translator = "Violet Kim"
        content.date = "2023-04-05"
        content.url = "https://www.dailynk.com/english/x/"
        content.englishParagraphs.append(Paragraph(text: "*Translated by Violet Kim", kind: .credit, range: 0..<1))
        content.beads.append(Bead(ko: [], en: [2], confidence: 1))
        content.title = "Strategic Force & <recruits>"
        try store.importPair(content)
        return (store, dir)
    }

    @Test func writesOneUnitPerBeadWithTextOnBothSides() throws {
        let (store, dir) = try storedPair()
        defer { try? FileManager.default.removeItem(at: dir) }
        let xml = String(decoding: TMXWriter.write(try store.allPairs()), as: UTF8.self)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(xml.contains("<tmx version=\"1.4\">"))
        #expect(xml.contains("creationtool=\"kogloss\" creationtoolversion=\"0.1.0\" segtype=\"paragraph\" o-tmf=\"kogloss\" adminlang=\"en\" srclang=\"ko\" datatype=\"plaintext\""))
        #expect(xml.components(separatedBy: "<tu ").count - 1 == 2)   // the credit-only bead is not a unit
        #expect(xml.contains("creationdate=\"20230405T000000Z\" creationid=\"Violet Kim\""))
        #expect(xml.contains("<prop type=\"x-document\">Strategic Force &amp; &lt;recruits&gt;</prop>"))
        #expect(xml.contains("<tuv xml:lang=\"ko\">\n        <seg>북한이 전략군에서"))
    }

    @Test func roundTripsThroughTheReader() throws {
        let (store, dir) = try storedPair()
        defer { try? FileManager.default.removeItem(at: dir) }
        let original = try #require(try store.allPairs().first)
        let result = try TMXReader.read(data: TMXWriter.write([original]), file: "x.tmx")
        #expect(result.pairs.count == 1)
        #expect(result.skippedUnits == 0)
        let pair = try #require(result.pairs.first)
        #expect(pair.title == original.title)
        #expect(pair.url == original.url)
        #expect(pair.date == "2023-04-05")
        #expect(pair.translator == "Violet Kim")
        #expect(pair.koreanParagraphs.map(\.text) == original.koreanParagraphs.map(\.text))
        #expect(pair.englishParagraphs.map(\.text) == Array(original.englishParagraphs.map(\.text).prefix(2)))
        #expect(pair.beads.map(\.confidence) == [0.9, 0.9])
        // Importing it into the same store updates the pair with that URL instead of duplicating it.
        _ = try store.saveAll(result.pairs)
        #expect(try store.pairCount() == 1)
    }

    @Test func readsTMXFromOtherTools() throws {
        let result = try TMXReader.read(url: Self.fixtures.appendingPathComponent("other-tool.tmx"))
        #expect(result.unitCount == 3)
        #expect(result.skippedUnits == 1)
        let pair = try #require(result.pairs.first)
        #expect(result.pairs.count == 1)
        #expect(pair.title == "other-tool.tmx")
        #expect(pair.translator == "jlee")
        #expect(pair.koreanParagraphs.map(\.text) == ["전략군에 학생들을 모집하고 있다.", "보위국의 간부들이 체포됐다."])
        #expect(pair.englishParagraphs.map(\.text) == ["They are recruiting students into the Strategic Force.",
                                                       "Officials of the Military Security Command were arrested."])
        #expect(pair.beads == [Bead(ko: [0], en: [0], confidence: 1), Bead(ko: [1], en: [1], confidence: 1)])
        let english = pair.englishText.utf8
        let range = pair.englishParagraphs[1].range
        #expect(String(decoding: Array(english)[range], as: UTF8.self) == pair.englishParagraphs[1].text)
    }

    @Test func rejectsMalformedAndNonTMXFiles() throws {
        let broken = try #require(throws: InputError.self) {
            try TMXReader.read(data: Data("<tmx version=\"1.4\"><body><tu>".utf8), file: "broken.tmx")
        }
        #expect(broken.file == "broken.tmx")
        #expect(throws: InputError.self) { try TMXReader.read(data: Data("<martif/>".utf8), file: "t.tbx") }
        #expect(throws: InputError.self) { try TMXReader.read(data: Data(), file: "empty.tmx") }
        let bomb = """
            <?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <tmx version="1.4"><body><tu><tuv xml:lang="ko"><seg>&b;</seg></tuv></tu></body></tmx>
            """
        #expect(throws: InputError.self) { try TMXReader.read(data: Data(bomb.utf8), file: "bomb.tmx") }
    }
}
