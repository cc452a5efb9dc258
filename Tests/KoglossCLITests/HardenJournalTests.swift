import Foundation
import Testing
import KoglossText
#if canImport(Glibc)
import Glibc
#endif

/// Bug 4 (docs/hardening.md): an update that changes two files of a folder termbase commits through the
/// rename journal `FOLDER/.kogloss.pending`. SIGKILL at any moment leaves a termbase that loads as the
/// state before or the state after; readers running during such updates never see one file new and the
/// other old; a read-only folder with a pending journal shows the state after.
@Suite struct HardenJournalTests {
    static let journalName = ".kogloss.pending"

    /// A small folder termbase `g/base.tbx` (31 concepts, made by `glossary import`): small so that one run
    /// takes a fraction of a second and a hundred kills fit in CI.
    static func makeGlossary(in dir: URL) throws -> URL {
        var csv = "id,subject_field,ko,en\nkorean-peoples-army,military unit,조선인민군,Korean People's Army\n"
        for i in 0..<30 { csv += "base-\(i),institution,기본기관\(i),Base Institution \(i)\n" }
        try Data(csv.utf8).write(to: dir.appendingPathComponent("base.csv"))
        let made = try CLIRunner.run(["glossary", "import", "base.csv", "--file", "base.tbx", "--glossary", "g"], in: dir)
        try #require(made.status == 0, "\(made.stderr)")
        return dir.appendingPathComponent("g")
    }

    /// `glossary import --replace` of a CSV that replaces a concept of `base.tbx` and adds `count` concepts
    /// to `imported.tbx`: two files change. `tag` makes different versions of the same update.
    static func writeTwoFileImport(_ name: String, in dir: URL, tag: String = "replaced", count: Int = 40) throws {
        var csv = "id,subject_field,ko,en\n"
        csv += "korean-peoples-army,military unit,조선인민군,Korean People's Army (\(tag))\n"
        for i in 0..<count { csv += "harden-\(i),institution,시험기관\(i),Test Institution \(i) (\(tag))\n" }
        try Data(csv.utf8).write(to: dir.appendingPathComponent(name))
    }

    static func importArguments(_ csv: String) -> [String] {
        ["glossary", "import", csv, "--replace", "--file", "imported.tbx", "--glossary", "g"]
    }

    /// 100 SIGKILLs of a two-file import: half at a uniform random moment of the run, half just after the
    /// journal appears (the commit window, a few milliseconds of renames and flushes that uniform kills
    /// rarely hit). After each kill the folder must hold the state before or after, or a pending journal
    /// that the next reader finishes into the state after.
    @Test func twoFileImportSurvivesSIGKILL() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-journal-kill")
        defer { try? FileManager.default.removeItem(at: dir) }
        let glossary = try Self.makeGlossary(in: dir)
        try Self.writeTwoFileImport("new.csv", in: dir)
        let arguments = Self.importArguments("new.csv")
        let journal = glossary.appendingPathComponent(Self.journalName)
        let list = ["glossary", "list", "--glossary", "g"]

        let before = try FolderSnapshot(glossary)
        let listBefore = try CLIRunner.run(list, in: dir)
        let duration = try HardenProcess.duration(arguments, in: dir)
        let after = try FolderSnapshot(glossary)
        let listAfter = try CLIRunner.run(list, in: dir)
        try #require(listBefore.status == 0 && listAfter.status == 0, "\(listBefore.stderr)\(listAfter.stderr)")
        // Both files change (else this would not test the journal), and no journal is left after a run.
        try #require(before.files["base.tbx"] != after.files["base.tbx"] && before.files["imported.tbx"] == nil
                     && after.files["imported.tbx"] != nil, "the import does not change two files: \(before) -> \(after)")
        #expect(!FileManager.default.fileExists(atPath: journal.path))

        var random = SplitMix64(seed: 44)
        var outcomes: [String: Int] = [:]
        for i in 0..<HardenCrashSafetyTests.iterations {
            try before.restore(to: glossary)
            let context = "iteration \(i) (seed 44)"
            let process = try HardenProcess.start(arguments, in: dir)
            let delay: UInt32
            if i % 2 == 0 {
                delay = UInt32.random(in: 0...(duration + duration / 3), using: &random)
                usleep(delay)
            } else {
                // Wait for the commit point, then kill within the next 0-2 ms.
                while process.isRunning && access(journal.path, F_OK) != 0 { usleep(20) }
                delay = UInt32.random(in: 0...2000, using: &random)
                if delay > 0 { usleep(delay) }
            }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let completed = process.terminationReason == .exit && process.terminationStatus == 0
            let state = try FolderSnapshot(glossary)
            if FileManager.default.fileExists(atPath: journal.path) {
                // Killed after the commit point, before the journal was deleted: on disk the files may be a
                // mix; the next reader finishes the renames and sees the state after.
                outcomes[state == before ? "journal, no rename yet" : state == after ? "journal, all renamed" : "journal, part renamed", default: 0] += 1
                let read = try CLIRunner.run(list, in: dir)
                try #require(read.status == 0, "\(context): \(read.stderr)")
                try #require(read.stdout == listAfter.stdout, "\(context): a reader after the kill saw neither state")
                try #require(!FileManager.default.fileExists(atPath: journal.path), "\(context): the reader left the journal")
                let finished = try FolderSnapshot(glossary)
                try #require(finished == after, "\(context): after roll-forward: \(finished)")
            } else {
                try #require(state == before || state == after,
                             "\(context): kill after \(delay) µs left \(state); before: \(before); after: \(after)")
                outcomes[completed ? "completed" : state == before ? "killed, before" : "killed, after", default: 0] += 1
            }
        }
        print("HardenJournalTests: 100 SIGKILLs of a two-file import (run \(duration) µs): "
              + outcomes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        let inCommitWindow = outcomes.filter { $0.key.hasPrefix("journal") }.values.reduce(0, +)
        #expect(outcomes["killed, before", default: 0] > 0, "no kill landed before the commit point: \(outcomes)")
        // The targeted half lands in the commit window most of the time; one hit in fifty is the floor.
        #expect(inCommitWindow > 0, "no kill landed in the commit window: \(outcomes)")

        // After a kill the next writer cleans up and the same command gives the state after.
        try before.restore(to: glossary)
        _ = try HardenProcess.runKilled(arguments, in: dir, afterMicroseconds: duration / 2)
        let again = try CLIRunner.run(arguments, in: dir)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try FolderSnapshot(glossary) == after)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: glossary.path).filter { $0.hasPrefix(".") && $0 != ".kogloss.lock" }
        #expect(hidden.isEmpty, "left behind: \(hidden)")
    }

    /// Readers (`glossary list`, `lookup`, `lint`) loop while two-file imports switch the termbase between two
    /// versions: every reader prints exactly what it prints for one version or the other.
    @Test func readersDuringTwoFileUpdatesSeeOneVersion() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-journal-readers")
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Self.makeGlossary(in: dir)
        // Two large files that sort between the two updated ones: a reader parses files two at a time, so it
        // opens imported.tbx a parse later than base.tbx, and without the shared lock an update landing in
        // between shows one file new and the other old.
        for filler in ["filler-a", "filler-b"] {
            var csv = "id,subject_field,ko,en\n"
            for i in 0..<600 { csv += "\(filler)-\(i),institution,채움기관\(filler.suffix(1))\(i),Filler Institution \(filler) \(i)\n" }
            try Data(csv.utf8).write(to: dir.appendingPathComponent(filler + ".csv"))
            let made = try CLIRunner.run(["glossary", "import", filler + ".csv", "--file", filler + ".tbx", "--glossary", "g"], in: dir)
            try #require(made.status == 0, "\(made.stderr)")
        }
        try Self.writeTwoFileImport("v1.csv", in: dir, tag: "v1")
        try Self.writeTwoFileImport("v2.csv", in: dir, tag: "v2")
        try Data("The Korean People's Army (v1) met the Test Institution 7 (v2) in Ryanggang Province.\n".utf8)
            .write(to: dir.appendingPathComponent("article.txt"))
        let readers: [[String]] = [["glossary", "list", "--glossary", "g"], ["lookup", "조선인민군", "--glossary", "g"],
                                   ["lint", "article.txt", "--glossary", "g"]]
        var references: [[CLIResult]] = []
        for version in ["v1.csv", "v2.csv"] {
            let imported = try CLIRunner.run(Self.importArguments(version), in: dir)
            try #require(imported.status == 0, "\(imported.stderr)")
            references.append(try readers.map { try CLIRunner.run($0, in: dir) })
        }
        for (reader, pair) in zip(readers, zip(references[0], references[1])) {
            try #require(pair.0.stdout != pair.1.stdout || reader[0] == "lint", "\(reader): the versions print the same")
        }
        #expect(references[0][0].stdout != references[1][0].stdout)

        let loops = readers.map { reader in HardenConcurrencyTests.ReaderLoop { try CLIRunner.run(reader, in: dir) } }
        for round in 0..<10 {
            let imported = try CLIRunner.run(Self.importArguments(round % 2 == 0 ? "v1.csv" : "v2.csv"), in: dir)
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        var runs = 0
        for (r, loop) in loops.enumerated() {
            let results = loop.finish()
            runs += results.count
            #expect(results.count > 0, "\(readers[r]) never ran")
            for run in results {
                let matches = references.contains { $0[r].status == run.status && $0[r].stdout == run.stdout && $0[r].stderr == run.stderr }
                #expect(matches, "\(readers[r].joined(separator: " ")) saw a mix of versions: status \(run.status), \(run.stderr.prefix(300))")
            }
        }
        print("HardenJournalTests: \(runs) reader runs during 10 two-file imports")
    }

    /// A folder left with a pending journal (as a kill after the commit point leaves it) on a read-only mount:
    /// readers show the state after, writers fail naming the read-only file system, nothing changes. On a
    /// writable folder the first reader finishes the journal.
    @Test func aPendingJournalOnAReadOnlyMountReadsAsTheStateAfter() throws {
        try #require(MountNamespace.isAvailable, "cannot mount a tmpfs in a mount namespace here (needs root or user namespaces)")
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-journal-ro")
        defer { try? FileManager.default.removeItem(at: dir) }
        let glossary = try Self.makeGlossary(in: dir)
        try Self.writeTwoFileImport("new.csv", in: dir)
        let before = try FolderSnapshot(glossary)
        let imported = try CLIRunner.run(Self.importArguments("new.csv"), in: dir)
        try #require(imported.status == 0, "\(imported.stderr)")
        let after = try FolderSnapshot(glossary)
        let listAfter = try CLIRunner.run(["glossary", "list", "--glossary", "g"], in: dir)

        // The state a kill between the two renames leaves: base.tbx already new, imported.tbx still in its
        // temporary file, the journal naming both (the first temporary file is gone: renamed).
        try before.restore(to: glossary)
        try after.files["base.tbx"]!.write(to: glossary.appendingPathComponent("base.tbx"))
        try after.files["imported.tbx"]!.write(to: glossary.appendingPathComponent(".imported.tbx.tmp-k1llt3st"))
        try Data("kogloss rename journal 1\n.base.tbx.tmp-k1llt3s0\tbase.tbx\n.imported.tbx.tmp-k1llt3st\timported.tbx\nend\n".utf8)
            .write(to: glossary.appendingPathComponent(Self.journalName))
        try #require(try FolderSnapshot(glossary) != before && FolderSnapshot(glossary) != after)

        let result = try MountNamespace.run("""
            mkdir m && mount -t tmpfs -o size=4m tmpfs m || exit 90
            cp -a g m/g && mount -o remount,ro m || exit 91
            "$KOGLOSS" glossary list --glossary m/g > list.txt; echo "list=$?"
            "$KOGLOSS" glossary add --ko 국경경비총국 --en "General Bureau of Border Guards" --glossary m/g; echo "add=$?"
            echo "files=$(LC_ALL=C ls -A m/g | tr '\\n' ' ')"
            """, in: dir)
        #expect(HardenDiskTests.value("list", in: result.stdout) == "0", "\(result.stdout)\(result.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("list.txt"), encoding: .utf8) == listAfter.stdout)
        #expect(HardenDiskTests.value("add", in: result.stdout) == "1", "\(result.stdout)")
        #expect(result.stderr.contains("Read-only file system"), "\(result.stderr)")
        #expect(HardenDiskTests.value("files", in: result.stdout)
                == ".imported.tbx.tmp-k1llt3st .kogloss.pending base.tbx ", "\(result.stdout)")

        // Writable: a lookup finishes the journal.
        let lookup = try CLIRunner.run(["lookup", "조선인민군", "--glossary", "g"], in: dir)
        #expect(lookup.status == 0 && lookup.stdout.contains("Korean People's Army (replaced)"), "\(lookup.stderr)")
        #expect(try FolderSnapshot(glossary) == after)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: glossary.path).filter { $0.hasPrefix(".") }
        #expect(hidden == [] || hidden == [".kogloss.lock"], "left behind: \(hidden)")
    }
}
