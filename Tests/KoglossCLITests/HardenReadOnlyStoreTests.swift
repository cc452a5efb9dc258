import Foundation
import Testing

/// Bug 7 (docs/hardening.md): a corpus store the user can only read -- on a read-only mount (a tmpfs
/// remounted read-only in a private mount namespace) or a 0444 file in a 0555 folder -- can be searched,
/// listed, shown, exported and linted, with the same output as from a writable copy; commands that write
/// fail with a clear message and leave it byte-identical.
@Suite(.serialized) struct HardenReadOnlyStoreTests {
    /// Each read command on `STORE`, its status and whether its output equals the writable original's
    /// (`st/c.sqlite`, outside the mount). `$1` = the store to read.
    static let readCommands = """
        reads() {
            "$KOGLOSS" concordance rice --store "$1" > out.txt; echo "concordance=$?"
            "$KOGLOSS" concordance rice --store st/c.sqlite | cmp -s - out.txt && echo "concordance_output=same"
            "$KOGLOSS" pairs list --store "$1" > out.txt; echo "list=$?"
            "$KOGLOSS" pairs list --store st/c.sqlite | cmp -s - out.txt && echo "list_output=same"
            "$KOGLOSS" pairs show 1 --store "$1" > out.txt; echo "show=$?"
            "$KOGLOSS" pairs show 1 --store st/c.sqlite | cmp -s - out.txt && echo "show_output=same"
            "$KOGLOSS" export --tmx out.tmx --store "$1" > /dev/null; echo "export=$?"
            "$KOGLOSS" export --tmx ref.tmx --store st/c.sqlite > /dev/null
            grep -v '<header' out.tmx > a.txt; grep -v '<header' ref.tmx > b.txt; cmp -s a.txt b.txt && echo "export_output=same"
            "$KOGLOSS" lint --corpus --glossary g --store "$1" > out.txt; echo "lint_corpus=$?"
            "$KOGLOSS" lint --corpus --glossary g --store st/c.sqlite | cmp -s - out.txt && echo "lint_corpus_output=same"
            "$KOGLOSS" lint --pair 1 --glossary g --store "$1" > out.txt; echo "lint_pair=$?"
            "$KOGLOSS" lint --pair 1 --glossary g --store st/c.sqlite | cmp -s - out.txt && echo "lint_pair_output=same"
        }

        """

    static func expectReadsWork(_ output: String, _ stderr: String) {
        for command in ["concordance", "list", "show", "export", "lint_corpus", "lint_pair"] {
            let status = HardenDiskTests.value(command, in: output)
            // lint exits 1 when it reports errors; anything else is a failure.
            #expect(status == "0" || (command.hasPrefix("lint") && status == "1"), "\(command) exited \(status ?? "?"): \(stderr)")
            #expect(HardenDiskTests.value(command + "_output", in: output) == "same", "\(command) printed something else than on a writable copy")
        }
    }

    @Test func readCommandsWorkOnAReadOnlyMount() throws {
        let (result, dir) = try HardenDiskTests.runInSandbox(Self.readCommands + """
            before=$(sha256sum < m/st/c.sqlite)
            mount -o remount,ro m || exit 94
            reads m/st/c.sqlite
            "$KOGLOSS" concordance rice --store m/st/c.sqlite | grep -c '^── pair 1' | sed 's/^/hits=/'
            [ "$before" = "$(sha256sum < m/st/c.sqlite)" ] && echo "store=intact"
            echo "files=$(ls -A m/st | tr '\\n' ' ')"
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        Self.expectReadsWork(result.stdout, result.stderr)
        #expect(Int(HardenDiskTests.value("hits", in: result.stdout) ?? "") ?? 0 > 0, "\(result.stdout)")
        #expect(HardenDiskTests.value("store", in: result.stdout) == "intact")
        #expect(HardenDiskTests.value("files", in: result.stdout) == "c.sqlite ")
    }

    /// A store copied with its write-ahead log (a writer was killed, or the copy was taken while one ran):
    /// the read-only open cannot create the -shm; the immutable open must still see what the WAL holds.
    @Test func aReadOnlyStoreWithAWriteAheadLogShowsItsContents() throws {
        try #require(SQLiteShell.path != nil, "the sqlite3 shell is needed")
        let (result, dir) = try HardenDiskTests.runInSandbox("""
            sqlite3 m/st/c.sqlite "UPDATE pair SET title = 'Title from the WAL'" ".system cp m/st/c.sqlite-wal m/st/keep" || exit 95
            mv m/st/keep m/st/c.sqlite-wal
            [ -s m/st/c.sqlite-wal ] && echo "wal=kept"
            mount -o remount,ro m || exit 94
            "$KOGLOSS" pairs list --store m/st/c.sqlite; echo "list=$?"
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        try #require(HardenDiskTests.value("wal", in: result.stdout) == "kept", "\(result.stdout)\(result.stderr)")
        #expect(HardenDiskTests.value("list", in: result.stdout) == "0", "\(result.stderr)")
        #expect(result.stdout.contains("Title from the WAL"), "\(result.stdout)")
    }

    @Test func writeCommandsOnAReadOnlyMountFailClearly() throws {
        let (result, dir) = try HardenDiskTests.runInSandbox("""
            before=$(sha256sum < m/st/c.sqlite)
            mount -o remount,ro m || exit 94
            "$KOGLOSS" import --batch pairs --store m/st/c.sqlite; echo "import=$?"
            "$KOGLOSS" import pairs/02.en.txt pairs/02.ko.txt --store m/st/c.sqlite; echo "import_one=$?"
            "$KOGLOSS" pairs rm 1 --store m/st/c.sqlite; echo "rm=$?"
            [ "$before" = "$(sha256sum < m/st/c.sqlite)" ] && echo "store=intact"
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        for command in ["import", "import_one", "rm"] {
            #expect(HardenDiskTests.value(command, in: result.stdout) == "2", "\(command): \(result.stdout)\(result.stderr)")
        }
        #expect(result.stderr.contains("c.sqlite: error: cannot write the corpus store: Read-only file system"), "\(result.stderr)")
        #expect(result.stderr.contains("can still read it"), "\(result.stderr)")
        #expect(HardenDiskTests.value("store", in: result.stdout) == "intact")
    }

    /// On a full disk the -shm cannot be written: the read fails naming the disk, and leaves no -wal/-shm.
    @Test func readingOnAFullDiskFailsClearlyAndLeavesNoSidecars() throws {
        let (result, dir) = try HardenDiskTests.runInSandbox("""
            fill 0
            "$KOGLOSS" pairs list --store m/st/c.sqlite; echo "list=$?"
            echo "files=$(ls -A m/st | tr '\\n' ' ')"
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(HardenDiskTests.value("list", in: result.stdout) == "2", "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("c.sqlite: error: cannot open the corpus: disk I/O error"), "\(result.stderr)")
        #expect(result.stderr.contains("check free disk space"), "\(result.stderr)")
        #expect(HardenDiskTests.value("files", in: result.stdout) == "c.sqlite ")
    }

    /// A store whose schema is older than this build's cannot be migrated on read-only media: say so.
    @Test func anOldStoreOnAReadOnlyMountAsksForWriteAccess() throws {
        try #require(SQLiteShell.path != nil, "the sqlite3 shell is needed")
        let (result, dir) = try HardenDiskTests.runInSandbox("""
            sqlite3 m/st/old.sqlite "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)" || exit 95
            mount -o remount,ro m || exit 94
            "$KOGLOSS" pairs list --store m/st/old.sqlite; echo "list=$?"
            "$KOGLOSS" concordance rice --store m/st/old.sqlite; echo "concordance=$?"
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(HardenDiskTests.value("list", in: result.stdout) == "2", "\(result.stdout)\(result.stderr)")
        #expect(HardenDiskTests.value("concordance", in: result.stdout) == "2")
        #expect(result.stderr.contains("the store at ") && result.stderr.contains("old.sqlite needs upgrading"), "\(result.stderr)")
        #expect(result.stderr.contains("open it once with write access"), "\(result.stderr)")
    }

    /// chmod 0444 store in a 0555 folder, no mount. As root (CI containers) permissions do not bind, so
    /// the commands run without CAP_DAC_OVERRIDE (setpriv), which makes root obey them.
    @Test func readCommandsWorkOnAReadOnlyFileInAReadOnlyFolder() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-readonly-file")
        defer {
            chmod(dir.appendingPathComponent("ro").path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try #require(getuid() != 0 || setpriv != nil, "running as root: setpriv (util-linux) is needed to drop CAP_DAC_OVERRIDE")
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("glossary"), to: dir.appendingPathComponent("g"))
        let pairs = dir.appendingPathComponent("pairs")
        try FileManager.default.createDirectory(at: pairs, withIntermediateDirectories: true)
        let evaluation = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/align-eval")
        for name in ["01.en.txt", "01.ko.txt", "02.en.txt", "02.ko.txt"] {
            try FileManager.default.copyItem(at: evaluation.appendingPathComponent(name), to: pairs.appendingPathComponent(name))
        }
        let stored = try CLIRunner.run(["import", "pairs/01.en.txt", "pairs/01.ko.txt", "--store", "st/c.sqlite"], in: dir)
        try #require(stored.status == 0, "\(stored.stderr)")
        let drop = getuid() == 0 ? "\(setpriv!) --bounding-set=-dac_override" : ""
        let script = "set -u\nexport NO_COLOR=1\nKOGLOSS='\(CLIRunner.binary.path)'\n" + Self.readCommands.replacingOccurrences(of: "\"$KOGLOSS\" ", with: "$RUN \"$KOGLOSS\" ") + """
            mkdir ro && cp st/c.sqlite ro/ && chmod 0444 ro/c.sqlite && chmod 0555 ro || exit 96
            before=$(sha256sum < ro/c.sqlite)
            RUN="\(drop)"
            $RUN touch ro/probe 2>/dev/null && echo "probe=writable"
            reads ro/c.sqlite
            $RUN "$KOGLOSS" import pairs/02.en.txt pairs/02.ko.txt --store ro/c.sqlite; echo "import=$?"
            [ "$before" = "$(sha256sum < ro/c.sqlite)" ] && echo "store=intact"
            echo "files=$(ls -A ro | tr '\\n' ' ')"
            """
        let result = try HardenProcess.runTool("/bin/sh", ["-c", script], in: dir)
        try #require(HardenDiskTests.value("probe", in: result.stdout) == nil, "the folder is still writable: the test cannot run here")
        Self.expectReadsWork(result.stdout, result.stderr)
        #expect(HardenDiskTests.value("import", in: result.stdout) == "2", "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("cannot write the corpus store: Permission denied"), "\(result.stderr)")
        #expect(HardenDiskTests.value("store", in: result.stdout) == "intact")
        #expect(HardenDiskTests.value("files", in: result.stdout) == "c.sqlite ")
    }
}
