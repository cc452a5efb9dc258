import Foundation
import KoglossAlign
import KoglossText
import GRDB

/// The SQLite corpus of aligned article pairs (GRDB, WAL, versioned migrations, FTS5 indexes).
/// Every write is one transaction: a failed import leaves the store as it was.
///
/// Re-import identity, checked in this order: the same URL; else the same English and Korean file names;
/// else the same content hash. A match is updated in place (same id); no duplicate is ever created.
/// An update replaces texts, paragraphs and beads; metadata the new import does not give (nil) is kept.
public final class CorpusStore: @unchecked Sendable {
    /// The store file.
    public let path: URL
    /// A `DatabasePool` when opened for writing; a single read-only connection from `openForReading`.
    let pool: any DatabaseWriter
    /// True when opened with `openForReading`: every write fails.
    public let isReadOnly: Bool
    let stemCache = StemCache()

    /// `.kogloss/corpus.sqlite` under the given directory (the project).
    public static func defaultPath(cwd: URL) -> URL {
        cwd.appendingPathComponent(".kogloss", isDirectory: true).appendingPathComponent("corpus.sqlite")
    }

    /// Opens or creates the store and applies pending migrations. Throws `InputError` (and leaves the file
    /// untouched) for a file that is not an SQLite database, not a kogloss corpus, or from a newer schema.
    public convenience init(path: URL) throws {
        self.init(path: path, database: try Self.openForWriting(path), readOnly: false)
    }

    init(path: URL, database: any DatabaseWriter, readOnly: Bool) {
        self.path = path
        self.pool = database
        self.isReadOnly = readOnly
    }

    /// The writable pool, migrated to the current schema.
    static func openForWriting(_ path: URL) throws -> DatabasePool {
        let folder = path.deletingLastPathComponent()
        if try StoreFileInspector.fileState(path) != .missing {
            // Say plainly that the store is read-only (SQLite would only say "unable to open database file").
            for location in [path, folder] where access(location.path, W_OK) != 0 {
                throw InputError(file: path.path, message: "cannot write the corpus store: \(String(cString: strerror(errno)))",
                                 hint: "the store is read-only here (read-only disk or permissions) and was left unchanged; concordance, pairs list, export and lint can still read it")
            }
        }
        try StoreFileInspector.check(path)
        if !FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw InputError(file: path.path, message: "cannot create the folder for the corpus store", hint: "check permissions or pass --store")
            }
        }
        var config = Configuration()
        config.label = "kogloss.corpus"
        config.foreignKeysEnabled = true
        // A batch import and readers may overlap: wait for the writer instead of failing.
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // FTS5 merges re-read index pages: a larger cache keeps big imports fast.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // Larger pages for a new store: FTS5 segments are big blobs (no effect on an existing file).
            try db.execute(sql: "PRAGMA page_size = 16384")
        }
        do {
            let pool = try DatabasePool(path: path.path, configuration: config)
            try CorpusSchema.migrator.migrate(pool)
            return pool
        } catch let error as DatabaseError {
            throw InputError(file: path.path, message: "cannot open the corpus store: \(error.message ?? "\(error.resultCode)")",
                             hint: "check the path and its permissions")
        }
    }

    /// Closes the database (also done on deinit).
    public func close() throws { try pool.close() }

    // MARK: Writing

    /// Stores a pair (insert or update by the identity rules) and returns its id.
    @discardableResult
    public func importPair(_ content: PairContent) throws -> Int64 {
        try save(content).id
    }

    /// Stores a pair in its own transaction and says whether it was new.
    public func save(_ content: PairContent) throws -> ImportOutcome {
        try content.validate(source: content.englishFile)
        return try write { db in try self.upsert(content, in: db, now: Self.timestamp()) }
    }

    /// Stores several pairs in one transaction: all or none.
    public func saveAll(_ contents: [PairContent]) throws -> [ImportOutcome] {
        for content in contents { try content.validate(source: content.englishFile) }
        let now = Self.timestamp()
        return try write { db in try contents.map { try self.upsert($0, in: db, now: now) } }
    }

    /// Stores a group of pairs, reporting each pair's result in its slot: invalid pairs are refused up
    /// front, the rest are written in one transaction (what batch import does for speed); should that
    /// transaction fail, each pair is retried in its own, so one bad pair never takes others with it and
    /// no pair is ever half-stored. (No savepoints: FTS5 flushes its index at each one.)
    public func saveEach(_ contents: [PairContent]) throws -> [Result<ImportOutcome, Error>] {
        var results: [Result<ImportOutcome, Error>?] = contents.map { content in
            do { try content.validate(source: content.englishFile); return nil } catch { return .failure(error) }
        }
        let valid = contents.indices.filter { results[$0] == nil }
        let now = Self.timestamp()
        do {
            let outcomes = try write { db in try valid.map { try self.upsert(contents[$0], in: db, now: now) } }
            for (i, outcome) in zip(valid, outcomes) { results[i] = .success(outcome) }
        } catch {
            for i in valid {
                results[i] = Result { try write { db in try self.upsert(contents[i], in: db, now: now) } }
            }
        }
        return results.map { $0! }
    }

    /// Deletes a pair; false when there was none with this id.
    @discardableResult
    public func removePair(id: Int64) throws -> Bool {
        try write { db in try Self.deletePair(id, in: db) }
    }

    /// Every write goes through here: a store opened for reading refuses before SQLite is asked.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        guard !isReadOnly else {
            throw InputError(file: path.path, message: "the corpus store was opened for reading only", hint: "open it with CorpusStore(path:) to change it")
        }
        return try pool.write(updates)
    }

    func upsert(_ content: PairContent, in db: Database, now: String) throws -> ImportOutcome {
        let english = CanonicalText.nfc(content.englishText)
        let korean = CanonicalText.nfc(content.koreanText)
        let hash = ContentHash.of(nfcEnglish: english, nfcKorean: korean)
        var existing: Int64?
        if let url = content.url {
            existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM pair WHERE url = ? ORDER BY id LIMIT 1"), arguments: [url])
        }
        if existing == nil, let en = content.englishFile, let ko = content.koreanFile {
            existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM pair WHERE english_file = ? AND korean_file = ? ORDER BY id LIMIT 1"), arguments: [en, ko])
        }
        let sameHash = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM pair WHERE content_hash = ?"), arguments: [hash])
        if existing == nil { existing = sameHash }
        // Another row with this very content would become a duplicate: the matched row absorbs it.
        if let sameHash, let existing, sameHash != existing {
            _ = try Self.deletePair(sameHash, in: db)
        }

        let id: Int64
        let outcome: ImportOutcome
        if let existing {
            id = existing
            try db.execute(sql: """
                UPDATE pair SET title = coalesce(?, title), url = coalesce(?, url), date = coalesce(?, date),
                    translator = coalesce(?, translator), english_file = coalesce(?, english_file), korean_file = coalesce(?, korean_file),
                    english_text = ?, korean_text = ?, content_hash = ?, updated_at = ? WHERE id = ?
                """, arguments: [content.title, content.url, content.date, content.translator, content.englishFile,
                                 content.koreanFile, english, korean, hash, now, id])
            try Self.deleteContent(ofPair: id, in: db)
            outcome = .updated(id)
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO pair (title, url, date, translator, english_file, korean_file, english_text, korean_text,
                    content_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [content.title, content.url, content.date, content.translator, content.englishFile,
                                 content.koreanFile, english, korean, hash, now, now])
            id = db.lastInsertedRowID
            outcome = .inserted(id)
        }

        var beadOfKo = [Int: Int](), beadOfEn = [Int: Int]()
        for (b, bead) in content.beads.enumerated() {
            for i in bead.ko { beadOfKo[i] = b }
            for i in bead.en { beadOfEn[i] = b }
        }
        let insertParagraph = try db.cachedStatement(sql: """
            INSERT INTO paragraph (pair_id, lang, idx, kind, text, byte_start, byte_end, bead, search_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, p) in content.englishParagraphs.enumerated() {
            try insertParagraph.execute(arguments: [id, "en", i, p.kind.rawValue, CanonicalText.nfc(p.text),
                                                    p.range.lowerBound, p.range.upperBound, beadOfEn[i], ""])
        }
        for (i, p) in content.koreanParagraphs.enumerated() {
            let text = CanonicalText.nfc(p.text)
            try insertParagraph.execute(arguments: [id, "ko", i, p.kind.rawValue, text,
                                                    p.range.lowerBound, p.range.upperBound, beadOfKo[i], KoreanSearchKey.key(for: text, stems: stemCache)])
        }
        let indexEnglish = try db.cachedStatement(sql: "INSERT INTO paragraph_en_fts (rowid, text) SELECT id, text FROM paragraph WHERE pair_id = ? AND lang = 'en'")
        try indexEnglish.execute(arguments: [id])
        let indexKorean = try db.cachedStatement(sql: "INSERT INTO paragraph_ko_fts (rowid, search_key) SELECT id, search_key FROM paragraph WHERE pair_id = ? AND lang = 'ko'")
        try indexKorean.execute(arguments: [id])
        let insertBead = try db.cachedStatement(sql: "INSERT INTO bead (pair_id, idx, ko, en, confidence) VALUES (?, ?, ?, ?, ?)")
        for (b, bead) in content.beads.enumerated() {
            try insertBead.execute(arguments: [id, b, Self.indexList(bead.ko), Self.indexList(bead.en), bead.confidence])
        }
        return outcome
    }

    /// Deletes a pair and everything it owns, index entries included; false if it did not exist.
    static func deletePair(_ id: Int64, in db: Database) throws -> Bool {
        try deleteContent(ofPair: id, in: db)
        try db.cachedStatement(sql: "DELETE FROM pair WHERE id = ?").execute(arguments: [id])
        return db.changesCount > 0
    }

    /// Removes a pair's paragraphs (and their full-text entries, which need the old values) and beads.
    static func deleteContent(ofPair id: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO paragraph_en_fts (paragraph_en_fts, rowid, text) SELECT 'delete', id, text FROM paragraph WHERE pair_id = ? AND lang = 'en'
            """).execute(arguments: [id])
        try db.cachedStatement(sql: """
            INSERT INTO paragraph_ko_fts (paragraph_ko_fts, rowid, search_key) SELECT 'delete', id, search_key FROM paragraph WHERE pair_id = ? AND lang = 'ko'
            """).execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM paragraph WHERE pair_id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM bead WHERE pair_id = ?").execute(arguments: [id])
    }

    // MARK: Reading

    /// The pair with this id, or nil.
    public func pair(id: Int64) throws -> StoredPair? {
        try pool.read { db in try Self.loadPair(id: id, in: db) }
    }

    /// Every pair, in id order.
    public func allPairs() throws -> [StoredPair] {
        try pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM pair ORDER BY id").compactMap { try Self.loadPair(id: $0, in: db) }
        }
    }

    /// Every pair without its texts, in id order.
    public func summaries() throws -> [PairSummary] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.title, p.url, p.date, p.translator, p.english_file, p.korean_file, p.updated_at,
                    (SELECT count(*) FROM paragraph WHERE pair_id = p.id AND lang = 'en') AS en_count,
                    (SELECT count(*) FROM paragraph WHERE pair_id = p.id AND lang = 'ko') AS ko_count,
                    (SELECT count(*) FROM bead WHERE pair_id = p.id) AS bead_count
                FROM pair p ORDER BY p.id
                """).map { row in
                PairSummary(id: row["id"], title: row["title"], url: row["url"], date: row["date"], translator: row["translator"],
                            englishFile: row["english_file"], koreanFile: row["korean_file"],
                            englishParagraphCount: row["en_count"], koreanParagraphCount: row["ko_count"],
                            beadCount: row["bead_count"], updatedAt: row["updated_at"])
            }
        }
    }

    /// Number of stored pairs.
    public func pairCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM pair") ?? 0 }
    }

    static func loadPair(id: Int64, in db: Database) throws -> StoredPair? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM pair WHERE id = ?", arguments: [id]) else { return nil }
        var english: [Paragraph] = [], korean: [Paragraph] = []
        for p in try Row.fetchAll(db, sql: "SELECT lang, kind, text, byte_start, byte_end FROM paragraph WHERE pair_id = ? ORDER BY lang, idx", arguments: [id]) {
            let kind = ParagraphKind(rawValue: p["kind"]) ?? .body
            let start: Int = p["byte_start"], end: Int = p["byte_end"]
            let paragraph = Paragraph(text: p["text"], kind: kind, range: start..<max(start, end))
            if (p["lang"] as String) == "en" { english.append(paragraph) } else { korean.append(paragraph) }
        }
        let beads = try Row.fetchAll(db, sql: "SELECT ko, en, confidence FROM bead WHERE pair_id = ? ORDER BY idx", arguments: [id]).map { b in
            Bead(ko: indices(b["ko"]), en: indices(b["en"]), confidence: b["confidence"])
        }
        let content = PairContent(englishText: row["english_text"], koreanText: row["korean_text"],
                                  englishParagraphs: english, koreanParagraphs: korean, beads: beads,
                                  title: row["title"], url: row["url"], date: row["date"], translator: row["translator"],
                                  englishFile: row["english_file"], koreanFile: row["korean_file"])
        return StoredPair(id: id, content: content, contentHash: row["content_hash"], createdAt: row["created_at"], updatedAt: row["updated_at"])
    }

    static func indexList(_ indices: [Int]) -> String { indices.map(String.init).joined(separator: ",") }
    static func indices(_ list: String) -> [Int] { list.split(separator: ",").compactMap { Int($0) } }

    /// `2024-04-05T10:11:12Z` (UTC) for `date`.
    static func timestamp(_ date: Date = Date()) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
