import Foundation
import Testing
@testable import KoglossCorpus

@Suite struct CorpusStoreConcurrencyTests {
    @Test func readersSeeCommittedPairsWhileAnotherConnectionWrites() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("c.sqlite")
        let writer = try CorpusStore(path: path)
        let reader = try CorpusStore(path: path)
        try writer.importPair(CorpusTestSupport.strategicForce)
        // A long write transaction in progress does not block readers (WAL).
        try writer.pool.write { db in
            try db.execute(sql: "UPDATE pair SET title = 'changing'")
            #expect(try reader.pairCount() == 1)
            #expect(try reader.pair(id: 1)?.title == "Strategic Force recruits")
            #expect(try reader.concordance("전략군").count == 1)
        }
        #expect(try reader.pair(id: 1)?.title == "changing")
        // Two writers in turn: the second waits for the first (busy timeout), nothing fails.
        let group = DispatchGroup()
        var errors: [Error] = []
        let lock = NSLock()
        for n in 0..<4 {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                do {
                    let store = n % 2 == 0 ? writer : reader
                    try store.importPair(CorpusTestSupport.pair(english: ["Pair \(n)."], korean: ["짝 \(n)."], englishFile: "\(n).txt", koreanFile: "\(n).ko.txt"))
                } catch {
                    lock.lock(); errors.append(error); lock.unlock()
                }
            }
        }
        group.wait()
        #expect(errors.isEmpty)
        #expect(try reader.pairCount() == 5)
    }

    /// The read-only open of the read commands (lint --corpus, concordance) during a write transaction:
    /// opening and reading do not wait for the writer and see the last committed state.
    @Test func readOnlyOpensReadCommittedPairsWhileAnotherConnectionWrites() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("c.sqlite")
        let writer = try CorpusStore(path: path)
        try writer.importPair(CorpusTestSupport.strategicForce)
        let reader = try CorpusStore.openForReading(path: path)
        try writer.pool.write { db in
            try db.execute(sql: "UPDATE pair SET title = 'changing'")
            #expect(try reader.allPairs().map(\.title) == ["Strategic Force recruits"])
            let late = try CorpusStore.openForReading(path: path)
            #expect(try late.pair(id: 1)?.englishParagraphs.count == 2)
            #expect(try late.pair(id: 1)?.title == "Strategic Force recruits")
        }
        #expect(try reader.pair(id: 1)?.title == "changing")
    }
}
