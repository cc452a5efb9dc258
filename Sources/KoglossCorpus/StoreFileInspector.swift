import Foundation
import KoglossAlign
import KoglossText
import GRDB

/// Looks at an existing store file before anything writes to it, so a file that is not a kogloss corpus,
/// or one written by a newer kogloss, is refused and left byte-identical.
enum StoreFileInspector {
    static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

    /// What is at the store's path, as far as the first bytes tell.
    enum FileState { case missing, empty, database }

    /// Throws `InputError` naming `url` if the file exists and must not be opened for writing.
    static func check(_ url: URL) throws {
        let path = url.path
        guard try fileState(url) == .database else { return }   // an empty file is an empty database: it becomes a new store
        let sidecars = Sidecars(path)
        var config = Configuration()
        config.readonly = true
        config.label = "kogloss.corpus.inspect"
        // A batch import may hold the write lock: wait for it rather than report "database is locked".
        config.busyMode = .timeout(30)
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            _ = try queue.read { db in try appliedMigrations(db, path: path) }
        } catch let error as InputError {
            sidecars.removeOurs()
            throw error
        } catch let error as DatabaseError {
            sidecars.removeOurs()
            throw inputError(error, path: path, reading: false)
        }
    }

    /// Throws `InputError` for a directory, an unreadable file or one that is not SQLite; otherwise says
    /// whether there is a file and whether it is empty.
    static func fileState(_ url: URL) throws -> FileState {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue {
            throw InputError(file: path, message: "the corpus store is a directory", hint: "pass a file path with --store")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, message: "cannot read the corpus store", hint: "check the file's permissions")
        }
        let head = handle.readData(ofLength: 100)
        try? handle.close()
        if head.isEmpty { return .empty }
        guard head.count >= sqliteHeader.count, Array(head.prefix(sqliteHeader.count)) == sqliteHeader else {
            throw InputError(file: path, byteOffset: 0, message: "not a kogloss corpus: the file is not an SQLite database",
                             hint: "pass another path with --store, or move this file away")
        }
        return .database
    }

    /// The kogloss migrations applied to the open database (none for a new, empty one); throws `InputError`
    /// for another application's database or one written by a newer kogloss.
    static func appliedMigrations(_ db: Database, path: String) throws -> Set<String> {
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        var applied: [String] = []
        if tables.contains("grdb_migrations") {
            applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        } else if !tables.isEmpty {
            throw InputError(file: path, message: "not a kogloss corpus: an SQLite database with other tables",
                             hint: "pass another path with --store")
        }
        let unknown = applied.filter { !CorpusSchema.migrationIdentifiers.contains($0) }
        if userVersion > CorpusSchema.version || !unknown.isEmpty {
            throw InputError(file: path,
                             message: "the corpus was written by a newer kogloss (schema \(max(userVersion, applied.count)); this build knows up to \(CorpusSchema.version))",
                             hint: "upgrade kogloss to use this store; it was left unchanged")
        }
        return Set(applied)
    }

    /// An SQLite failure while opening or checking the store, in words. Only a damaged or foreign file is
    /// "not a corpus"; a full disk or read-only media is not the store's fault.
    static func inputError(_ error: DatabaseError, path: String, reading: Bool) -> InputError {
        let damaged = [ResultCode.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode.primaryResultCode)
        let detail = error.message ?? "\(error.resultCode)"
        if damaged {
            return InputError(file: path, message: "not a usable kogloss corpus: \(detail)",
                              hint: "pass another path with --store, or move this file away")
        }
        let diskFull = [ResultCode.SQLITE_IOERR, .SQLITE_FULL].contains(error.resultCode.primaryResultCode)
        return InputError(file: path, message: "cannot open the corpus: \(detail)",
                          hint: reading && !diskFull ? "check the permissions of the file and its folder; the store was left unchanged"
                                                     : "check free disk space and that the folder is writable; the store was left unchanged")
    }

    /// Opening a WAL database, even read-only, creates empty -wal/-shm files: on refusal they are removed
    /// again when they are ours, so a refused store is left exactly as found.
    struct Sidecars {
        let path: String
        /// The -wal/-shm files that did not exist before the open.
        let absent: [String]

        init(_ path: String) {
            self.path = path
            absent = [path + "-wal", path + "-shm"].filter { !FileManager.default.fileExists(atPath: $0) }
        }

        func removeOurs() {
            let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            guard walSize == 0 else { return }
            for file in absent { try? FileManager.default.removeItem(atPath: file) }
        }
    }
}
