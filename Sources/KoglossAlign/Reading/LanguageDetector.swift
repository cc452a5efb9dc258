import KoglossGlossary
import KoglossText

/// Korean or English, judged by the share of Hangul among the letters of the body text.
public enum LanguageDetector {
    /// `ko` when at least 30% of the letters are Hangul, `en` when there are letters but little Hangul, nil without letters.
    public static func language(of paragraphs: [Paragraph]) -> LanguageCode? {
        var sample = ""
        for paragraph in paragraphs where paragraph.kind == .body || paragraph.kind == .heading || paragraph.kind == .caption {
            sample += paragraph.text.prefix(2_000)
            sample += " "
            if sample.utf8.count > 20_000 { break }
        }
        if sample.isEmpty { sample = paragraphs.map { String($0.text.prefix(2_000)) }.joined(separator: " ") }
        return language(of: sample)
    }

    /// The language of a text sample.
    public static func language(of text: String) -> LanguageCode? {
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        return HangulScript.hangulRatio(text) >= 0.3 ? .korean : .english
    }
}
