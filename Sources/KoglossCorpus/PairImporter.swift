import Foundation
import KoglossAlign
import KoglossGlossary
import KoglossText

/// Turns an English article and its Korean original (files or already-read articles) into a `PairContent`:
/// reads both, checks their languages, aligns their paragraphs. Nothing is stored here, so bad input
/// is refused before any store is touched.
public struct PairImporter: Sendable {
    /// Metadata given on the command line; each overrides what the article says.
    public struct Metadata: Sendable {
        public var title: String?
        public var url: String?
        public var date: String?
        public init(title: String? = nil, url: String? = nil, date: String? = nil) {
            self.title = title
            self.url = url
            self.date = date
        }
    }

    let aligner: ParagraphAligner

    /// `glossary` supplies alignment anchors (concept pairs) when given.
    public init(glossary: Termbase? = nil) {
        aligner = ParagraphAligner(glossary: glossary)
    }

    /// Reads, checks and aligns two files. Throws `InputError` naming the bad file.
    public func content(englishFile: URL, koreanFile: URL, metadata: Metadata = Metadata()) throws -> PairContent {
        if let date = metadata.date, !PairContent.isISODate(date) {
            throw InputError(message: "--date '\(date)' is not a date like 2024-04-05", hint: "write the date as YYYY-MM-DD")
        }
        let english = try ArticleReader.read(contentsOf: englishFile)
        let korean = try ArticleReader.read(contentsOf: koreanFile)
        return try content(english: english, englishName: englishFile.lastPathComponent, englishPath: englishFile.path,
                           korean: korean, koreanName: koreanFile.lastPathComponent, koreanPath: koreanFile.path, metadata: metadata)
    }

    /// Checks and aligns two read articles; the names become the pair's file names (re-import identity).
    public func content(english: Article, englishName: String?, englishPath: String, korean: Article, koreanName: String?,
                        koreanPath: String, metadata: Metadata) throws -> PairContent {
        try LanguagePairCheck.check(english: english, englishFile: englishPath, korean: korean, koreanFile: koreanPath)
        let alignment = aligner.align(korean: korean, english: english)
        let content = PairContent(englishText: english.text, koreanText: korean.text,
                                  englishParagraphs: english.paragraphs, koreanParagraphs: korean.paragraphs,
                                  beads: alignment.beads, title: metadata.title ?? english.title,
                                  url: metadata.url, date: metadata.date, translator: english.translator,
                                  englishFile: englishName, koreanFile: koreanName)
        try content.validate(source: englishPath)
        return content
    }
}
