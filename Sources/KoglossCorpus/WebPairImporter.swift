import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import KoglossAlign
import KoglossText

/// A failure to fetch a page: offline, refused, timed out, or an HTTP error. Nothing is stored.
public struct FetchError: Error, CustomStringConvertible, Sendable {
    public var url: String
    public var message: String
    public var hint: String
    public var description: String { "\(url): error: \(message); \(hint)" }
}

/// `import URL`: fetches an English article page, follows its "Read in Korean" link to the original,
/// extracts both article bodies, checks and aligns them. Only http and https; each request has a timeout.
public struct WebPairImporter: Sendable {
    public var timeout: TimeInterval
    let importer: PairImporter

    public init(importer: PairImporter, timeout: TimeInterval = 20) {
        self.importer = importer
        self.timeout = timeout
    }

    /// The pair for the page at `url` (its URL is the pair's identity in the store).
    public func content(from url: URL, metadata: PairImporter.Metadata = .init()) async throws -> PairContent {
        let englishPage = try await fetch(url)
        let english = try ArticleReader.read(html: englishPage, baseURL: url, file: url.absoluteString)
        guard let koreanURL = english.koreanOriginalURL else {
            throw InputError(file: url.absoluteString, message: "the page has no \"Read in Korean\" link to its original",
                             hint: "import the two pages as files: kogloss import EN.html KO.html")
        }
        let koreanPage = try await fetch(koreanURL)
        let korean = try ArticleReader.read(html: koreanPage, baseURL: koreanURL, file: koreanURL.absoluteString)
        var metadata = metadata
        if metadata.url == nil { metadata.url = url.absoluteString }
        return try importer.content(english: english, englishName: nil, englishPath: url.absoluteString,
                                    korean: korean, koreanName: nil, koreanPath: koreanURL.absoluteString, metadata: metadata)
    }

    /// The body of a successful (2xx) GET of an http(s) URL.
    func fetch(_ url: URL) async throws -> Data {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw FetchError(url: url.absoluteString, message: "only http and https URLs can be imported",
                             hint: "give the article's web address, or import local files")
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("kogloss/0.1.0", forHTTPHeaderField: "User-Agent")
        let timeout = self.timeout
        let (data, response): (Data, URLResponse) = try await withCheckedThrowingContinuation { continuation in
            let task = session.dataTask(with: request) { data, response, error in
                if let error {
                    continuation.resume(throwing: WebPairImporter.describe(error, url: url, timeout: timeout))
                } else if let data, let response {
                    continuation.resume(returning: (data, response))
                } else {
                    continuation.resume(throwing: FetchError(url: url.absoluteString, message: "no response", hint: "try again later"))
                }
            }
            task.resume()
        }
        if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            throw FetchError(url: url.absoluteString, message: "the server answered HTTP \(http.statusCode)",
                             hint: http.statusCode == 404 ? "check the address" : "try again later")
        }
        return data
    }

    static func describe(_ error: Error, url: URL, timeout: TimeInterval) -> FetchError {
        let code = (error as? URLError)?.code
        let seconds = timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)
        switch code {
        case .timedOut?:
            return FetchError(url: url.absoluteString, message: "no answer within \(seconds) s (timed out)", hint: "check the connection or raise --timeout")
        case .cannotConnectToHost?, .networkConnectionLost?:
            return FetchError(url: url.absoluteString, message: "cannot connect to \(url.host ?? "the server")", hint: "check the address and that you are online")
        case .notConnectedToInternet?, .cannotFindHost?, .dnsLookupFailed?:
            return FetchError(url: url.absoluteString, message: "cannot reach \(url.host ?? "the server") (offline or unknown host)", hint: "check that you are online")
        default:
            return FetchError(url: url.absoluteString, message: "cannot fetch the page: \(error.localizedDescription)", hint: "check the address and the connection")
        }
    }
}
