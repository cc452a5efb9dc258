/// Extracts number anchors (numbers, years, dates, percentages, weekdays) from English and Korean text.
/// Digits consumed by a date, year or percentage never also produce a plain number. Ranges are UTF-8
/// byte offsets into the given string.
public enum NumberAnchorExtractor {
    /// "200", "1,000", "Mar. 31", "2023", "12%", "two" ... "twenty", "Tuesday".
    public static func englishAnchors(in text: String) -> [NumberAnchor] {
        EnglishAnchorScanner.anchors(in: text)
    }

    /// "200여 명", "3만", "1천", "3월 31일", "2023년", "12%", "퍼센트", "화요일".
    public static func koreanAnchors(in text: String) -> [NumberAnchor] {
        KoreanAnchorScanner.anchors(in: text)
    }

    /// Anchors in either language, chosen by the text's script (Hangul ratio above one half means Korean).
    public static func anchors(in text: String) -> [NumberAnchor] {
        HangulScript.hangulRatio(text) > 0.5 ? koreanAnchors(in: text) : englishAnchors(in: text)
    }
}
