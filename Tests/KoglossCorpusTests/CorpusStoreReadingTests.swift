import Foundation
import GRDB
import Testing
import KoglossText
@testable import KoglossCorpus

/// `CorpusStore.openForReading` (bug 7): reads without migrating or writing, refuses writes, and leaves
/// the folder as it found it. Read-only media and files are covered end to end in HardenReadOnlyStoreTests.
@Suite struct CorpusStoreReadingTests {
    func storeWithOnePair(_ dir: URL) throws -> URL {
        let file = dir.appendingPathComponent("c.sqlite")
        let store = try CorpusStore(path: file)
        try store.importPair(CorpusTestSupport.strategicForce)
        try store.close()
        return file
    }

    func folderContents(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    @Test func readsACurrentStoreAndLeavesItByteIdentical() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try storeWithOnePair(dir)
        let before = try CorpusTestSupport.fileDigest(file)
        let store = try CorpusStore.openForReading(path: file)
        #expect(store.isReadOnly)
        #expect(try store.pairCount() == 1)
        #expect(try store.pair(id: 1)?.title == "Strategic Force recruits")
        #expect(try !store.concordance("전략군", limit: 5).isEmpty)
        try store.close()
        #expect(try CorpusTestSupport.fileDigest(file) == before)
        // A read-only SQLite connection would leave empty -wal/-shm files behind; this one removes them.
        #expect(try folderContents(dir) == ["c.sqlite"])
    }

    @Test func refusesWritesAndKeepsThePairs() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try storeWithOnePair(dir)
        let before = try CorpusTestSupport.fileDigest(file)
        let store = try CorpusStore.openForReading(path: file)
        _ = try store.pairCount()   // GRDB's reads toggle query_only: a write after a read is refused all the same
        let refused = try #require(throws: InputError.self) { try store.importPair(CorpusTestSupport.pair(english: ["An English line."], korean: ["한국어 문장."])) }
        #expect(refused.description.contains("opened for reading only"))
        #expect(throws: InputError.self) { try store.removePair(id: 1) }
        let results = try store.saveEach([CorpusTestSupport.pair(english: ["Another line."], korean: ["다른 문장."])])
        #expect(results.count == 1)
        if case .success = results[0] { Issue.record("a read-only store stored a pair") }
        try store.close()
        #expect(try CorpusTestSupport.fileDigest(file) == before)
    }

    @Test func aMissingStoreIsAnErrorAndNotCreated() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("sub/c.sqlite")
        let error = try #require(throws: InputError.self) { try CorpusStore.openForReading(path: file) }
        #expect(error.description.contains("no corpus here yet"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("sub").path))
    }

    /// Without migrations applied, a writable store is upgraded as every command did before.
    @Test func anOlderSchemaInAWritableFolderIsUpgraded() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("old.sqlite")
        try DatabaseQueue(path: file.path).write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        let store = try CorpusStore.openForReading(path: file)
        #expect(try store.pairCount() == 0)
        let version = try store.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == CorpusSchema.version)
    }

    @Test func refusesANewerSchemaAndAnotherApplicationsDatabase() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let newer = try storeWithOnePair(dir)
        try DatabaseQueue(path: newer.path).write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        let newerDigest = try CorpusTestSupport.fileDigest(newer)
        let error = try #require(throws: InputError.self) { try CorpusStore.openForReading(path: newer) }
        #expect(error.description.contains("newer kogloss"))
        #expect(try CorpusTestSupport.fileDigest(newer) == newerDigest)

        let other = dir.appendingPathComponent("other.sqlite")
        try DatabaseQueue(path: other.path).write { db in try db.execute(sql: "CREATE TABLE t(x)") }
        let foreign = try #require(throws: InputError.self) { try CorpusStore.openForReading(path: other) }
        #expect(foreign.description.contains("not a kogloss corpus"))
        let text = dir.appendingPathComponent("notes.sqlite")
        try Data("just notes\n".utf8).write(to: text)
        #expect(throws: InputError.self) { try CorpusStore.openForReading(path: text) }
        #expect(try folderContents(dir) == ["c.sqlite", "notes.sqlite", "other.sqlite"])
    }
}
