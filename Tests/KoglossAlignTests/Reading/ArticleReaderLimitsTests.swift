import Foundation
import Testing
@testable import KoglossAlign
import KoglossText

@Suite struct ArticleReaderLimitsTests {
    @Test func refusesAnOversizedFileBeforeReadingIt() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-huge-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        // A sparse file: its size is over the limit without writing the bytes.
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(ArticleReader.maximumFileBytes + 1))
        try handle.close()
        do {
            _ = try ArticleReader.read(contentsOf: url)
            Issue.record("an oversized file was accepted")
        } catch let error as InputError {
            #expect(error.message.contains("articles are limited to 32 MB"))
            #expect(error.file == url.path)
        }
    }
}
