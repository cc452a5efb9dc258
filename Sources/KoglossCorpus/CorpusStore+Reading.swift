import Foundation
import KoglossText
import GRDB

extension CorpusStore {
    /// Opens an existing store for commands that only read it (concordance, pairs list/show, export, lint):
    /// no migration and no write, so a store on read-only media or in a read-only file can be searched.
    ///
    /// - A store whose file and folder are writable is opened with one read-write connection that only
    ///   reads (GRDB reads run with `PRAGMA query_only`; `CorpusStore.write` refuses): unlike a read-only
    ///   connection, it removes the `-wal`/`-shm` files it creates when it closes, so reading leaves the
    ///   folder as it was.
    /// - Otherwise the connection is read-only. A WAL database needs its `-shm` file; when that cannot be
    ///   created (read-only mount, 0555 folder) and no other connection has one open, the file is opened
    ///   `immutable` (SQLite then reads the WAL, if any, into private memory): nobody can be writing it.
    /// - A store whose schema is behind this build is migrated when it is writable (as every command did
    ///   before), else refused: "needs upgrading; open it once with write access".
    ///
    /// Throws `InputError` for a missing file, a file that is not a kogloss corpus, one from a newer
    /// kogloss, and a store that cannot be opened.
    public static func openForReading(path: URL) throws -> CorpusStore {
        switch try StoreFileInspector.fileState(path) {
        case .missing:
            throw InputError(file: path.path, message: "no corpus here yet", hint: "import pairs first (kogloss import EN KO), or pass --store")
        case .empty:
            return try upgrading(path, applied: 0)
        case .database:
            break
        }
        let writable = access(path.path, W_OK) == 0 && access(path.deletingLastPathComponent().path, W_OK) == 0
        let reader: DatabaseQueue
        let applied: Set<String>
        let sidecars = StoreFileInspector.Sidecars(path.path)
        do {
            func open(_ location: String, writable: Bool) throws -> (DatabaseQueue, Set<String>) {
                let queue = try openReader(location, writable: writable)
                return (queue, try queue.read { db in try StoreFileInspector.appliedMigrations(db, path: path.path) })
            }
            do {
                (reader, applied) = try open(path.path, writable: writable)
            } catch let error as DatabaseError where !writable && cannotShareMemory(error, path: path.path) {
                (reader, applied) = try open(immutableURI(path), writable: false)
            }
        } catch let error as DatabaseError {
            sidecars.removeOurs()
            throw StoreFileInspector.inputError(error, path: path.path, reading: true)
        } catch {
            sidecars.removeOurs()   // a foreign or newer store, refused
            throw error
        }
        guard applied == Set(CorpusSchema.migrationIdentifiers) else {
            try? reader.close()
            return try upgrading(path, applied: applied.count)
        }
        return CorpusStore(path: path, database: reader, readOnly: true)
    }

    /// A store whose schema is behind: migrated when we may write it, else refused naming what to do.
    private static func upgrading(_ path: URL, applied: Int) throws -> CorpusStore {
        let writable = access(path.path, W_OK) == 0 && access(path.deletingLastPathComponent().path, W_OK) == 0
        guard writable else {
            throw InputError(file: path.path,
                             message: "the store at \(path.path) needs upgrading (schema \(applied); this kogloss uses \(CorpusSchema.version))",
                             hint: "open it once with write access (for example kogloss pairs list on a writable copy); it was left unchanged")
        }
        return try CorpusStore(path: path)
    }

    private static func openReader(_ location: String, writable: Bool) throws -> DatabaseQueue {
        var config = Configuration()
        config.label = "kogloss.corpus.read"
        config.readonly = !writable
        // A batch import may be committing: wait for it rather than report "database is locked".
        config.busyMode = .timeout(30)
        // Reads run with query_only (GRDB's read); CorpusStore.write refuses the rest.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -65536") }
        return try DatabaseQueue(path: location, configuration: config)
    }

    /// Whether a read-only open failed because the WAL index (`-shm`) could not be created or written
    /// (CANTOPEN on a read-only mount, READONLY in a 0555 folder, IOERR on a full disk) while no other
    /// connection holds one: then the immutable open is safe.
    private static func cannotShareMemory(_ error: DatabaseError, path: String) -> Bool {
        let code = error.resultCode.primaryResultCode
        return [ResultCode.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_IOERR].contains(code)
            && !FileManager.default.fileExists(atPath: path + "-shm")
    }

    /// `file:///PATH?immutable=1` (SQLite URI filename; Debian's SQLite accepts URIs without a flag).
    private static func immutableURI(_ path: URL) -> String {
        let escaped = path.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path.path
        return "file://" + escaped + "?immutable=1"
    }
}
