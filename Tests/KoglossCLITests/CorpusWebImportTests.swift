import Foundation
import Testing

/// `kogloss import URL` against fixture pages on a local server (127.0.0.1 only).
@Suite struct CorpusWebImportTests {
    func server(hanging: Set<String> = []) throws -> CorpusHTTPServer {
        func page(_ name: String) throws -> Data { try Data(contentsOf: CorpusTestFiles.web.appendingPathComponent(name)) }
        return try CorpusHTTPServer(pages: [
            "/english/new-research-center/": try page("english.html"),
            "/korean/new-research-center.html": try page("korean.html"),
            "/english/no-link/": try page("no-korean-link.html"),
            "/english/no-body/": try page("no-article-body.html"),
        ], hanging: hanging)
    }

    @Test func fetchesThePageAndItsKoreanOriginalAndStoresThePair() throws {
        let server = try server()
        defer { server.stop() }
        let (dir, store) = try CorpusTestFiles.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = server.url("/english/new-research-center/")
        let result = try CLIRunner.run(["import", url, "--store", store, "--date", "2020-06-10"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("imported pair 1: \(url)"))
        #expect(server.requestedPaths == ["/english/new-research-center/", "/korean/new-research-center.html"])
        let show = try CLIRunner.run(["pairs", "show", "1", "--store", store], in: dir)
        #expect(show.stdout.contains("pair 1: Military Security Command opens new personal protection research center"))
        #expect(show.stdout.contains("url: \(url)"))
        // Page furniture is not in the corpus.
        #expect(!show.stdout.contains("Share on Twitter"))
        #expect(!show.stdout.contains("Related articles"))
        #expect(!show.stdout.contains("카카오톡"))
        #expect(try CLIRunner.run(["concordance", "보위국", "--store", store], in: dir).stdout.contains("Military Security Command"))
        // Same URL again: updated, not duplicated.
        let again = try CLIRunner.run(["import", url, "--store", store], in: dir)
        #expect(again.stdout.hasPrefix("updated pair 1:"))
    }

    @Test func aTimeoutFailsClearlyAndStoresNothing() throws {
        let server = try server(hanging: ["/english/slow/"])
        defer { server.stop() }
        let (dir, store) = try CorpusTestFiles.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let started = Date()
        let result = try CLIRunner.run(["import", server.url("/english/slow/"), "--timeout", "1", "--store", store], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("timed out"), "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 15)
        #expect(CorpusTestFiles.snapshot(store) == "absent")
    }

    @Test func aClosedPortFailsClearlyAndLeavesTheStoreAlone() throws {
        let (dir, store) = try CorpusTestFiles.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try CLIRunner.run(["import", CorpusTestFiles.seedEnglish(0), CorpusTestFiles.seedKorean(0), "--store", store], in: dir)
        let before = CorpusTestFiles.snapshot(store)
        let closed = try server()
        let url = closed.url("/english/new-research-center/")
        closed.stop()
        let result = try CLIRunner.run(["import", url, "--timeout", "5", "--store", store], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: cannot connect") || result.stderr.contains("error: cannot fetch"), "\(result.stderr)")
        #expect(CorpusTestFiles.snapshot(store) == before)
    }

    @Test func pagesWithoutAKoreanLinkOrBodyOrWith404AreRefused() throws {
        let server = try server()
        defer { server.stop() }
        let (dir, store) = try CorpusTestFiles.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let noLink = try CLIRunner.run(["import", server.url("/english/no-link/"), "--store", store], in: dir)
        #expect(noLink.status == 1)
        #expect(noLink.stderr.contains("no \"Read in Korean\" link"))
        let noBody = try CLIRunner.run(["import", server.url("/english/no-body/"), "--store", store], in: dir)
        #expect(noBody.stderr.contains("no article body found"))
        let missing = try CLIRunner.run(["import", server.url("/english/gone/"), "--store", store], in: dir)
        #expect(missing.stderr.contains("HTTP 404"))
        let ftp = try CLIRunner.run(["import", "ftp://127.0.0.1/x", "--store", store], in: dir)
        #expect(ftp.status != 0)
        #expect(CorpusTestFiles.snapshot(store) == "absent")
    }
}
