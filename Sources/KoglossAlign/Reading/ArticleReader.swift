import Foundation
import KoglossGlossary
import KoglossText

/// Reads an article file (plain text, Markdown or HTML) into classified paragraphs, refusing bad input with an
/// `InputError` that says what is wrong and what to do.
public enum ArticleReader {
    /// Longest paragraph accepted, in UTF-8 bytes: a news paragraph is a few kilobytes; far more means the file
    /// is not an article (or has lost its line breaks).
    public static let maximumParagraphBytes = 100_000
    /// Most paragraphs accepted: news articles have tens; thousands means a dump, not an article.
    public static let maximumParagraphs = 2_000
    /// Largest article file accepted, checked before reading so that a huge file is refused at once instead of
    /// after minutes of splitting (a long news article is well under 1 MB).
    public static let maximumFileBytes = 32 * 1_048_576

    /// Reads `url`; the format comes from the extension, or from the content when it is an HTML page.
    public static func read(contentsOf url: URL) throws -> Article {
        let path = url.path
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumFileBytes {
            throw InputError(file: path, message: "file is \(size / 1_048_576) MB; articles are limited to \(maximumFileBytes / 1_048_576) MB",
                             hint: "give one article per file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw InputError(file: path, message: exists ? "cannot read the file" : "no such file",
                             hint: exists ? "check its permissions" : "check the path")
        }
        var format = ArticleFormat(url: url)
        if format != .html && looksLikeHTML(data) { format = .html }
        if format == .html { return try read(html: data, baseURL: url, file: path) }
        let text = try TextFileDecoder.decode(data, file: path)
        return try read(text: text, format: format, file: path)
    }

    /// Reads decoded text (NFC, LF line ends) as plain text or Markdown.
    public static func read(text: String, format: ArticleFormat, file: String?) throws -> Article {
        try read(text: text, format: format, file: file, countingLetters: false).article
    }

    /// `read(text:format:file:)`, and the letters of all the paragraphs (`LanguageDetector.hangulRatio(of:)`'s
    /// count, for the check that a source is Korean) counted in the same pass as the language.
    /// `textLetters`, when given, are the letters of the whole of `text` (`TextFileDecoder.decodeCountingLetters`):
    /// then the paragraphs' letters need no counting unless comments were dropped.
    public static func readCountingLetters(text: String, format: ArticleFormat, file: String?,
                                           textLetters: HangulLetterCount? = nil) throws -> (article: Article, letters: HangulLetterCount) {
        let (article, letters) = try read(text: text, format: format, file: file, countingLetters: true, textLetters: textLetters)
        return (article, letters ?? HangulLetterCount())
    }

    /// `read(text:format:file:)` with the letters of the whole text known (`TextFileDecoder.decodeCountingLetters`),
    /// so that the language needs no second count of them.
    public static func read(text: String, format: ArticleFormat, file: String?, textLetters: HangulLetterCount?) throws -> Article {
        try read(text: text, format: format, file: file, countingLetters: false, textLetters: textLetters).article
    }

    static func read(text: String, format: ArticleFormat, file: String?, countingLetters: Bool,
                     textLetters: HangulLetterCount? = nil) throws -> (article: Article, letters: HangulLetterCount?) {
        if format == .html {
            let article = try read(html: Data(text.utf8), baseURL: nil, file: file)
            return (article, countingLetters ? LanguageDetector.letters(of: article.paragraphs) : nil)
        }
        // A character is whitespace when its first scalar is: text starting with another scalar is not empty.
        if startsWithWhitespace(text) && text.allSatisfy({ $0.isWhitespace }) {
            throw InputError(file: file, message: "the file is empty", hint: "give an article with at least one paragraph")
        }
        var droppedComments = false
        let paragraphs = ParagraphSplitter.split(text, format: format, droppedComments: &droppedComments)
        if paragraphs.isEmpty {
            throw InputError(file: file, message: "the file has no paragraphs (only comments)", hint: "give an article with at least one paragraph")
        }
        try checkLengths(paragraphs, text: text, file: file)
        let language: LanguageCode?
        var letters: HangulLetterCount? = nil
        // Without dropped comments, the paragraphs' letters are the text's (the rest is whitespace and marks).
        if let whole = droppedComments ? nil : textLetters, let sample = LanguageDetector.sampleLetters(of: paragraphs, allLetters: whole) {
            language = LanguageDetector.language(of: sample)
            letters = whole
        } else if countingLetters {
            (language, letters) = LanguageDetector.languageAndLetters(of: paragraphs)
        } else {
            language = LanguageDetector.language(of: paragraphs)
        }
        let article = Article(text: text, paragraphs: paragraphs, language: language,
                              title: format == .markdown ? ParagraphSplitter.markdownTitle(text) : nil,
                              translator: translator(in: paragraphs))
        return (article, letters)
    }

    /// Reads an HTML page: the article body only, without navigation, scripts, share widgets and footers.
    public static func read(html data: Data, baseURL: URL?, file: String?) throws -> Article {
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError(file: file, message: "the file is empty", hint: "give an HTML article page")
        }
        // Reject binary and undecodable bytes with their offset, like the text reader does, unless the page
        // declares another charset (EUC-KR): then libxml2 decodes it and the source is kept as far as it is UTF-8.
        let source: String
        let parsed: Data
        do {
            source = try TextFileDecoder.decode(data, file: file)
            parsed = Data(source.utf8)
        } catch let error as InputError {
            guard !data.contains(0), declaresOtherCharset(data) else { throw error }
            source = String(decoding: data, as: UTF8.self)
            parsed = data
        }
        let extracted = try HTMLArticleExtractor.extract(parsed, source: source, baseURL: baseURL, file: file)
        try checkLengths(extracted.paragraphs, text: source, file: file)
        return Article(text: source, paragraphs: extracted.paragraphs, language: LanguageDetector.language(of: extracted.paragraphs),
                       title: extracted.title, translator: translator(in: extracted.paragraphs),
                       koreanOriginalURL: extracted.koreanOriginalURL)
    }

    /// Whether the first scalar of `text` is White_Space (true for an empty text).
    static func startsWithWhitespace(_ text: String) -> Bool {
        UTF8Decoding.withBytes(of: text) { bytes in bytes.isEmpty || UTF8Decoding.isWhitespace(UTF8Decoding.decode(bytes, at: 0).value) }
    }

    static func translator(in paragraphs: [Paragraph]) -> String? {
        for paragraph in paragraphs where paragraph.kind == .credit {
            if let name = ParagraphClassifier.translator(in: paragraph.text) { return name }
        }
        return nil
    }

    static func checkLengths(_ paragraphs: [Paragraph], text: String, file: String?) throws {
        if paragraphs.count > maximumParagraphs {
            throw InputError(file: file, message: "\(paragraphs.count) paragraphs is more than the \(maximumParagraphs) an article can have",
                             hint: "split the file into one article per file")
        }
        guard let long = paragraphs.first(where: { $0.text.utf8.count > maximumParagraphBytes }) else { return }
        let location = LineIndex(text).location(ofUTF8Offset: min(long.range.lowerBound, text.utf8.count))
        throw InputError(file: file, line: location.line, column: location.column,
                         message: "paragraph of \(long.text.utf8.count) bytes is longer than the \(maximumParagraphBytes)-byte limit",
                         hint: "this does not look like a news article; separate its paragraphs with blank lines")
    }

    /// A `charset=` other than UTF-8 in the first 2 KB.
    static func declaresOtherCharset(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return false }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }.prefix(12)
        return !value.hasPrefix("utf-8") && !value.hasPrefix("utf8")
    }

    /// `<html` in the first 512 bytes or `<!DOCTYPE` in the first 64 (case as written), searched on the bytes:
    /// the quick HTML sniff of `kogloss lint`, without `Data.range(of:)` and its temporary `Data`.
    public static func mentionsHTMLTag(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return contains(bytes, "<html", within: 512) || contains(bytes, "<!DOCTYPE", within: 64)
        }
    }

    /// Whether `needle` occurs within the first `limit` bytes.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString, within limit: Int) -> Bool {
        let n = needle.utf8CodeUnitCount
        let end = min(bytes.count, limit)
        guard end >= n else { return false }
        guard let base = bytes.baseAddress else { return false }
        let first = needle.utf8Start[0]
        var i = 0
        // memchr to each candidate first byte (a '<' is rare in text) instead of a step per byte.
        while i + n <= end, let hit = memchr(base + i, Int32(first), end - n + 1 - i) {
            i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            var k = 1
            while k < n && bytes[i + k] == needle.utf8Start[k] { k += 1 }
            if k == n { return true }
            i += 1
        }
        return false
    }

    /// `<!doctype html`, `<html` or `<body` near the start (after a BOM and whitespace).
    static func looksLikeHTML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(512), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        return trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<head") || trimmed.hasPrefix("<body")
    }
}
