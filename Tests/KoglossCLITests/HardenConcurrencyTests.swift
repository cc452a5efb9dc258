import Foundation
import Testing

/// Several kogloss processes on the same termbase or store at once: no lost update, no reader seeing a
/// half-written file or a half-stored batch, no "database is locked" reaching the user.
@Suite struct HardenConcurrencyTests {
    /// Runs `body` repeatedly on a background thread until `done` is set; returns what each run gave.
    final class ReaderLoop: @unchecked Sendable {
        private let lock = NSLock()
        private var stop = false
        private(set) var results: [CLIResult] = []
        private let finished = DispatchSemaphore(value: 0)

        init(_ body: @escaping @Sendable () throws -> CLIResult) {
            Thread.detachNewThread { [self] in
                while !lock.withLock({ stop }) {
                    if let result = try? body() { lock.withLock { results.append(result) } }
                }
                finished.signal()
            }
        }

        func finish() -> [CLIResult] {
            lock.withLock { stop = true }
            finished.wait()
            return lock.withLock { results }
        }
    }

    @Test func eightSimultaneousGlossaryAddsAllLandWhileReadersSeeWholeFiles() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-concurrent-add")
        defer { try? FileManager.default.removeItem(at: dir) }
        let glossary = dir.appendingPathComponent("g")
        try FileManager.default.createDirectory(at: glossary, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("glossary/dailynk.tbx"),
                                         to: glossary.appendingPathComponent("dailynk.tbx"))
        let article = "The Korean People's Army and the Strategic Military Command met in Ryanggang Province on Mar. 31.\n"
        try Data(article.utf8).write(to: dir.appendingPathComponent("article.txt"))
        let lookupReference = try CLIRunner.run(["lookup", "조선인민군", "--glossary", "g"], in: dir)
        let lintReference = try CLIRunner.run(["lint", "article.txt", "--glossary", "g"], in: dir)
        try #require(lookupReference.status == 0, "\(lookupReference.stderr)")
        try #require(!lintReference.stdout.isEmpty && lintReference.stderr.isEmpty, "\(lintReference.stderr)")

        let lookups = ReaderLoop { try CLIRunner.run(["lookup", "조선인민군", "--glossary", "g"], in: dir) }
        let lints = ReaderLoop { try CLIRunner.run(["lint", "article.txt", "--glossary", "g"], in: dir) }
        var expected: [String] = []
        for round in 0..<4 {
            var writers: [Process] = []
            for i in 0..<8 {
                let id = "concurrent-\(round)-\(i)"
                expected.append(id)
                writers.append(try HardenProcess.start(["glossary", "add", "--id", id, "--ko", "동시부대\(round)\(i)",
                                                        "--en", "Concurrent Unit \(round) \(i)", "--glossary", "g"], in: dir))
            }
            for writer in writers {
                writer.waitUntilExit()
                #expect(writer.terminationStatus == 0, "a concurrent glossary add failed in round \(round)")
            }
        }
        let lookupRuns = lookups.finish(), lintRuns = lints.finish()

        let list = try CLIRunner.run(["glossary", "list", "--glossary", "g"], in: dir)
        try #require(list.status == 0, "\(list.stderr)")
        let ids = Set(list.stdout.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") })
        for id in expected { #expect(ids.contains(id), "lost update: \(id) missing") }

        #expect(lookupRuns.count > 0 && lintRuns.count > 0)
        for run in lookupRuns {
            #expect(run.status == 0 && run.stdout == lookupReference.stdout, "lookup during writes: \(run.status) \(run.stderr)")
        }
        for run in lintRuns {
            #expect(run.status == lintReference.status && run.stdout == lintReference.stdout && run.stderr.isEmpty,
                    "lint during writes: \(run.status) \(run.stderr)")
        }
    }
}
