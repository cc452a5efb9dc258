import Foundation
import Testing

/// Regression tests for the corpus store's hardening findings (docs/hardening.md, "Bugs found"); the
/// known-bug tests that used to live here (bugs 4 and 7) are fixed and run in HardenJournalTests and
/// HardenReadOnlyStoreTests.

extension HardenRegressionTests {
    /// With the disk full before the store opens, the store inspector's read-only open cannot create the
    /// -shm file (SQLITE_IOERR) and the user is told "not a usable kogloss corpus ... move this file away"
    /// about an intact store.
    @Test func fullDiskAtOpenDoesNotCallTheStoreUnusable() throws {
        let (result, dir) = try HardenDiskTests.runInSandbox("""
            fill 16
            "$KOGLOSS" import --batch pairs --store m/st/c.sqlite; echo "status=$?"
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(HardenDiskTests.value("status", in: result.stdout) == "2")
        #expect(!result.stderr.contains("not a usable kogloss corpus"), "\(result.stderr)")
    }

    /// Same cause on a read-only mount: "unable to open database file" becomes "not a usable kogloss corpus".
    @Test func readOnlyStoreIsNotCalledUnusable() throws {
        let (result, dir) = try HardenDiskTests.runInSandbox("""
            mount -o remount,ro m || exit 94
            "$KOGLOSS" import --batch pairs --store m/st/c.sqlite; echo "status=$?"
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(HardenDiskTests.value("status", in: result.stdout) == "2")
        #expect(!result.stderr.contains("not a usable kogloss corpus"), "\(result.stderr)")
    }

}

extension HardenRegressionTests {
    /// "database is locked" reaches readers while a batch import writes: StoreFileInspector opens its
    /// read-only check connection without a busy timeout (CorpusStore's own pool has one).
    @Test func batchImportWhileConcordanceAndPairsQueryTheStore() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-concurrent-import")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pairs = dir.appendingPathComponent("pairs")
        try FileManager.default.createDirectory(at: pairs, withIntermediateDirectories: true)
        let evaluation = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/align-eval")
        var pairCount = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: evaluation.path) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: evaluation.appendingPathComponent(name), to: pairs.appendingPathComponent(name))
            if name.hasSuffix(".en.txt") { pairCount += 1 }
        }
        let first = try CLIRunner.run(["import", "pairs/01.en.txt", "pairs/01.ko.txt", "--store", "c.sqlite"], in: dir)
        try #require(first.status == 0, "\(first.stderr)")

        let concordances = HardenConcurrencyTests.ReaderLoop { try CLIRunner.run(["concordance", "army", "--store", "c.sqlite"], in: dir) }
        let listings = HardenConcurrencyTests.ReaderLoop { try CLIRunner.run(["pairs", "list", "--store", "c.sqlite"], in: dir) }
        for _ in 0..<2 {
            // Twice: the first run inserts, the second updates the same pairs in place.
            let batch = try CLIRunner.run(["import", "--batch", "pairs", "--store", "c.sqlite"], in: dir)
            #expect(batch.status == 0, "\(batch.stderr)")
            #expect(!batch.stderr.contains("locked"))
        }
        let concordanceRuns = concordances.finish(), listingRuns = listings.finish()
        #expect(concordanceRuns.count > 0 && listingRuns.count > 0)
        for run in concordanceRuns + listingRuns {
            #expect(run.status == 0, "reader failed during the import: \(run.stderr)")
            #expect(!run.stderr.contains("locked") && !run.stderr.contains("busy"), "\(run.stderr)")
        }
        // The batch is one transaction (fewer than 50 pairs): a reader sees 1 pair or all of them
        // (pair lines are indented; the closing "N pairs" line is not).
        for run in listingRuns {
            let count = run.stdout.split(separator: "\n").filter { $0.first == " " && $0.drop { $0 == " " }.first?.isNumber == true }.count
            #expect(count == 1 || count == pairCount, "torn read: \(count) pairs listed mid-import")
        }
    }
}

extension HardenRegressionTests {
    /// Found by the csv fuzz target (Tests/Fixtures/fuzz/crashes/csv-one-language.csv): `glossary import` of
    /// a CSV whose terms are all English, into its own file of a folder termbase, writes a file TBXReader
    /// refuses ("terms in one language only"), and from then on every command on the glossary fails.
    @Test func importingAOneLanguageCSVKeepsTheGlossaryLoadable() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-one-language")
        defer { try? FileManager.default.removeItem(at: dir) }
        let glossary = dir.appendingPathComponent("g")
        try FileManager.default.createDirectory(at: glossary, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("glossary/dailynk.tbx"),
                                         to: glossary.appendingPathComponent("dailynk.tbx"))
        try Data("id,en\nlone-term,Lone Term\n".utf8).write(to: dir.appendingPathComponent("en.csv"))
        let imported = try CLIRunner.run(["glossary", "import", "en.csv", "--file", "extra.tbx", "--glossary", "g"], in: dir)
        let lookup = try CLIRunner.run(["lookup", "조선인민군", "--glossary", "g"], in: dir)
        // Either the import is refused (and nothing written) or the glossary still loads.
        #expect(lookup.status == 0, "import status \(imported.status); lookup afterwards: \(lookup.stderr)")
    }
}

extension HardenRegressionTests {
    /// A TMX file of 2 GiB (sparse, so it costs no disk) traps in `Int32(buffer.count)` before parsing
    /// (Sources/KoglossXML/XMLStreamReader.swift:35): a crash instead of an InputError. Needs ~4 GB of memory.
    @Test func twoGibibyteTMXIsRefusedNotACrash() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-2gib")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("huge.tmx")
        try #require(FileManager.default.createFile(atPath: file.path, contents: Data("<tmx>".utf8)))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 1 << 31)
        try handle.close()
        let result = try CLIRunner.run(["import", "--tmx", "huge.tmx", "--store", "c.sqlite"], in: dir)
        #expect(result.status == 2, "status \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("huge.tmx"), "\(result.stderr.prefix(300))")
    }
}

extension HardenRegressionTests {
    /// Found by the csv fuzz target (Tests/Fixtures/fuzz/crashes/csv-control-character-term.csv): a CSV term
    /// made of a control character XML cannot hold is written as an empty <term>, and the starter glossary
    /// it was imported into no longer loads ("term section without a term").
    @Test func importingAControlCharacterTermKeepsTheGlossaryLoadable() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-control-term")
        defer { try? FileManager.default.removeItem(at: dir) }
        let glossary = dir.appendingPathComponent("g")
        try FileManager.default.createDirectory(at: glossary, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("glossary/dailynk.tbx"),
                                         to: glossary.appendingPathComponent("dailynk.tbx"))
        try Data("id,ko,en\nctl,\u{0E},Control Unit\n".utf8).write(to: dir.appendingPathComponent("ctl.csv"))
        let imported = try CLIRunner.run(["glossary", "import", "ctl.csv", "--glossary", "g"], in: dir)
        let lookup = try CLIRunner.run(["lookup", "조선인민군", "--glossary", "g"], in: dir)
        #expect(lookup.status == 0, "import status \(imported.status); lookup afterwards: \(lookup.stderr)")
    }
}

extension HardenRegressionTests {
    /// Same bug through `glossary add`: U+FFFF is written raw and the termbase no longer parses.
    @Test func addingANoncharacterTermKeepsTheGlossaryLoadable() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-noncharacter")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("glossary/dailynk.tbx"),
                                         to: dir.appendingPathComponent("g.tbx"))
        let added = try CLIRunner.run(["glossary", "add", "--ko", "가나", "--en", "Bad\u{FFFF}Name", "--glossary", "g.tbx"], in: dir)
        let lookup = try CLIRunner.run(["lookup", "조선인민군", "--glossary", "g.tbx"], in: dir)
        #expect(lookup.status == 0, "add status \(added.status); lookup afterwards: \(lookup.stderr)")
    }
}

/// Bugs the harness found that are fixed: their tests run in every `swift test`.
@Suite struct HardenRegressionTests {}
