import Foundation
import KoglossAlign
import KoglossText
import GRDB

extension CorpusStore {
    /// Paragraphs matching `query` in corpus order, each with its aligned counterpart, at most `limit`.
    public func concordance(_ query: String, limit: Int = 50) throws -> [ConcordanceHit] {
        try concordance(ConcordanceQuery(query), limit: limit)
    }

    /// Runs a parsed query.
    public func concordance(_ query: ConcordanceQuery, limit: Int = 50) throws -> [ConcordanceHit] {
        try pool.read { db in
            var highlighted: [Int64: String] = [:]
            let ids: [Int64]
            switch query.language {
            case .english:
                let rows = try Row.fetchAll(db, sql: """
                    SELECT rowid, highlight(paragraph_en_fts, 0, char(1), char(2)) AS marked
                    FROM paragraph_en_fts WHERE paragraph_en_fts MATCH ? ORDER BY rowid LIMIT ?
                    """, arguments: [query.englishPhrase, limit])
                ids = rows.map { $0["rowid"] }
                for row in rows { highlighted[row["rowid"]] = row["marked"] }
            case .korean:
                let confirm = query.koreanTermsToConfirm
                let checks = confirm.map { _ in " AND instr(lower(p.text), lower(?)) > 0" }.joined()
                let sql = confirm.isEmpty
                    ? "SELECT rowid FROM paragraph_ko_fts WHERE paragraph_ko_fts MATCH ? ORDER BY rowid LIMIT ?"
                    : "SELECT f.rowid FROM paragraph_ko_fts f JOIN paragraph p ON p.id = f.rowid WHERE paragraph_ko_fts MATCH ?\(checks) ORDER BY f.rowid LIMIT ?"
                let arguments: [DatabaseValueConvertible] = [query.koreanMatch] + confirm.map { $0 as DatabaseValueConvertible } + [limit]
                ids = try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments))
            }
            return try ids.compactMap { id in
                try Self.hit(paragraphID: id, query: query, marked: highlighted[id], in: db)
            }
        }
    }

    static func hit(paragraphID: Int64, query: ConcordanceQuery, marked: String?, in db: Database) throws -> ConcordanceHit? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT p.pair_id, p.lang, p.idx, p.bead, pair.title FROM paragraph p JOIN pair ON pair.id = p.pair_id WHERE p.id = ?
            """), arguments: [paragraphID]) else { return nil }
        let pairID: Int64 = row["pair_id"]
        let index: Int = row["idx"]
        let beadIndex: Int? = row["bead"]
        var koIndices: [Int] = [], enIndices: [Int] = []
        var confidence: Double?
        if let beadIndex, let bead = try Row.fetchOne(db.cachedStatement(sql: "SELECT ko, en, confidence FROM bead WHERE pair_id = ? AND idx = ?"), arguments: [pairID, beadIndex]) {
            koIndices = indices(bead["ko"])
            enIndices = indices(bead["en"])
            confidence = bead["confidence"]
        } else if query.language == .korean {
            koIndices = [index]
        } else {
            enIndices = [index]
        }
        func lines(_ lang: String, _ wanted: [Int]) throws -> [ConcordanceHit.Line] {
            guard !wanted.isEmpty else { return [] }
            let sql = "SELECT idx, kind, text FROM paragraph WHERE pair_id = ? AND lang = ? AND idx IN (\(wanted.map { _ in "?" }.joined(separator: ","))) ORDER BY idx"
            return try Row.fetchAll(db.cachedStatement(sql: sql),
                                    arguments: StatementArguments([pairID, lang] as [DatabaseValueConvertible] + wanted.map { $0 as DatabaseValueConvertible })).map { r in
                let i: Int = r["idx"]
                let text: String = r["text"]
                var highlights: [Range<Int>] = []
                if i == index && lang == query.language.rawValue {
                    highlights = marked.map { HitHighlighter.ranges(inMarked: $0) } ?? HitHighlighter.ranges(of: query.terms, in: text)
                }
                return ConcordanceHit.Line(index: i, kind: r["kind"], text: text, highlights: highlights)
            }
        }
        return ConcordanceHit(pairID: pairID, title: row["title"], language: query.language, paragraphIndex: index,
                              confidence: confidence, korean: try lines("ko", koIndices), english: try lines("en", enIndices))
    }
}
