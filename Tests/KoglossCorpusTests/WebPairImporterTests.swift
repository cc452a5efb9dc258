import Foundation
import Testing
@testable import KoglossCorpus

// The network paths (fetch, timeout, closed port, 404) are tested end to end against a local server in
// Tests/KoglossCLITests/CorpusWebImportTests.swift; these cover what needs no server.
@Suite struct WebPairImporterTests {
    @Test func refusesNonHTTPURLsWithoutTouchingTheNetwork() async throws {
        let importer = WebPairImporter(importer: PairImporter(), timeout: 1)
        for address in ["file:///etc/passwd", "ftp://127.0.0.1/a", "mailto:x@example.org"] {
            do {
                _ = try await importer.content(from: try #require(URL(string: address)))
                Issue.record("\(address) should be refused")
            } catch let error as FetchError {
                #expect(error.message.contains("only http and https"))
            }
        }
    }

    @Test func describesTimeoutsAndRefusedConnections() {
        let url = URL(string: "http://127.0.0.1:9/x")!
        let timedOut = WebPairImporter.describe(URLError(.timedOut), url: url, timeout: 2)
        #expect(timedOut.description == "http://127.0.0.1:9/x: error: no answer within 2 s (timed out); check the connection or raise --timeout")
        #expect(WebPairImporter.describe(URLError(.cannotConnectToHost), url: url, timeout: 2).message.contains("cannot connect to 127.0.0.1"))
        #expect(WebPairImporter.describe(URLError(.notConnectedToInternet), url: url, timeout: 2).message.contains("offline"))
    }
}
