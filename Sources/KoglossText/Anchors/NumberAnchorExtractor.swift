/// Extracts number anchors (numbers, years, dates, percentages, weekdays) from English and Korean text, with
/// values that agree across the two languages ("Mar. 31" and "3월 31일" are both date "3-31"; "30,000" and
/// "3만" are both number "30000"). Digits consumed by a date, year or percentage never also produce a plain
/// number. Ranges are UTF-8 byte offsets into the given string.
///
/// Rules worth knowing: a bare 4-digit number 1900-2099 without separators is a year; a month alone is "M-";
/// a day alone is "-D" unless an earlier date in the same text gives its month (Korean 30일 after 12월 26일,
/// English "Dec. 26 to 30"); day counts (3일간, 최대 15일, 3박 4일) are numbers; spelt-out English numbers
/// one..ninety-nine (and "twice") and native Korean counts before a counter (세 명, 닷새) are numbers; "hundreds",
/// "수백" and Korean 한 (one) give nothing. Full-width digits are not read: fold the text first if it has them.
public enum NumberAnchorExtractor {
    /// "200", "1,000", "Mar. 31", "2023", "12%", "two" ... "twenty", "Tuesday".
    public static func englishAnchors(in text: String) -> [NumberAnchor] {
        EnglishAnchorScanner.anchors(in: text)
    }

    /// "200여 명", "3만", "1천", "3월 31일", "2023년", "12%", "퍼센트", "화요일".
    public static func koreanAnchors(in text: String) -> [NumberAnchor] {
        KoreanAnchorScanner.anchors(in: text)
    }

    /// `englishAnchors(in:)` of the text with these UTF-8 bytes (for callers that hold the bytes already).
    public static func englishAnchors(utf8: UnsafeBufferPointer<UInt8>) -> [NumberAnchor] {
        EnglishAnchorScanner.scan(utf8)
    }

    /// `koreanAnchors(in:)` of the text with these UTF-8 bytes.
    public static func koreanAnchors(utf8: UnsafeBufferPointer<UInt8>) -> [NumberAnchor] {
        KoreanAnchorScanner.scan(utf8)
    }

    /// Anchors in either language, chosen by the text's script (Hangul ratio above one half means Korean).
    public static func anchors(in text: String) -> [NumberAnchor] {
        HangulScript.hangulRatio(text) > 0.5 ? koreanAnchors(in: text) : englishAnchors(in: text)
    }
}
