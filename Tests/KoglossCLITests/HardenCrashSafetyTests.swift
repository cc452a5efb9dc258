import Foundation
import Testing
import KoglossText

/// SIGKILL at random moments during the commands that write the termbase or the corpus: afterwards the
/// data is exactly the state before or the state after the command, never something in between.
@Suite struct HardenCrashSafetyTests {
    static let iterations = 100

    /// A folder termbase: the starter glossary plus a second file, so updates can touch two files.
    static func makeGlossary(in dir: URL) throws -> URL {
        let glossary = dir.appendingPathComponent("g")
        try FileManager.default.createDirectory(at: glossary, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("glossary/dailynk.tbx"),
                                         to: glossary.appendingPathComponent("dailynk.tbx"))
        let setup = try CLIRunner.run(["glossary", "add", "--id", "extra-seed", "--ko", "시험부대", "--en", "Test Unit",
                                       "--file", "extra.tbx", "--glossary", "g"], in: dir)
        #expect(setup.status == 0, "\(setup.stderr)")
        return glossary
    }

    /// Runs `arguments` to completion once to learn the state after, then `iterations` times from the state
    /// before with a SIGKILL at a random moment, checking the folder each time.
    func killLoop(_ label: String, seed: UInt64, prepare: (URL) throws -> Void = { _ in }, _ arguments: [String]) throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-kill-\(label)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let glossary = try Self.makeGlossary(in: dir)
        try prepare(dir)
        let before = try FolderSnapshot(glossary)
        let duration = try HardenProcess.duration(arguments, in: dir)
        let after = try FolderSnapshot(glossary)
        #expect(before != after, "the command changed nothing")
        for state in [before, after] {
            try state.restore(to: glossary)
            let loads = try CLIRunner.run(["glossary", "stats", "--glossary", "g"], in: dir)
            try #require(loads.status == 0, "\(label): a reference state does not load: \(loads.stderr)")
        }
        var random = SplitMix64(seed: seed)
        var completed = 0, killed = 0
        for i in 0..<Self.iterations {
            try before.restore(to: glossary)
            let delay = UInt32.random(in: 0...(duration + duration / 3), using: &random)
            if try HardenProcess.runKilled(arguments, in: dir, afterMicroseconds: delay) { completed += 1 } else { killed += 1 }
            let state = try FolderSnapshot(glossary)
            try #require(state == before || state == after,
                         "\(label): iteration \(i) (seed \(seed), kill after \(delay) µs) left \(state); before: \(before); after: \(after)")
        }
        // A useful run kills most commands part-way rather than before they start or after they end.
        #expect(killed > 0, "\(label): no run was killed (command takes \(duration) µs)")
        // The glossary stays usable after a kill (stale lock and temp files do not matter): from the state
        // before, the command still completes and gives the state after.
        try before.restore(to: glossary)
        _ = try HardenProcess.runKilled(arguments, in: dir, afterMicroseconds: duration / 2)
        if try FolderSnapshot(glossary) == before {
            let again = try CLIRunner.run(arguments, in: dir)
            #expect(again.status == 0, "\(label): \(again.stderr)")
            #expect(try FolderSnapshot(glossary) == after, "\(label): the run after a kill gave another result")
        }
    }

    @Test func glossaryAddSurvivesSIGKILL() throws {
        try killLoop("add", seed: 1, ["glossary", "add", "--ko", "국경경비총국", "--en", "General Bureau of Border Guards",
                                      "--subject", "institution", "--glossary", "g"])
    }

    @Test func glossaryEditSurvivesSIGKILL() throws {
        try killLoop("edit", seed: 2, ["glossary", "edit", "korean-peoples-army", "--add-en", "North Korean army",
                                       "--note", "edited under SIGKILL", "--glossary", "g"])
    }

    /// Import into a separate file of the folder (one file written).
    @Test func glossaryImportSurvivesSIGKILL() throws {
        try killLoop("import", seed: 3, prepare: { dir in
            var csv = "id,subject_field,ko,en\n"
            for i in 0..<40 { csv += "harden-\(i),institution,시험기관\(i),Test Institution \(i)\n" }
            try Data(csv.utf8).write(to: dir.appendingPathComponent("new.csv"))
        }, ["glossary", "import", "new.csv", "--file", "imported.tbx", "--glossary", "g"])
    }
}

/// SIGKILL during `kogloss import --batch`: the store stays a valid SQLite database and each pair is there
/// with all its paragraphs and beads, or not at all.
@Suite struct HardenBatchImportCrashTests {
    /// english_file -> "en paragraphs|ko paragraphs|beads" for every stored pair.
    static func pairShapes(_ store: URL) throws -> [String: String] {
        let rows = try SQLiteShell.query(store, """
            SELECT english_file || '=' || (SELECT count(*) FROM paragraph WHERE pair_id = p.id AND lang = 'en') || '|' ||
                   (SELECT count(*) FROM paragraph WHERE pair_id = p.id AND lang = 'ko') || '|' ||
                   (SELECT count(*) FROM bead WHERE pair_id = p.id) FROM pair p;
            """)
        var shapes: [String: String] = [:]
        for row in rows {
            let parts = row.split(separator: "=", maxSplits: 1).map(String.init)
            shapes[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        return shapes
    }

    static func checkIntegrity(_ store: URL, _ context: String) throws {
        let check = try SQLiteShell.query(store, "PRAGMA integrity_check;")
        try #require(check == ["ok"], "\(context): integrity_check: \(check)")
        // Every FTS5 index must match its content table (kept in step by the same transaction).
        let indexes = try SQLiteShell.query(store, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%';")
        try #require(!indexes.isEmpty, "\(context): no full-text index in the store")
        for table in indexes {
            _ = try SQLiteShell.query(store, "INSERT INTO \(table)(\(table)) VALUES('integrity-check');")
        }
    }

    @Test func batchImportSurvivesSIGKILL() throws {
        try #require(SQLiteShell.path != nil, "the sqlite3 shell is needed (apt-get install sqlite3)")
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-kill-batch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pairs = dir.appendingPathComponent("pairs"), storeFolder = dir.appendingPathComponent("store")
        try FileManager.default.createDirectory(at: pairs, withIntermediateDirectories: true)
        let evaluation = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/align-eval")
        for n in ["01", "02", "03", "04", "05", "06"] {
            for suffix in [".en.txt", ".ko.txt"] {
                try FileManager.default.copyItem(at: evaluation.appendingPathComponent(n + suffix), to: pairs.appendingPathComponent(n + suffix))
            }
        }
        let store = storeFolder.appendingPathComponent("corpus.sqlite")
        // Before: a store holding two of the pairs.
        let first = try CLIRunner.run(["import", "pairs/01.en.txt", "pairs/01.ko.txt", "--store", "store/corpus.sqlite"], in: dir)
        let second = try CLIRunner.run(["import", "pairs/02.en.txt", "pairs/02.ko.txt", "--store", "store/corpus.sqlite"], in: dir)
        try #require(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let before = try FolderSnapshot(storeFolder)
        let beforeShapes = try Self.pairShapes(store)
        let arguments = ["import", "--batch", "pairs", "--store", "store/corpus.sqlite"]
        let duration = try HardenProcess.duration(arguments, in: dir)
        let afterShapes = try Self.pairShapes(store)
        #expect(beforeShapes.count == 2 && afterShapes.count == 6)

        var random = SplitMix64(seed: 5)
        var killed = 0
        for i in 0..<HardenCrashSafetyTests.iterations {
            try before.restore(to: storeFolder)
            let delay = UInt32.random(in: 0...(duration + duration / 3), using: &random)
            if try !HardenProcess.runKilled(arguments, in: dir, afterMicroseconds: delay) { killed += 1 }
            let context = "iteration \(i) (kill after \(delay) µs)"
            try Self.checkIntegrity(store, context)
            let shapes = try Self.pairShapes(store)
            for (file, shape) in beforeShapes { try #require(shapes[file] == shape, "\(context): pair \(file) before the import changed") }
            for (file, shape) in shapes {
                try #require(afterShapes[file] == shape, "\(context): pair \(file) is partial: \(shape), complete: \(afterShapes[file] ?? "absent")")
            }
            // kogloss still opens the store after the kill.
            if i % 10 == 0 {
                let list = try CLIRunner.run(["pairs", "list", "--store", "store/corpus.sqlite"], in: dir)
                try #require(list.status == 0, "\(context): \(list.stderr)")
            }
        }
        #expect(killed > 0)
    }
}

