import Foundation
import KoglossAlign
import Testing
import KoglossText
@testable import KoglossCorpus

@Suite struct ConcordanceTests {
    func store() throws -> (CorpusStore, URL) {
        let dir = try CorpusTestSupport.temporaryDirectory()
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite"))
        try store.importPair(CorpusTestSupport.strategicForce)
        try store.importPair(CorpusTestSupport.pair(english: ["Prices rose in the market."], korean: ["시장에서 가격이 올랐다."],
                                                    englishFile: "market.txt", koreanFile: "market.ko.txt"))
        return (store, dir)
    }

    func highlighted(_ line: ConcordanceHit.Line) -> [String] {
        let bytes = Array(line.text.utf8)
        return line.highlights.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func koreanQueryMatchesThroughParticlesAndShowsTheEnglish() throws {
        let (store, dir) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hits = try store.concordance("전략군")
        #expect(hits.count == 1)
        let hit = try #require(hits.first)
        #expect(hit.language == .korean)
        #expect(hit.korean.first?.text.contains("전략군에서") == true)
        #expect(highlighted(try #require(hit.korean.first)) == ["전략군"])
        #expect(hit.english.first?.text.contains("Strategic Force") == true)
        // The query's own particle is stripped too.
        #expect(try store.concordance("전략군은").count == 1)
    }

    @Test func shortKoreanStemsUseTheStemIndex() throws {
        let (store, dir) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 북한 (2 syllables) appears as 북한이 and 북한의: both paragraphs.
        let hits = try store.concordance("북한")
        #expect(hits.map(\.paragraphIndex) == [0, 1])
        #expect(hits.allSatisfy { highlighted($0.korean[0]) == ["북한"] })
        // 시장 appears only as 시장에서.
        #expect(try store.concordance("시장").count == 1)
        // Both terms must match.
        #expect(try store.concordance("북한 전략군").count == 1)
        #expect(try store.concordance("시장 전략군").isEmpty)
    }

    @Test func longerKoreanTermsMatchInsideCompoundsAndAreConfirmed() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite"))
        try store.importPair(CorpusTestSupport.pair(
            english: ["The Supreme Commander issued an order.", "Old news and new letters.", "The ICBM was launched."],
            korean: ["최고사령관의 명령이 하달됐다.", "노동신 동신문 소식.", "ICBM이 발사됐다."]))
        let inside = try store.concordance("사령관")
        #expect(inside.map(\.paragraphIndex) == [0])
        #expect(highlighted(inside[0].korean[0]) == ["사령관"])
        // 노동신 and 동신문 both occur, 노동신문 does not: the substring check removes the false hit.
        #expect(try store.concordance("노동신문").isEmpty)
        #expect(try store.concordance("동신문").map(\.paragraphIndex) == [1])
        // Latin words inside Korean text, case-insensitively.
        #expect(try store.concordance("icbm이").map(\.paragraphIndex) == [2])
    }

    @Test func englishPhraseMatchesWithStemmingAndHighlights() throws {
        let (store, dir) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hits = try store.concordance("Strategic Force")
        #expect(hits.count == 1)
        let hit = try #require(hits.first)
        #expect(hit.language == .english)
        #expect(highlighted(try #require(hit.english.first)) == ["Strategic Force"])
        #expect(hit.korean.first?.text.contains("전략군") == true)
        // Porter stemming: "force" finds "forces" too.
        #expect(try store.concordance("force").count == 2)
        #expect(try store.concordance("force", limit: 1).count == 1)
        #expect(try store.concordance("submarine").isEmpty)
    }

    @Test func queriesWithoutWordsAreRejected() throws {
        #expect(throws: InputError.self) { try ConcordanceQuery("  ?! ") }
        #expect(try ConcordanceQuery("\"quoted\" words").terms == ["quoted", "words"])
    }

    @Test func quotesInQueriesCannotBreakTheFTSSyntax() throws {
        let (store, dir) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try store.concordance("market\" OR \"x").isEmpty)
        #expect(try store.concordance("\"전략군\"").count == 1)
    }
}
