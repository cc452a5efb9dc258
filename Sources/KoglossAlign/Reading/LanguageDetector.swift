import KoglossGlossary
import KoglossText

/// Korean or English, judged by the share of Hangul among the letters of the body text.
public enum LanguageDetector {
    /// `ko` when at least 30% of the letters are Hangul, `en` when there are letters but little Hangul, nil without letters.
    /// The sample is the first 2,000 characters of each body, heading and caption paragraph, up to about 20 KB
    /// (all paragraphs when there are none of those); letters are counted on bytes, without building it.
    public static func language(of paragraphs: [Paragraph]) -> LanguageCode? {
        var count = HangulLetterCount()
        var sampleBytes = 0
        var sampled = false
        for paragraph in paragraphs where paragraph.kind == .body || paragraph.kind == .heading || paragraph.kind == .caption {
            sampled = true
            sampleBytes += addPrefix(of: paragraph.text, to: &count) + 1
            if sampleBytes > 20_000 { break }
        }
        if !sampled {
            for paragraph in paragraphs { _ = addPrefix(of: paragraph.text, to: &count) }
        }
        return language(of: count)
    }

    /// The language of a text sample.
    public static func language(of text: String) -> LanguageCode? {
        var count = HangulLetterCount()
        count.add(text)
        return language(of: count)
    }

    /// Hangul letters / all letters over the text of `paragraphs` (as if joined, without joining them).
    public static func hangulRatio(of paragraphs: [Paragraph]) -> Double {
        var count = HangulLetterCount()
        for paragraph in paragraphs { count.add(paragraph.text) }
        return count.ratio
    }

    static func language(of count: HangulLetterCount) -> LanguageCode? {
        guard count.hasAlphabetic else { return nil }
        return count.ratio >= 0.3 ? .korean : .english
    }

    /// Counts the letters of the first 2,000 characters of `text`; returns their UTF-8 length.
    static func addPrefix(of text: String, to count: inout HangulLetterCount) -> Int {
        // 2,000 bytes are at most 2,000 characters: only a longer paragraph needs counting characters.
        let length = text.utf8.count <= 2_000 ? text.utf8.count : text.prefix(2_000).utf8.count
        UTF8Decoding.withBytes(of: text) { count.add(UnsafeBufferPointer(rebasing: $0[0..<length])) }
        return length
    }
}
