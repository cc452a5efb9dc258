import GRDB

/// The corpus schema as versioned GRDB migrations. Append new migrations; never edit applied ones.
/// `PRAGMA user_version` mirrors the number of migrations so other tools can see the version too.
enum CorpusSchema {
    /// Identifiers of every migration this build knows, in order.
    static let migrationIdentifiers = ["v1-pairs-paragraphs-beads-fts"]
    /// The schema version this build writes (`user_version`).
    static var version: Int { migrationIdentifiers.count }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(migrationIdentifiers[0]) { db in
            try db.execute(sql: """
                CREATE TABLE pair (
                    id INTEGER PRIMARY KEY,
                    title TEXT,
                    url TEXT,
                    date TEXT,
                    translator TEXT,
                    english_file TEXT,
                    korean_file TEXT,
                    english_text TEXT NOT NULL,
                    korean_text TEXT NOT NULL,
                    content_hash TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE INDEX pair_by_url ON pair(url) WHERE url IS NOT NULL;
                CREATE INDEX pair_by_files ON pair(english_file, korean_file) WHERE english_file IS NOT NULL;

                -- One row per paragraph of either language; `bead` is the index of the bead holding it.
                -- `search_key` (Korean only): the tokens the Korean index holds (KoreanSearchKey).
                CREATE TABLE paragraph (
                    id INTEGER PRIMARY KEY,
                    pair_id INTEGER NOT NULL REFERENCES pair(id) ON DELETE CASCADE,
                    lang TEXT NOT NULL CHECK (lang IN ('en', 'ko')),
                    idx INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    byte_start INTEGER NOT NULL,
                    byte_end INTEGER NOT NULL,
                    bead INTEGER,
                    search_key TEXT NOT NULL DEFAULT '',
                    UNIQUE (pair_id, lang, idx)
                );

                -- Paragraph indices as comma-separated lists ("0,1"), in document order.
                CREATE TABLE bead (
                    pair_id INTEGER NOT NULL REFERENCES pair(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    ko TEXT NOT NULL,
                    en TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    PRIMARY KEY (pair_id, idx)
                ) WITHOUT ROWID;

                -- Full-text indexes over the paragraph table (external content, kept in step by CorpusStore in the same
                -- transaction; not by triggers, whose statement savepoints make FTS5 flush on every row, 5x slower):
                -- English words with Porter stemming; Korean search keys (see KoreanSearchKey: short stems, and the
                -- 3-character sequences inside words). SQLite's trigram tokenizer over the Korean text did the same
                -- job at more tokens and twice the import time.
                CREATE VIRTUAL TABLE paragraph_en_fts USING fts5(
                    text, content='paragraph', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2', columnsize=0);
                CREATE VIRTUAL TABLE paragraph_ko_fts USING fts5(
                    search_key, content='paragraph', content_rowid='id', tokenize='unicode61 remove_diacritics 0', detail='none', columnsize=0);

                -- Paragraphs are replaced, never edited, so the indexes cannot drift.
                CREATE TRIGGER paragraph_is_immutable BEFORE UPDATE ON paragraph BEGIN
                    SELECT RAISE(ABORT, 'paragraphs are immutable; delete and insert');
                END;
                """)
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        return migrator
    }
}
