import Foundation
import Testing

/// `kogloss import --batch` writing the store while `lint --corpus`, `lint --pair` and `pairs list` read
/// it (issue 5): no "database is locked" reaches the user, and no reader sees a torn batch or a half-stored
/// pair. The batch is one transaction, so every reader output must equal the output of a run made before
/// the batch or after it.
@Suite struct HardenConcurrentLintTests {
    struct Listed: Decodable, Equatable {
        var id: Int64
        var englishParagraphCount: Int
        var koreanParagraphCount: Int
        var beadCount: Int
    }

    @Test func batchImportWhileLintReadsTheCorpus() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-concurrent-lint")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pairs = dir.appendingPathComponent("pairs")
        try FileManager.default.createDirectory(at: pairs, withIntermediateDirectories: true)
        let evaluation = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/align-eval")
        for name in try FileManager.default.contentsOfDirectory(atPath: evaluation.path) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: evaluation.appendingPathComponent(name), to: pairs.appendingPathComponent(name))
        }
        let glossary = CLIRunner.packageRoot.appendingPathComponent("glossary").path
        let first = try CLIRunner.run(["import", "pairs/01.en.txt", "pairs/01.ko.txt", "--store", "c.sqlite"], in: dir)
        try #require(first.status == 0, "\(first.stderr)")

        let corpusLint = ["lint", "--corpus", "--store", "c.sqlite", "--glossary", glossary]
        // Pair 1 is stored before the batch (and updated in place by it); pair 20 only by the batch.
        let pairLint = ["lint", "--pair", "1", "--store", "c.sqlite", "--glossary", glossary]
        let laterPairLint = ["lint", "--pair", "20", "--store", "c.sqlite", "--glossary", glossary]
        let listing = ["pairs", "list", "--json", "--store", "c.sqlite"]
        let before = try [corpusLint, pairLint, laterPairLint].map { try CLIRunner.run($0, in: dir) }
        try #require(before[2].status == 2 && before[2].stderr.contains("no pair 20"), "\(before[2].stderr)")

        let loops = [corpusLint, pairLint, laterPairLint, listing].map { arguments in
            HardenConcurrencyTests.ReaderLoop { try CLIRunner.run(arguments, in: dir) }
        }
        for _ in 0..<2 {
            // Twice: the first run inserts, the second updates the same pairs in place.
            let batch = try CLIRunner.run(["import", "--batch", "pairs", "--store", "c.sqlite"], in: dir)
            #expect(batch.status == 0, "\(batch.stderr)")
        }
        let runs = loops.map { $0.finish() }
        let after = try [corpusLint, pairLint, laterPairLint].map { try CLIRunner.run($0, in: dir) }
        try #require(after.allSatisfy { $0.status == 0 || $0.status == 1 }, "\(after.map(\.stderr))")
        try #require(after[0].stdout != before[0].stdout, "the batch should change the corpus report")
        let finalListing = try CLIRunner.run(listing, in: dir)
        let complete = try JSONDecoder().decode([Listed].self, from: Data(finalListing.stdout.utf8))
        try #require(complete.count > 20)

        for (index, readerRuns) in runs.enumerated() {
            #expect(readerRuns.count > 0, "reader \(index) never ran")
            for run in readerRuns {
                #expect(!run.stderr.contains("locked") && !run.stderr.contains("busy"), "\(run.stderr)")
            }
        }
        // lint: exit 0 or 1 (findings), never another failure; output as before or as after the batch.
        for (index, readerRuns) in runs.prefix(3).enumerated() {
            for run in readerRuns {
                let matchesBefore = run.status == before[index].status && run.stdout == before[index].stdout
                let matchesAfter = run.status == after[index].status && run.stdout == after[index].stdout
                #expect(matchesBefore || matchesAfter,
                        "lint reader \(index) saw a state neither before nor after the batch: status \(run.status), \(run.stderr.prefix(300))")
                if index < 2 { #expect(run.status == 0 || run.status == 1, "\(run.stderr)") }
            }
        }
        // Every pair a listing shows is complete: its paragraph and bead counts are the final ones.
        let completeByID = Dictionary(uniqueKeysWithValues: complete.map { ($0.id, $0) })
        for run in runs[3] {
            #expect(run.status == 0, "pairs list during the batch: \(run.stderr)")
            guard run.status == 0, let seen = try? JSONDecoder().decode([Listed].self, from: Data(run.stdout.utf8)) else {
                Issue.record("pairs list --json printed something else: \(run.stdout.prefix(200))")
                continue
            }
            #expect(seen.count == 1 || seen.count == complete.count, "torn batch: \(seen.count) pairs listed mid-import")
            for pair in seen { #expect(completeByID[pair.id] == pair, "pair \(pair.id) incomplete mid-import: \(pair)") }
        }
    }
}
