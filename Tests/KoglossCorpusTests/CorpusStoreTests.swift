import Foundation
import KoglossAlign
import GRDB
import Testing
import KoglossText
@testable import KoglossCorpus

@Suite struct CorpusStoreTests {
    @Test func storesAndReadsBackAPair() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite"))
        var content = CorpusTestSupport.strategicForce
        content.translator = "Violet Kim"
        content.date = "2023-04-05"
        content.englishParagraphs[1].kind = .heading
        let id = try store.importPair(content)
        let stored = try #require(try store.pair(id: id))
        #expect(stored.englishText == content.englishText)
        #expect(stored.koreanText == content.koreanText)
        #expect(stored.englishParagraphs == content.englishParagraphs)
        #expect(stored.koreanParagraphs == content.koreanParagraphs)
        #expect(stored.beads == content.beads)
        #expect(stored.translator == "Violet Kim")
        #expect(stored.date == "2023-04-05")
        #expect(stored.title == "Strategic Force recruits")
        #expect(stored.contentHash == content.contentHash)
        #expect(try store.allPairs().map(\.id) == [id])
        #expect(try store.pair(id: id + 100) == nil)
    }

    @Test func defaultPathIsUnderDotKogloss() {
        let path = CorpusStore.defaultPath(cwd: URL(fileURLWithPath: "/proj"))
        #expect(path.path == "/proj/.kogloss/corpus.sqlite")
    }

    @Test func usesWALAndRecordsTheSchemaVersion() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite"))
        let (mode, version) = try store.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA user_version"))
        }
        #expect(mode == "wal")
        #expect(version == CorpusSchema.version)
    }

    @Test func reimportingUpdatesInsteadOfDuplicating() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite"))
        let first = try store.save(CorpusTestSupport.strategicForce)
        #expect(first == .inserted(first.id))
        // Same content again: same row.
        #expect(try store.save(CorpusTestSupport.strategicForce) == .updated(first.id))
        // Same file names, edited text: same row, new text.
        var edited = CorpusTestSupport.strategicForce
        edited.englishParagraphs[0].text = "Edited."
        edited.englishText = "Edited.\n\n"
        #expect(try store.save(edited) == .updated(first.id))
        #expect(try store.pair(id: first.id)?.englishParagraphs[0].text == "Edited.")
        #expect(try store.pairCount() == 1)
        // Same URL, different files: same row.
        let a = CorpusTestSupport.pair(english: ["One."], korean: ["하나."], url: "https://example.org/a")
        let b = CorpusTestSupport.pair(english: ["One, revised."], korean: ["하나."], url: "https://example.org/a")
        let ia = try store.importPair(a)
        #expect(try store.importPair(b) == ia)
        #expect(try store.pairCount() == 2)
        // Old paragraphs left the index when replaced.
        #expect(try store.concordance("Strategic").isEmpty)
        #expect(try store.concordance("revised").count == 1)
    }

    @Test func aRowWithTheSameContentIsMergedIntoTheMatchedPair() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite"))
        let a = try store.importPair(CorpusTestSupport.pair(english: ["Old."], korean: ["옛것."], englishFile: "a.txt", koreanFile: "a.ko.txt"))
        let b = try store.importPair(CorpusTestSupport.pair(english: ["New."], korean: ["새것."]))   // e.g. from TMX
        #expect(a != b)
        let id = try store.importPair(CorpusTestSupport.pair(english: ["New."], korean: ["새것."], englishFile: "a.txt", koreanFile: "a.ko.txt"))
        #expect(id == a)
        #expect(try store.allPairs().map(\.id) == [a])
        #expect(try store.concordance("New").count == 1)
    }

    @Test func removesAPairWithItsParagraphsAndIndexEntries() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite"))
        let id = try store.importPair(CorpusTestSupport.strategicForce)
        #expect(try store.removePair(id: id))
        #expect(try store.removePair(id: id) == false)
        #expect(try store.pairCount() == 0)
        #expect(try store.concordance("전략군").isEmpty)
        let leftovers = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM paragraph") }
        #expect(leftovers == 0)
    }

    @Test func rejectsABadDateAndOutOfRangeBeadsWithoutWriting() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite"))
        var bad = CorpusTestSupport.strategicForce
        bad.date = "2023-02-30"
        #expect(throws: InputError.self) { try store.importPair(bad) }
        var badBeads = CorpusTestSupport.strategicForce
        badBeads.beads.append(Bead(ko: [7], en: [], confidence: 0))
        #expect(throws: InputError.self) { try store.importPair(badBeads) }
        #expect(try store.pairCount() == 0)
    }

    @Test func saveAllIsAllOrNothing() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite"))
        var bad = CorpusTestSupport.pair(english: ["x"], korean: ["엑스"])
        bad.beads = [Bead(ko: [0, 0], en: [0], confidence: 1)]
        #expect(throws: InputError.self) { try store.saveAll([CorpusTestSupport.strategicForce, bad]) }
        #expect(try store.pairCount() == 0)
    }
}
