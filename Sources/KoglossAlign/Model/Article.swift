import Foundation
import KoglossGlossary

/// A news article split into classified paragraphs, with what the reader found about it.
public struct Article: Sendable {
    /// The decoded NFC source text (for HTML: the page source).
    public var text: String
    public var paragraphs: [Paragraph]
    /// Detected from the Hangul ratio of the body text; nil when there is no text to judge.
    public var language: LanguageCode?
    public var title: String?
    /// From "*Translated by Violet Kim".
    public var translator: String?
    /// HTML: the "Read in Korean" link.
    public var koreanOriginalURL: URL?

    public init(text: String, paragraphs: [Paragraph], language: LanguageCode? = nil, title: String? = nil,
                translator: String? = nil, koreanOriginalURL: URL? = nil) {
        self.text = text
        self.paragraphs = paragraphs
        self.language = language
        self.title = title
        self.translator = translator
        self.koreanOriginalURL = koreanOriginalURL
    }
}
