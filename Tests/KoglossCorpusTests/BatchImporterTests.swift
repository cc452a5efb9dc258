import Foundation
import KoglossText
import Testing
@testable import KoglossCorpus

@Suite struct BatchImporterTests {
    @Test func storesGoodPairsReportsBadOnesAndOpensTheStoreLazily() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for base in ["000_31914b20eae98fcb", "002_c4ccb5cb50824faf"] {
            for suffix in [".txt", ".ko.txt"] {
                try FileManager.default.copyItem(at: PairImporterTests.seeds.appendingPathComponent(base + suffix), to: folder.appendingPathComponent(base + suffix))
            }
        }
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data("빈 문서가 아니다.\n".utf8).write(to: folder.appendingPathComponent("empty.ko.txt"))
        try Data("README\n".utf8).write(to: folder.appendingPathComponent("README.md"))
        try Data("{}".utf8).write(to: folder.appendingPathComponent("x.gold.json"))

        let path = dir.appendingPathComponent("c.sqlite")
        var opened = 0
        var batch = BatchImporter(importer: PairImporter(), openStore: { opened += 1; return try CorpusStore(path: path) })
        batch.groupSize = 1
        var failures: [String] = [], progress: [Int] = []
        let summary = try batch.run(folder: folder, progress: { done, _ in progress.append(done) }, report: { event in
            if case .failed(let english, _, let error) = event { failures.append("\(english.lastPathComponent): \(error)") }
        })
        #expect(summary == BatchImporter.Summary(inserted: 2, updated: 0, failed: 1, unmatched: 0))
        #expect(failures.count == 1 && failures[0].contains("empty.txt") && failures[0].contains("empty"))
        #expect(progress == [1, 2, 3])
        #expect(opened == 1)
        #expect(try CorpusStore(path: path).pairCount() == 2)
    }

    @Test func aBatchWithNothingToStoreNeverCreatesTheStore() throws {
        let dir = try CorpusTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("Hello.\n".utf8).write(to: dir.appendingPathComponent("lonely.txt"))
        let path = dir.appendingPathComponent("store/c.sqlite")
        let summary = try BatchImporter(importer: PairImporter(), openStore: { try CorpusStore(path: path) }).run(folder: dir, report: { _ in })
        #expect(summary.unmatched == 1)
        #expect(!summary.succeeded)
        #expect(!FileManager.default.fileExists(atPath: path.path))
    }
}
