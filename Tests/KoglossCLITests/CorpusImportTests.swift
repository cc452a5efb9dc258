import Foundation
import Testing

@Suite struct CorpusImportTests {
    @Test func importsTheThreeSeedPairsAndShowsThem() throws {
        let (dir, store) = try CorpusTestFiles.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<3 {
            let result = try CLIRunner.run(["import", CorpusTestFiles.seedEnglish(i), CorpusTestFiles.seedKorean(i), "--store", store], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("imported pair \(i + 1):"))
        }
        let list = try CLIRunner.run(["pairs", "list", "--store", store], in: dir)
        #expect(list.status == 0)
        #expect(list.stdout.contains("000_31914b20eae98fcb.txt"))
        #expect(list.stdout.contains("tr. Violet Kim"))
        #expect(list.stdout.contains("3 pairs"))
        let show = try CLIRunner.run(["pairs", "show", "2", "--store", store], in: dir)
        #expect(show.status == 0)
        #expect(show.stdout.contains("001_5f665c2d8f37da1c.ko.txt"))
        #expect(show.stdout.contains("보위국"))
        #expect(show.stdout.contains("Military Security Command"))
        #expect(show.stdout.contains("content hash: "))
    }

    @Test func defaultStoreIsUnderDotKoglossAndReimportUpdates() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-corpus")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CLIRunner.run(["import", CorpusTestFiles.seedEnglish(0), CorpusTestFiles.seedKorean(0), "--date", "2023-04-05", "--title", "Strategic Force recruits"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".kogloss/corpus.sqlite").path))
        let again = try CLIRunner.run(["import", CorpusTestFiles.seedEnglish(0), CorpusTestFiles.seedKorean(0)], in: dir)
        #expect(again.stdout.hasPrefix("updated pair 1:"))
        let list = try CLIRunner.run(["pairs", "list", "--json"], in: dir)
        let pairs = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(pairs.count == 1)
        // Metadata not given again is kept.
        #expect(pairs.first?["date"] as? String == "2023-04-05")
        #expect(pairs.first?["title"] as? String == "Strategic Force recruits")
    }

    @Test func batchImportsTheSeedsFolderWithASummary() throws {
        let (dir, store) = try CorpusTestFiles.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["import", "--batch", CorpusTestFiles.seeds.path, "--store", store], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("batch: 3 of 3 pairs stored (3 new, 0 updated), 0 failed, 0 unmatched files"))
        #expect(!result.stderr.contains("\r"))   // no progress bar when stderr is not a terminal
        let again = try CLIRunner.run(["import", "--batch", CorpusTestFiles.seeds.path, "--store", store], in: dir)
        #expect(again.stdout.contains("(0 new, 3 updated)"))
        #expect(try CLIRunner.run(["pairs", "list", "--store", store], in: dir).stdout.contains("3 pairs"))
    }

    @Test func batchReportsAndSkipsABadPairButStoresTheRest() throws {
        let (dir, store) = try CorpusTestFiles.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 0..<2 {
            try FileManager.default.copyItem(atPath: CorpusTestFiles.seedEnglish(i), toPath: folder.appendingPathComponent("\(CorpusTestFiles.seedBases[i]).txt").path)
            try FileManager.default.copyItem(atPath: CorpusTestFiles.seedKorean(i), toPath: folder.appendingPathComponent("\(CorpusTestFiles.seedBases[i]).ko.txt").path)
        }
        _ = try CorpusTestFiles.write("Only English here.\n", to: folder, "broken.txt")
        _ = try CorpusTestFiles.write("This is English too, not Korean.\n", to: folder, "broken.ko.txt")
        _ = try CorpusTestFiles.write("An orphan.\n", to: folder, "orphan.txt")
        let result = try CLIRunner.run(["import", "--batch", folder.path, "--store", store], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.ko.txt: error: both files are English"))
        #expect(result.stderr.contains("orphan.txt: error: no matching pair; expected a Korean file orphan.ko.txt"))
        #expect(result.stdout.contains("batch: 2 of 3 pairs stored (2 new, 0 updated), 1 failed, 1 unmatched files"))
        #expect(try CLIRunner.run(["pairs", "list", "--store", store], in: dir).stdout.contains("2 pairs"))
    }

    @Test func importsHTMLFilesWithTheirTitle() throws {
        let (dir, store) = try CorpusTestFiles.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["import", CorpusTestFiles.web.appendingPathComponent("english.html").path,
                                        CorpusTestFiles.web.appendingPathComponent("korean.html").path, "--store", store], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let list = try CLIRunner.run(["pairs", "list", "--store", store], in: dir)
        #expect(list.stdout.contains("Military Security Command opens new personal protection research center"))
    }

    @Test func removesAPair() throws {
        let (dir, store) = try CorpusTestFiles.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try CLIRunner.run(["import", CorpusTestFiles.seedEnglish(1), CorpusTestFiles.seedKorean(1), "--store", store], in: dir)
        let rm = try CLIRunner.run(["pairs", "rm", "1", "--store", store], in: dir)
        #expect(rm.status == 0)
        #expect(rm.stdout.contains("removed pair 1"))
        let again = try CLIRunner.run(["pairs", "rm", "1", "--store", store], in: dir)
        #expect(again.status == 1)
        #expect(again.stderr.contains("no pair with id 1"))
        #expect(try CLIRunner.run(["concordance", "보위국", "--store", store], in: dir).stdout.contains("No matches"))
    }

    @Test func readingCommandsNeverCreateAStore() throws {
        let (dir, store) = try CorpusTestFiles.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["pairs", "list", "--store", store], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no corpus here yet"))
        #expect(!FileManager.default.fileExists(atPath: store))
    }
}

/// The progress bar needs a terminal: run the batch under script(1), which gives it a pseudo-terminal.
@Suite struct CorpusBatchProgressTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a pseudo-terminal"))
    func drawsAProgressBarOnATerminal() throws {
        let (dir, store) = try CorpusTestFiles.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let command = [CLIRunner.binary.path, "import", "--batch", CorpusTestFiles.seeds.path, "--store", store]
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = dir
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("\r"))
        #expect(text.contains("3/3 pairs"))
        #expect(text.contains("batch: 3 of 3 pairs stored"))
    }
}
