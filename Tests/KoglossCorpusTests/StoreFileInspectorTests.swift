import Foundation
import KoglossAlign
import GRDB
import Testing
import KoglossText
@testable import KoglossCorpus

@Suite struct StoreFileInspectorTests {
    @Test func refusesAFileThatIsNotADatabaseAndLeavesItAlone() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("notes.sqlite")
        try Data("just some notes, not SQLite\n".utf8).write(to: file)
        let before = try CorpusTestSupport.fileDigest(file)
        let error = try #require(throws: InputError.self) { try CorpusStore(path: file) }
        #expect(error.file == file.path)
        #expect(error.description.contains("not an SQLite database"))
        #expect(try CorpusTestSupport.fileDigest(file) == before)
    }

    @Test func refusesAnotherApplicationsDatabase() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("other.sqlite")
        try DatabaseQueue(path: file.path).write { db in try db.execute(sql: "CREATE TABLE t(x)") }
        let before = try CorpusTestSupport.fileDigest(file)
        #expect(throws: InputError.self) { try CorpusStore(path: file) }
        #expect(try CorpusTestSupport.fileDigest(file) == before)
    }

    @Test(arguments: ["user_version", "migration"])
    func refusesANewerSchemaAndLeavesTheFileByteIdentical(_ how: String) throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("c.sqlite")
        do {
            let store = try CorpusStore(path: file)
            try store.importPair(CorpusTestSupport.strategicForce)
            try store.pool.write { db in
                if how == "user_version" {
                    try db.execute(sql: "PRAGMA user_version = 99")
                } else {
                    try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
                }
            }
            try store.close()
        }
        let before = try CorpusTestSupport.fileDigest(file)
        let error = try #require(throws: InputError.self) { try CorpusStore(path: file) }
        #expect(error.description.contains("newer kogloss"))
        #expect(try CorpusTestSupport.fileDigest(file) == before)
        #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"))
    }

    @Test func anEmptyFileBecomesANewStore() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("empty.sqlite")
        FileManager.default.createFile(atPath: file.path, contents: Data())
        let store = try CorpusStore(path: file)
        #expect(try store.pairCount() == 0)
    }

    @Test func reopeningAnExistingStoreKeepsItsPairs() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("sub/c.sqlite")
        try CorpusStore(path: file).importPair(CorpusTestSupport.strategicForce)
        #expect(try CorpusStore(path: file).pairCount() == 1)
    }
}
