import Foundation
import Testing

/// A full disk (a small tmpfs, filled up) and a read-only mount, each in a private mount namespace: the
/// command fails with a message that says why, and the termbase or store is left as it was.
@Suite(.serialized) struct HardenDiskTests {
    /// Copies the starter glossary and a one-pair store into `dir`, then runs `script` in a mount namespace
    /// where `m` is a 2 MiB tmpfs holding copies `m/g` and `m/st/c.sqlite`; `fill KB` leaves KB KiB free.
    static func runInSandbox(_ script: String) throws -> (result: CLIResult, dir: URL) {
        try #require(MountNamespace.isAvailable, "cannot mount a tmpfs in a mount namespace here (needs root or user namespaces)")
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-disk")
        let glossary = dir.appendingPathComponent("g")
        try FileManager.default.createDirectory(at: glossary, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("glossary/dailynk.tbx"),
                                         to: glossary.appendingPathComponent("dailynk.tbx"))
        let pairs = dir.appendingPathComponent("pairs")
        try FileManager.default.createDirectory(at: pairs, withIntermediateDirectories: true)
        let evaluation = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/align-eval")
        for name in ["01.en.txt", "01.ko.txt", "02.en.txt", "02.ko.txt", "03.en.txt", "03.ko.txt", "04.en.txt", "04.ko.txt"] {
            try FileManager.default.copyItem(at: evaluation.appendingPathComponent(name), to: pairs.appendingPathComponent(name))
        }
        let stored = try CLIRunner.run(["import", "pairs/01.en.txt", "pairs/01.ko.txt", "--store", "st/c.sqlite"], in: dir)
        try #require(stored.status == 0, "\(stored.stderr)")
        let prelude = """
            mkdir m && mount -t tmpfs -o size=2m tmpfs m || exit 90
            cp -r g m/g && cp -r st m/st || exit 91
            fill() { avail=$(df -k --output=avail m | tail -1); head -c $(( (avail - $1) * 1024 )) /dev/zero > m/fill 2>/dev/null; true; }
            state() { echo "glossary=$(cat m/g/dailynk.tbx | sha256sum | cut -c1-16)"; echo "files=$(ls -A m/g | tr '\\n' ' ')"; }

            """
        return (try MountNamespace.run(prelude + script, in: dir), dir)
    }

    static func value(_ key: String, in output: String) -> String? {
        output.split(separator: "\n").first { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
    }

    static func originalGlossaryHash() throws -> String {
        let data = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("glossary/dailynk.tbx"))
        let result = try HardenProcess.runTool("/bin/sh", ["-c", "sha256sum < '\(CLIRunner.packageRoot.path)/glossary/dailynk.tbx' | cut -c1-16"])
        #expect(!data.isEmpty)
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: [16, 120])
    func glossaryAddOnAFullDiskFailsClearlyAndKeepsTheFile(freeKB: Int) throws {
        let (result, dir) = try Self.runInSandbox("""
            fill \(freeKB)
            "$KOGLOSS" glossary add --ko 국경경비총국 --en "General Bureau of Border Guards" --glossary m/g; echo "status=$?"
            state
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(Self.value("status", in: result.stdout) == "1", "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
        #expect(result.stderr.contains("free some disk space"), "\(result.stderr)")
        #expect(Self.value("glossary", in: result.stdout) == (try Self.originalGlossaryHash()))
        // No temporary file left behind: only the termbase and its lock.
        #expect(Self.value("files", in: result.stdout) == ".kogloss.lock dailynk.tbx ", "\(result.stdout)")
    }

    @Test func glossaryExportOnAFullDiskKeepsThePreviousExport() throws {
        let (result, dir) = try Self.runInSandbox("""
            "$KOGLOSS" glossary export m/out.csv --glossary m/g || exit 92
            before=$(sha256sum < m/out.csv)
            "$KOGLOSS" glossary add --ko 국경경비총국 --en "General Bureau of Border Guards" --glossary g >/dev/null || exit 93
            fill 40
            "$KOGLOSS" glossary export m/out.csv --glossary g; echo "status=$?"
            [ "$before" = "$(sha256sum < m/out.csv)" ] && echo "export=intact"
            ls -A m | grep -c tmp | sed 's/^/temps=/'
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(Self.value("status", in: result.stdout) == "1", "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
        #expect(Self.value("export", in: result.stdout) == "intact")
        #expect(Self.value("temps", in: result.stdout) == "0")
    }

    @Test func glossaryOnAReadOnlyMountRefusesWritesAndStillAnswersLookups() throws {
        let (result, dir) = try Self.runInSandbox("""
            mount -o remount,ro m || exit 94
            "$KOGLOSS" glossary add --ko 국경경비총국 --en "General Bureau of Border Guards" --glossary m/g; echo "status=$?"
            "$KOGLOSS" glossary edit korean-peoples-army --note x --glossary m/g; echo "edit=$?"
            "$KOGLOSS" lookup 조선인민군 --glossary m/g > /dev/null; echo "lookup=$?"
            state
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(Self.value("status", in: result.stdout) == "1", "\(result.stdout)\(result.stderr)")
        #expect(Self.value("edit", in: result.stdout) == "1")
        #expect(result.stderr.contains("Read-only file system"), "\(result.stderr)")
        #expect(Self.value("lookup", in: result.stdout) == "0", "\(result.stderr)")
        #expect(Self.value("glossary", in: result.stdout) == (try Self.originalGlossaryHash()))
    }

    @Test func batchImportOnAFullDiskFailsClearlyAndKeepsTheStore() throws {
        let (result, dir) = try Self.runInSandbox("""
            fill 120
            "$KOGLOSS" import --batch pairs --store m/st/c.sqlite; echo "status=$?"
            rm m/fill
            echo "integrity=$(sqlite3 m/st/c.sqlite 'PRAGMA integrity_check')"
            echo "pairs=$(sqlite3 m/st/c.sqlite 'SELECT count(*) FROM pair')"
            echo "paragraphs=$(sqlite3 m/st/c.sqlite 'SELECT count(*) FROM paragraph')"
            echo "reference=$(sqlite3 st/c.sqlite 'SELECT count(*) FROM paragraph')"
            "$KOGLOSS" import --batch pairs --store m/st/c.sqlite > /dev/null; echo "retry=$?"
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        try #require(SQLiteShell.path != nil, "the sqlite3 shell is needed")
        #expect(Self.value("status", in: result.stdout) == "1", "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("disk is full"), "\(result.stderr)")
        #expect(Self.value("integrity", in: result.stdout) == "ok")
        #expect(Self.value("pairs", in: result.stdout) == "1")
        #expect(Self.value("paragraphs", in: result.stdout) == Self.value("reference", in: result.stdout))
        // Once there is room again the same import succeeds.
        #expect(Self.value("retry", in: result.stdout) == "0", "\(result.stderr)")
    }

    @Test func batchImportIntoAReadOnlyStoreFailsClearlyAndKeepsIt() throws {
        let (result, dir) = try Self.runInSandbox("""
            before=$(sha256sum < m/st/c.sqlite)
            mount -o remount,ro m || exit 94
            "$KOGLOSS" import --batch pairs --store m/st/c.sqlite; echo "status=$?"
            [ "$before" = "$(sha256sum < m/st/c.sqlite)" ] && echo "store=intact"
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(Self.value("status", in: result.stdout) == "2", "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("c.sqlite: error: "), "\(result.stderr)")
        #expect(!result.stderr.contains("not a usable kogloss corpus"), "an intact store is not called unusable: \(result.stderr)")
        #expect(Self.value("store", in: result.stdout) == "intact")
    }
}
