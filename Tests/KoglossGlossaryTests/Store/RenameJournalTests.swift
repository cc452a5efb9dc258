import Foundation
import Testing
@testable import KoglossGlossary
@testable import KoglossText

/// The roll-forward journal that makes a multi-file termbase update atomic: a crash after each step of
/// `RenameJournal.replace` (simulated by stopping there in-process) loads as the state before or after.
@Suite struct RenameJournalTests {
    /// A folder termbase `a.tbx` + `b.tbx` and an update that changes both and creates `c.tbx`, with the
    /// termbase before and after.
    struct Scenario {
        let dir: URL
        let folder: URL
        let files: [(url: URL, data: Data)]
        let before: Termbase
        let after: Termbase
        let bytesBefore: [String: Data]

        init() throws {
            dir = try TestPaths.temporaryDirectory()
            folder = dir.appendingPathComponent("glossary")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TestPaths.fixture("kogloss-sample.tbx"), to: folder.appendingPathComponent("a.tbx"))
            try FileManager.default.copyItem(at: TestPaths.fixture("martif-2008.tbx"), to: folder.appendingPathComponent("b.tbx"))
            before = try TermbaseStore(path: folder).load()
            var newFiles: [(url: URL, data: Data)] = []
            for name in ["a.tbx", "b.tbx"] {
                var termbase = try TBXReader.read(url: folder.appendingPathComponent(name)).termbase
                termbase.concepts[0].notes.append("Changed in \(name) by the journal test.")
                newFiles.append((folder.appendingPathComponent(name), TBXWriter.write(termbase)))
            }
            let added = Concept(id: "journal-new", terms: [Term(language: .korean, text: "새용어"), Term(language: .english, text: "new term")])
            newFiles.append((folder.appendingPathComponent("c.tbx"), TBXWriter.write(Termbase(header: before.header, concepts: [added]))))
            files = newFiles
            // The state after, loaded from a folder holding the new files.
            let reference = dir.appendingPathComponent("reference")
            try FileManager.default.createDirectory(at: reference, withIntermediateDirectories: true)
            for file in files { try file.data.write(to: reference.appendingPathComponent(file.url.lastPathComponent)) }
            after = try TermbaseStore(path: reference).load()
            bytesBefore = try Self.visibleFiles(folder)
        }

        var bytesAfter: [String: Data] {
            Dictionary(uniqueKeysWithValues: files.map { ($0.url.lastPathComponent, $0.data) })
        }

        /// name -> bytes of the folder's non-hidden files.
        static func visibleFiles(_ folder: URL) throws -> [String: Data] {
            var result: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
                result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
            }
            return result
        }

        func hiddenFiles() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") && $0 != ".kogloss.lock" }.sorted()
        }
    }

    static let crashPoints: [RenameJournal.Step] = [.temporariesWritten(1), .temporariesWritten(3), .committed,
                                                    .renamed(1), .renamed(2), .renamed(3), .allRenamed]

    @Test(arguments: crashPoints)
    func aCrashAfterEachStepLoadsAsBeforeOrAfter(_ step: RenameJournal.Step) throws {
        let scenario = try Scenario()
        defer { try? FileManager.default.removeItem(at: scenario.dir) }
        let journal = RenameJournal(folder: scenario.folder)
        try journal.replace(scenario.files, stoppingAfter: step)
        let committed: Bool
        if case .temporariesWritten = step { committed = false } else { committed = true }
        #expect(journal.isPending == committed)

        let loaded = try TermbaseStore(path: scenario.folder).load()
        if committed {
            #expect(loaded == scenario.after, "crash after \(step): loaded \(loaded.concepts.count) concepts")
            // The reader finished the journal: the new files are in place, nothing hidden is left.
            #expect(try Scenario.visibleFiles(scenario.folder) == scenario.bytesAfter)
            #expect(try scenario.hiddenFiles() == [])
        } else {
            #expect(loaded == scenario.before, "crash after \(step)")
            #expect(try Scenario.visibleFiles(scenario.folder) == scenario.bytesBefore)
            // Stray temporary files stay until the next writer, which removes them.
            #expect(try scenario.hiddenFiles().count == { if case .temporariesWritten(let n) = step { n } else { 0 } }())
            try TermbaseStore(path: scenario.folder).update { _ in }
            #expect(try scenario.hiddenFiles() == [])
            #expect(try Scenario.visibleFiles(scenario.folder) == scenario.bytesBefore)
        }
    }

    @Test(arguments: crashPoints)
    func theNextWriterFinishesTheJournalBeforeItsOwnChange(_ step: RenameJournal.Step) throws {
        let scenario = try Scenario()
        defer { try? FileManager.default.removeItem(at: scenario.dir) }
        try RenameJournal(folder: scenario.folder).replace(scenario.files, stoppingAfter: step)
        let store = TermbaseStore(path: scenario.folder)
        try store.update(newConceptFile: scenario.folder.appendingPathComponent("d.tbx")) { termbase in
            termbase.concepts.append(Concept(id: "writer-after-crash", terms: [Term(language: .korean, text: "나중"), Term(language: .english, text: "later")]))
        }
        let loaded = try TermbaseStore(path: scenario.folder).load()
        var expected: Termbase
        if case .temporariesWritten = step { expected = scenario.before } else { expected = scenario.after }
        #expect(loaded.concepts.dropLast().map(\.id) == expected.concepts.map(\.id))
        #expect(Array(loaded.concepts.dropLast()) == expected.concepts)
        #expect(loaded.concepts.last?.id == "writer-after-crash")
        #expect(try scenario.hiddenFiles() == [])
    }

    @Test func aReaderThatCannotFinishTheJournalReadsTheTemporaryFiles() throws {
        // What a read-only folder shows (HardenJournalTests covers a real read-only mount).
        let scenario = try Scenario()
        defer { try? FileManager.default.removeItem(at: scenario.dir) }
        let journal = RenameJournal(folder: scenario.folder)
        try journal.replace(scenario.files, stoppingAfter: .renamed(1))
        // On disk a mix: a.tbx new, b.tbx old, c.tbx not there yet.
        let onDisk = try Scenario.visibleFiles(scenario.folder)
        #expect(onDisk != scenario.bytesBefore && onDisk != scenario.bytesAfter)
        #expect(try TermbaseStore(path: scenario.folder).load(rollingForward: false) == scenario.after)
        #expect(journal.isPending)
        #expect(try Scenario.visibleFiles(scenario.folder) == onDisk, "a reader that does not finish the journal writes nothing")
        #expect(try journal.rollForward())
        #expect(!journal.isPending)
        #expect(try !journal.rollForward())
        #expect(try Scenario.visibleFiles(scenario.folder) == scenario.bytesAfter)
        #expect(try TermbaseStore(path: scenario.folder).load() == scenario.after)
    }

    @Test func aDamagedJournalIsRefusedWithAClearMessage() throws {
        let scenario = try Scenario()
        defer { try? FileManager.default.removeItem(at: scenario.dir) }
        let journal = RenameJournal(folder: scenario.folder)
        // A truncated journal (no closing line) and one that is not a journal at all.
        let good = String(decoding: journal.encode([.init(temporary: scenario.folder.appendingPathComponent(".a.tbx.tmp-abcdefgh"),
                                                          target: scenario.folder.appendingPathComponent("a.tbx"))]), as: UTF8.self)
        for text in [String(good.dropLast(4)), "garbage\n"] {
            try Data(text.utf8).write(to: journal.url)
            #expect { try TermbaseStore(path: scenario.folder).load() } throws: { error in
                guard let error = error as? InputError else { return false }
                return error.message.contains("pending update journal is damaged") && error.file == journal.url.path
            }
            #expect(throws: InputError.self) { try TermbaseStore(path: scenario.folder).update { _ in } }
        }
        #expect(try Scenario.visibleFiles(scenario.folder) == scenario.bytesBefore)
    }

    @Test func journalLinesRoundTripOddNamesAndOutsidePaths() throws {
        let folder = URL(fileURLWithPath: "/tmp/kogloss journal/g")
        let journal = RenameJournal(folder: folder)
        let renames: [RenameJournal.Rename] = [
            .init(temporary: folder.appendingPathComponent(".a\tb.tbx.tmp-abcdefgh"), target: folder.appendingPathComponent("a\tb.tbx")),
            .init(temporary: folder.appendingPathComponent(".back\\slash\nline.tbx.tmp-12345678"), target: folder.appendingPathComponent("back\\slash\nline.tbx")),
            .init(temporary: URL(fileURLWithPath: "/elsewhere/.x.tbx.tmp-zzzzzzzz"), target: folder.appendingPathComponent("x.tbx")),
        ]
        let data = journal.encode(renames)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("kogloss rename journal 1\n.a\\tb.tbx.tmp-abcdefgh\ta\\tb.tbx\n"))
        #expect(text.hasSuffix("/elsewhere/.x.tbx.tmp-zzzzzzzz\tx.tbx\nend\n"))
        #expect(journal.decode(data) == renames)
        // A journal read from a moved folder resolves its relative names there.
        let moved = RenameJournal(folder: URL(fileURLWithPath: "/moved/g")).decode(data)
        #expect(moved?.first?.target.path == "/moved/g/a\tb.tbx")
        #expect(moved?.last?.temporary.path == "/elsewhere/.x.tbx.tmp-zzzzzzzz")
    }

    @Test func aMultiFileUpdateLeavesNoJournalOrTemporaryFiles() throws {
        let scenario = try Scenario()
        defer { try? FileManager.default.removeItem(at: scenario.dir) }
        let store = TermbaseStore(path: scenario.folder)
        let before = try store.load()
        let inA = try #require(store.conceptFiles.first { $0.value.lastPathComponent == "a.tbx" }?.key)
        let inB = try #require(store.conceptFiles.first { $0.value.lastPathComponent == "b.tbx" }?.key)
        try store.update { termbase in
            for id in [inA, inB] { termbase.concepts[termbase.concepts.firstIndex { $0.id == id }!].notes.append("both files") }
        }
        let after = try Scenario.visibleFiles(scenario.folder)
        #expect(after["a.tbx"] != scenario.bytesBefore["a.tbx"] && after["b.tbx"] != scenario.bytesBefore["b.tbx"])
        #expect(try scenario.hiddenFiles() == [])
        let reloaded = try TermbaseStore(path: scenario.folder).load()
        #expect(reloaded.concepts.count == before.concepts.count)
        #expect(reloaded.concept(id: inA)?.notes.last == "both files" && reloaded.concept(id: inB)?.notes.last == "both files")
    }

    @Test func strayTemporaryFilesOfASingleFileTermbaseAreRemovedByTheNextWriter() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("t.tbx")
        try FileManager.default.copyItem(at: TestPaths.fixture("kogloss-sample.tbx"), to: file)
        for name in [".t.tbx.tmp-abcdefgh", ".other.csv.tmp-abcdefgh", ".t.tbx.tmp-short"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(name))
        }
        _ = try TermbaseStore(path: file).load()
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".t.tbx.tmp-abcdefgh").path), "readers change nothing")
        try TermbaseStore(path: file).update { $0.concepts[0].notes.append("x") }
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
        #expect(!names.contains(".t.tbx.tmp-abcdefgh"))
        // Not a temporary file of the termbase: left alone.
        #expect(names.contains(".other.csv.tmp-abcdefgh") && names.contains(".t.tbx.tmp-short"))
    }

    @Test func readersCreateNothingAndWaitForAWriter() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lock = FileLock(url: dir.appendingPathComponent(".kogloss"))
        // No lock file: the reader runs unlocked and leaves no file behind.
        #expect(try lock.withSharedLock { 1 } == 1)
        #expect(!FileManager.default.fileExists(atPath: lock.lockURL.path))

        final class Flags: @unchecked Sendable {
            let mutex = NSLock()
            var writerDone = false
        }
        let flags = Flags()
        let holding = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? lock.withLock {
                holding.signal()
                usleep(300_000)
                flags.mutex.withLock { flags.writerDone = true }
            }
            finished.signal()
        }
        holding.wait()
        let sawWriterDone = try lock.withSharedLock { flags.mutex.withLock { flags.writerDone } }
        #expect(sawWriterDone, "the reader ran while the writer held the lock")
        finished.wait()
        // Inside the writer's own lock a read runs directly instead of deadlocking.
        #expect(try lock.withLock { try lock.withSharedLock { 2 } } == 2)
    }
}
