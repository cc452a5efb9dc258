import Foundation
import KoglossAlign
import KoglossGlossary
import KoglossText

/// Turns files into `LintDocument`s: reads and checks the English file (and its Korean source), splits
/// both into paragraphs with the article reader, aligns them, and settles the article's date.
/// With a source and a glossary, the glossary's terms are matched once per text: the matches give the
/// aligner its glossary anchors and are handed on (`Loaded.matches`) for the rules.
public struct LintInputLoader: Sendable {
    /// Aligns with the glossary's terms as anchors (the same alignment the loader computes from the matches).
    public let aligner: ParagraphAligner
    /// The glossary's matcher (nil without a glossary); give `LintEngine` the same one.
    public let matcher: TermMatcher?
    private let anchors: GlossaryAnchorConcepts?

    public init(glossary: Termbase?) {
        self.init(matcher: glossary.map { TermMatcher(termbase: $0) })
    }

    /// A loader matching with `matcher` (the lint engine's, so that its matches serve the rules too).
    public init(matcher: TermMatcher?) {
        self.matcher = matcher
        if let matcher {
            let anchors = GlossaryAnchorConcepts(matcher: matcher)
            aligner = ParagraphAligner(matcher: matcher, anchors: anchors)
            self.anchors = anchors
        } else {
            aligner = ParagraphAligner()
            anchors = nil
        }
    }

    /// A loaded file: the document and the file's raw bytes (for byte-exact fixes).
    public struct Loaded: Sendable {
        public var document: LintDocument
        public var raw: Data
        public var url: URL
        /// The glossary's matches in the document when they were needed to align it (nil otherwise); for
        /// `LintEngine.lint(_:matches:rules:)`.
        public var matches: DocumentTermMatches?
        /// The paragraphs' number anchors when the aligner found them (nil otherwise); for
        /// `LintEngine.lint(_:matches:anchors:rules:)`, so the number rule does not scan the texts again.
        public var anchors: ParagraphNumberAnchors?
    }

    /// Loads `englishURL` (shown as `displayPath`) with an optional Korean source; `date` overrides the
    /// date found in the files.
    public func load(englishURL: URL, koreanURL: URL?, displayPath: String, date: String?) throws -> Loaded {
        let raw = try Self.readData(englishURL, displayPath: displayPath)
        let korean = try koreanURL.map { (data: try Self.readData($0, displayPath: $0.path), url: $0) }
        let articles = try readPages(english: raw, englishURL: englishURL, korean: korean, displayPath: displayPath)
        let when = date ?? articles.date
        // HTML pages are linted on their paragraphs' text (what the aligner reads), not on the page source.
        var english = articles.english, koreanArticle = articles.korean
        var page: HTMLPageSource? = nil
        if articles.englishIsHTML { (english, page) = Self.textArticle(ofPage: english) }
        if let article = koreanArticle, articles.koreanIsHTML { koreanArticle = Self.textArticle(ofPage: article).article }
        var prepared = prepare(english: english, korean: koreanArticle, path: displayPath, date: when)
        prepared.document.htmlSource = page
        return Loaded(document: prepared.document, raw: raw, url: englishURL, matches: prepared.matches, anchors: prepared.anchors)
    }

    /// An HTML page's article as the lint reads it (its paragraphs' texts, a blank line between, each
    /// paragraph's range pointing at its text) and the page source with the paragraphs' ranges in it: give the
    /// article to `prepare` and set the document's `htmlSource` to the source.
    public static func textArticle(ofPage page: Article) -> (article: Article, source: HTMLPageSource) {
        HTMLLintText.article(ofPage: page)
    }

    /// A stored article's text as the lint reads it: an HTML page's (its text the page source, as `kogloss
    /// import` stores it; `file` the stored file name) as `textArticle(ofPage:)` gives it, else the article as it is.
    public static func textArticle(ofStored article: Article, file: String?) -> (article: Article, source: HTMLPageSource?) {
        let named = file.map { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".htm") } ?? false
        guard named || ArticleReader.mentionsHTMLTag(Data(article.text.utf8.prefix(512))) else { return (article, nil) }
        let read = HTMLLintText.article(ofPage: article)
        return (read.article, read.source)
    }

    /// Decodes and checks the English file's bytes (and its Korean source's), splits both into
    /// paragraphs and finds the article's date: everything `load` does between reading the files and
    /// aligning them (the benchmark times it apart from file I/O and alignment).
    public func read(english raw: Data, englishURL: URL, korean: (data: Data, url: URL)?, displayPath: String) throws
        -> (english: Article, korean: Article?, date: String?) {
        let read = try readPages(english: raw, englishURL: englishURL, korean: korean, displayPath: displayPath)
        return (read.english, read.korean, read.date)
    }

    /// `read`, and whether each file was read as an HTML page (whose article text is its page source).
    func readPages(english raw: Data, englishURL: URL, korean: (data: Data, url: URL)?, displayPath: String) throws
        -> (english: Article, korean: Article?, date: String?, englishIsHTML: Bool, koreanIsHTML: Bool) {
        let (english, _, englishIsHTML) = try Self.readArticle(englishURL, data: raw, displayPath: displayPath, countingLetters: false)
        guard !Self.isKorean(english.language) else {
            throw InputError(file: displayPath, message: "the English file is Korean",
                             hint: "give the English translation first and the Korean original with --source")
        }
        var koreanArticle: Article? = nil
        var koreanIsHTML = false
        if let korean {
            // The source's path (Foundation's URL parsing) only for an error message.
            let (article, letters, isHTML) = try Self.readArticle(korean.url, data: korean.data, displayPath: korean.url.path, countingLetters: true)
            let ratio = letters.ratio   // counted with the language, paragraph by paragraph, no joined copy
            guard ratio >= 0.3 else {
                throw InputError(file: korean.url.path, message: String(format: "the source is not Korean (%.0f%% of its letters are Hangul)", ratio * 100),
                                 hint: "give the Korean original with --source")
            }
            koreanArticle = article
            koreanIsHTML = isHTML
        }
        let date = ArticleDate.detect(in: english.text) ?? koreanArticle.flatMap { ArticleDate.detect(in: $0.text) }
        return (english, koreanArticle, date, englishIsHTML, koreanIsHTML)
    }

    /// `language?.isKorean == true`, without splitting the tag into a new string for the languages the
    /// reader sets (`en`, `ko`).
    static func isKorean(_ language: LanguageCode?) -> Bool {
        guard let language else { return false }
        if language == .english { return false }
        if language == .korean { return true }
        return language.isKorean
    }

    /// A document from already-read articles (also used for stored corpus pairs).
    public func document(english: Article, korean: Article?, path: String, date: String?) -> LintDocument {
        documentAndMatches(english: english, korean: korean, path: path, date: date).document
    }

    /// A document from already-read articles and, with a source and a glossary, the glossary's matches in it:
    /// both texts are matched once, the matches' concepts anchor the alignment, and the matches go on to
    /// `LintEngine.lint(_:matches:rules:)`.
    public func documentAndMatches(english: Article, korean: Article?, path: String, date: String?) -> (document: LintDocument, matches: DocumentTermMatches?) {
        let prepared = prepare(english: english, korean: korean, path: path, date: date)
        return (prepared.document, prepared.matches)
    }

    /// What the lint needs of already-read articles: the document; with a source and a glossary, the glossary's
    /// matches (each text matched once; their concepts anchor the alignment) and the paragraphs' number anchors
    /// (found once; they anchor the alignment too). Both go on to `LintEngine.lint(_:matches:anchors:rules:)`.
    public func prepare(english: Article, korean: Article?, path: String, date: String?)
        -> (document: LintDocument, matches: DocumentTermMatches?, anchors: ParagraphNumberAnchors?) {
        guard let korean else {
            let englishParagraphs = english.paragraphs.map { LintParagraph(range: $0.range, kind: Self.kind($0.kind)) }
            return (LintDocument(path: path, english: english.text, englishParagraphs: englishParagraphs, date: date), nil, nil)
        }
        guard let matcher, let anchors else {
            return (document(english: english, korean: korean, path: path, date: date, alignment: aligner.align(korean: korean, english: english)), nil, nil)
        }
        // The document's paragraphs (as the rules see them) before the alignment, to match in them.
        var document = document(english: english, korean: korean, path: path, date: date, alignment: Alignment(beads: []))
        let matches = DocumentTermMatches(document: document, matcher: matcher)
        // An English text without paragraphs counts as one paragraph in the document, as none in the alignment.
        let englishConcepts = english.paragraphs.isEmpty ? [] : anchors.concepts(in: matches.english)
        let koreanNumbers = korean.paragraphs.map { NumberAnchorExtractor.koreanAnchors(in: $0.text) }
        let englishNumbers = english.paragraphs.map { NumberAnchorExtractor.englishAnchors(in: $0.text) }
        let alignment = aligner.align(korean: korean.paragraphs, english: english.paragraphs,
                                      koreanConcepts: anchors.concepts(in: matches.korean), englishConcepts: englishConcepts,
                                      koreanNumbers: koreanNumbers, englishNumbers: englishNumbers)
        document.beads = alignment.beads.map { LintBead(korean: $0.ko, english: $0.en, confidence: $0.confidence) }
        return (document, matches, Self.ruleAnchors(document: document, english: english, korean: korean,
                                                    englishNumbers: englishNumbers, koreanNumbers: koreanNumbers))
    }

    /// The aligner's number anchors as the rules need them: the rules read a paragraph at its range in the
    /// document, which is the paragraph's text for plain text and for HTML pages loaded by `load` (linted on
    /// their text), not always for Markdown or articles given as they were read; a paragraph whose text
    /// differs from its slice gets the slice's own anchors.
    static func ruleAnchors(document: LintDocument, english: Article, korean: Article,
                            englishNumbers: [[NumberAnchor]], koreanNumbers: [[NumberAnchor]]) -> ParagraphNumberAnchors? {
        guard document.englishParagraphs.count == english.paragraphs.count,
              document.koreanParagraphs.count == korean.paragraphs.count else { return nil }
        func forRules(_ paragraphs: [Paragraph], _ numbers: [[NumberAnchor]], _ text: String, korean: Bool) -> [[NumberAnchor]] {
            var text = text
            return text.withUTF8 { bytes in
                paragraphs.indices.map { p in
                    let range = paragraphs[p].range.clamped(to: 0..<bytes.count)
                    let slice = UnsafeBufferPointer(rebasing: bytes[range])
                    var same = false
                    var paragraphText = paragraphs[p].text
                    paragraphText.withUTF8 { own in
                        same = own.count == slice.count && (own.isEmpty || memcmp(own.baseAddress!, slice.baseAddress!, own.count) == 0)
                    }
                    if same { return numbers[p] }
                    return korean ? NumberAnchorExtractor.koreanAnchors(utf8: slice) : NumberAnchorExtractor.englishAnchors(utf8: slice)
                }
            }
        }
        return ParagraphNumberAnchors(english: forRules(english.paragraphs, englishNumbers, document.english, korean: false),
                                      korean: forRules(korean.paragraphs, koreanNumbers, document.korean ?? "", korean: true))
    }

    /// A document from already-read articles and their alignment.
    public func document(english: Article, korean: Article, path: String, date: String?, alignment: Alignment) -> LintDocument {
        let englishParagraphs = english.paragraphs.map { LintParagraph(range: $0.range, kind: Self.kind($0.kind)) }
        return LintDocument(path: path, english: english.text, englishParagraphs: englishParagraphs, korean: korean.text,
                            koreanParagraphs: korean.paragraphs.map { LintParagraph(range: $0.range, kind: Self.kind($0.kind)) },
                            beads: alignment.beads.map { LintBead(korean: $0.ko, english: $0.en, confidence: $0.confidence) }, date: date)
    }

    /// The lint paragraph kind of an article paragraph kind.
    public static func lintKind(_ kind: ParagraphKind) -> LintParagraph.Kind { Self.kind(kind) }

    static func kind(_ kind: ParagraphKind) -> LintParagraph.Kind {
        switch kind {
        case .body: return .body
        case .heading: return .heading
        case .caption: return .caption
        default: return .other
        }
    }

    static func readData(_ url: URL, displayPath: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw InputError(file: displayPath, message: "no such file", hint: "check the path")
        }
        guard !isDirectory.boolValue else {
            throw InputError(file: displayPath, message: "is a folder", hint: "give a file, or the folder alone to lint its pairs")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(file: displayPath, message: "cannot read the file", hint: "check its permissions")
        }
        return data
    }

    /// The article of a file's bytes, with `countingLetters` the letters of all its paragraphs (for the
    /// Korean check), and whether it was read as an HTML page. `displayPath` is evaluated only for an error.
    static func readArticle(_ url: URL, data: Data, displayPath: @autoclosure () -> String, countingLetters: Bool) throws
        -> (article: Article, letters: HangulLetterCount, isHTML: Bool) {
        do {
            let format = ArticleFormat(url: url)
            if format == .html || ArticleReader.mentionsHTMLTag(data) {
                let article = try ArticleReader.read(html: data, baseURL: url, file: displayPath())
                return (article, countingLetters ? LanguageDetector.letters(of: article.paragraphs) : HangulLetterCount(), true)
            }
            // The error's file is set below. The letters counted while validating serve the language check.
            let (text, letters) = try TextFileDecoder.decodeCountingLetters(data, file: nil)
            if countingLetters {
                let (article, counted) = try ArticleReader.readCountingLetters(text: text, format: format, file: nil, textLetters: letters)
                return (article, counted, false)
            }
            return (try ArticleReader.read(text: text, format: format, file: nil, textLetters: letters), HangulLetterCount(), false)
        } catch var error as InputError {
            error.file = displayPath()
            throw error
        }
    }
}
