import KoglossGlossary
import KoglossText

/// Korean or English, judged by the share of Hangul among the letters of the body text.
public enum LanguageDetector {
    /// `ko` when at least 30% of the letters are Hangul, `en` when there are letters but little Hangul, nil without letters.
    /// The sample is the first 2,000 characters of each body, heading and caption paragraph, up to about 20 KB
    /// (all paragraphs when there are none of those); letters are counted on bytes, without building it.
    public static func language(of paragraphs: [Paragraph]) -> LanguageCode? {
        language(of: count(paragraphs, all: false).sample)
    }

    /// `language(of:)` and the letters of all of `paragraphs` (what `hangulRatio(of:)` counts), in one pass
    /// over their bytes: the sample's bytes are counted once for both.
    public static func languageAndLetters(of paragraphs: [Paragraph]) -> (language: LanguageCode?, letters: HangulLetterCount) {
        let (sample, rest) = count(paragraphs, all: true)
        var letters = sample
        letters.add(rest)
        return (language(of: sample), letters)
    }

    /// The letters of the language sample, and (when `all`) those of every byte of the paragraphs' texts
    /// outside it.
    static func count(_ paragraphs: [Paragraph], all: Bool) -> (sample: HangulLetterCount, rest: HangulLetterCount) {
        var sample = HangulLetterCount()
        var rest = HangulLetterCount()
        var sampleBytes = 0
        var sampled = false
        var full = false
        for paragraph in paragraphs {
            let isSampleKind = paragraph.kind == .body || paragraph.kind == .heading || paragraph.kind == .caption
            if isSampleKind && !full {
                sampled = true
                sampleBytes += addPrefix(of: paragraph.text, to: &sample, rest: &rest, countingRest: all) + 1
                if sampleBytes > 20_000 { full = true }
            } else if all {
                rest.add(paragraph.text)
            } else if full {
                break
            }
        }
        if !sampled {
            // No body, heading or caption: the sample is every paragraph (and `rest` counted them whole).
            sample = HangulLetterCount()
            rest = HangulLetterCount()
            for paragraph in paragraphs { _ = addPrefix(of: paragraph.text, to: &sample, rest: &rest, countingRest: all) }
        }
        return (sample, rest)
    }

    /// The letters of the language sample of `paragraphs` from `allLetters`, the letters of all of them (with
    /// no Hangul but syllables, as `TextFileDecoder.decodeCountingLetters` gives them): those of the paragraphs
    /// outside the sample taken off. Nil when the sample cuts a paragraph (one over 2,000 bytes, or the 20 KB
    /// budget reached before a paragraph it would take): then count the sample.
    public static func sampleLetters(of paragraphs: [Paragraph], allLetters: HangulLetterCount) -> HangulLetterCount? {
        var sampleBytes = 0
        var sampled = false
        for paragraph in paragraphs {
            let length = paragraph.text.utf8.count
            if length > 2_000 { return nil }
            guard paragraph.kind == .body || paragraph.kind == .heading || paragraph.kind == .caption else { continue }
            if sampleBytes > 20_000 { return nil }
            sampled = true
            sampleBytes += length + 1
        }
        // No body, heading or caption: the sample is every paragraph.
        guard sampled else { return allLetters }
        var outside = HangulLetterCount()
        for paragraph in paragraphs where !(paragraph.kind == .body || paragraph.kind == .heading || paragraph.kind == .caption) {
            outside.add(paragraph.text)
        }
        var sample = allLetters
        sample.letters -= outside.letters
        sample.hangul -= outside.hangul
        // Without jamo or unassigned Hangul, a count has an alphabetic scalar exactly when it has a letter.
        sample.hasAlphabetic = sample.letters > 0
        return sample
    }

    /// The language of a text sample.
    public static func language(of text: String) -> LanguageCode? {
        var count = HangulLetterCount()
        count.add(text)
        return language(of: count)
    }

    /// Hangul letters / all letters over the text of `paragraphs` (as if joined, without joining them).
    public static func hangulRatio(of paragraphs: [Paragraph]) -> Double {
        letters(of: paragraphs).ratio
    }

    /// The letters of the text of `paragraphs`.
    public static func letters(of paragraphs: [Paragraph]) -> HangulLetterCount {
        var count = HangulLetterCount()
        for paragraph in paragraphs { count.add(paragraph.text) }
        return count
    }

    static func language(of count: HangulLetterCount) -> LanguageCode? {
        guard count.hasAlphabetic else { return nil }
        return count.ratio >= 0.3 ? .korean : .english
    }

    /// Counts the letters of the first 2,000 characters of `text`; returns their UTF-8 length.
    /// The letters after the prefix go to `rest` when `countingRest`.
    static func addPrefix(of text: String, to count: inout HangulLetterCount, rest: inout HangulLetterCount, countingRest: Bool) -> Int {
        // 2,000 bytes are at most 2,000 characters: only a longer paragraph needs counting characters.
        let length = text.utf8.count <= 2_000 ? text.utf8.count : text.prefix(2_000).utf8.count
        UTF8Decoding.withBytes(of: text) { bytes in
            count.add(UnsafeBufferPointer(rebasing: bytes[0..<length]))
            if countingRest, length < bytes.count { rest.add(UnsafeBufferPointer(rebasing: bytes[length...])) }
        }
        return length
    }
}
