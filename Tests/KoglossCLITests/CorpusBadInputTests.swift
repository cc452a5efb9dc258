import Foundation
import Testing

/// Every bad input: a clear message, a non-zero exit, and the store exactly as it was.
@Suite struct CorpusBadInputTests {
    /// A project whose store holds seed 0, and its snapshot.
    func project() throws -> (URL, String, String) {
        let (dir, store) = try CorpusTestFiles.project()
        let setup = try CLIRunner.run(["import", CorpusTestFiles.seedEnglish(0), CorpusTestFiles.seedKorean(0), "--store", store], in: dir)
        #expect(setup.status == 0, "\(setup.stderr)")
        return (dir, store, CorpusTestFiles.snapshot(store))
    }

    func expectRefused(_ arguments: [String], message: String, dir: URL, store: String, before: String) throws {
        let result = try CLIRunner.run(arguments + ["--store", store], in: dir)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty || result.stdout.contains("batch:"))
        #expect(CorpusTestFiles.snapshot(store) == before)
    }

    @Test func emptyFiles() throws {
        let (dir, store, before) = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let en = try CorpusTestFiles.write("", to: dir, "a.txt"), ko = try CorpusTestFiles.write("\n\n", to: dir, "a.ko.txt")
        try expectRefused(["import", en, ko], message: "a.txt: error: the file is empty", dir: dir, store: store, before: before)
    }

    @Test func twoEnglishFiles() throws {
        let (dir, store, before) = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        try expectRefused(["import", CorpusTestFiles.seedEnglish(1), CorpusTestFiles.seedEnglish(2)], message: "both files are English",
                          dir: dir, store: store, before: before)
    }

    @Test func twoKoreanFiles() throws {
        let (dir, store, before) = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        try expectRefused(["import", CorpusTestFiles.seedKorean(1), CorpusTestFiles.seedKorean(2)], message: "both files are Korean",
                          dir: dir, store: store, before: before)
    }

    @Test func binaryData() throws {
        let (dir, store, before) = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("photo.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]).write(to: binary)
        let result = try CLIRunner.run(["import", binary.path, CorpusTestFiles.seedKorean(1), "--store", store], in: dir)
        #expect(result.status != 0)
        #expect(result.stderr.contains("photo.txt"))
        #expect(result.stderr.lowercased().contains("binary") || result.stderr.contains("UTF-8"))
        #expect(CorpusTestFiles.snapshot(store) == before)
    }

    @Test func invalidUTF8ReportsTheByteOffset() throws {
        let (dir, store, before) = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("latin1.ko.txt")
        var data = Data("북한 당국이 전략군을 ".utf8)
        let offset = data.count
        data.append(contentsOf: [0xC0, 0x41, 0x0A])
        try data.write(to: bad)
        try expectRefused(["import", CorpusTestFiles.seedEnglish(1), bad.path], message: "byte \(offset)", dir: dir, store: store, before: before)
    }

    @Test func fiveMegabyteParagraph() throws {
        let (dir, store, before) = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let huge = String(repeating: "The Strategic Force recruits more students. ", count: 5_000_000 / 44)
        let en = try CorpusTestFiles.write(huge + "\n", to: dir, "huge.txt")
        try expectRefused(["import", en, CorpusTestFiles.seedKorean(1)], message: "longer than the", dir: dir, store: store, before: before)
    }

    @Test func htmlPageWithNoArticleBody() throws {
        let (dir, store, before) = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        try expectRefused(["import", CorpusTestFiles.web.appendingPathComponent("no-article-body.html").path,
                           CorpusTestFiles.web.appendingPathComponent("korean.html").path],
                          message: "no article body found", dir: dir, store: store, before: before)
    }

    @Test func mismatchedPairNamesInABatch() throws {
        let (dir, store, before) = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("batch")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CorpusTestFiles.seedEnglish(1), toPath: folder.appendingPathComponent("report-june.txt").path)
        try FileManager.default.copyItem(atPath: CorpusTestFiles.seedKorean(1), toPath: folder.appendingPathComponent("report-jun.ko.txt").path)
        let result = try CLIRunner.run(["import", "--batch", folder.path, "--store", store], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("report-june.txt: error: no matching pair; expected a Korean file report-june.ko.txt"))
        #expect(result.stderr.contains("report-jun.ko.txt: error: no matching pair; expected an English file report-jun.txt"))
        #expect(result.stdout.contains("0 of 0 pairs stored"))
        #expect(CorpusTestFiles.snapshot(store) == before)
    }

    @Test func storeThatIsNotADatabase() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-corpus")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try CorpusTestFiles.write("id,title\n1,notes\n", to: dir, "notes.sqlite")
        let before = CorpusTestFiles.snapshot(store)
        try expectRefused(["import", CorpusTestFiles.seedEnglish(1), CorpusTestFiles.seedKorean(1)],
                          message: "notes.sqlite: byte 0: error: not a kogloss corpus: the file is not an SQLite database", dir: dir, store: store, before: before)
        try expectRefused(["concordance", "전략군"], message: "not an SQLite database", dir: dir, store: store, before: before)
    }

    @Test func storeFromANewerSchema() throws {
        let (dir, store, _) = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        // user_version lives at offset 60 of the SQLite header (big-endian): pretend schema 99 wrote it.
        let handle = try #require(FileHandle(forUpdatingAtPath: store))
        try handle.seek(toOffset: 60)
        handle.write(Data([0, 0, 0, 99]))
        try handle.close()
        let before = CorpusTestFiles.snapshot(store)
        try expectRefused(["import", CorpusTestFiles.seedEnglish(1), CorpusTestFiles.seedKorean(1)],
                          message: "the corpus was written by a newer kogloss (schema 99", dir: dir, store: store, before: before)
        try expectRefused(["pairs", "list"], message: "newer kogloss", dir: dir, store: store, before: before)
        try expectRefused(["concordance", "전략군"], message: "newer kogloss", dir: dir, store: store, before: before)
    }
}
