import Foundation

/// Decides what a line or paragraph of a news article is: body text, a heading, or one of the labelled
/// non-body parts (photo caption, tag line, translator credit, footer, byline).
public enum ParagraphClassifier {
    /// The kind of `text`; `next` is the line that follows in the same block, used to recognise the image alt
    /// text that precedes a caption.
    public static func classify(_ text: String, next: String? = nil) -> ParagraphKind {
        // Captions, tags, credits, footers and bylines are short; long text is body whatever it contains.
        if text.utf8.count > 1_000 { return .body }
        let line = text.trimmingCharacters(in: .whitespaces)
        if line.isEmpty { return .body }
        if isCaption(line) { return .caption }
        if translator(in: line) != nil { return .credit }
        if isFooter(line) { return .footer }
        if isTagLine(line) { return .tags }
        if isByline(line) { return .byline }
        if let next, isCaption(next.trimmingCharacters(in: .whitespaces)), isAltText(line) { return .caption }
        if isHeading(line) { return .heading }
        return .body
    }

    /// True for the kinds a line inside a block is split out for (everything except body and heading).
    public static func standsAlone(_ kind: ParagraphKind) -> Bool {
        kind != .body && kind != .heading
    }

    /// The translator's name from a credit line such as `*Translated by Violet Kim`, else nil.
    public static func translator(in line: String) -> String? {
        var rest = Substring(line.trimmingCharacters(in: .whitespaces))
        while let first = rest.first, first == "*" || first == "_" || first == "(" || first == "[" { rest = rest.dropFirst() }
        let prefixes = ["translated by ", "translation by ", "translated from the korean by "]
        guard let prefix = prefixes.first(where: { rest.lowercased().hasPrefix($0) }) else { return nil }
        var name = rest.dropFirst(prefix.count)
        while let last = name.last, "*_.)] ".contains(last) { name = name.dropLast() }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 60 else { return nil }
        return trimmed
    }

    // MARK: - Rules

    /// `... / Image: Daily NK`, `/ Photo: Rodong Sinmun`, `/사진=조선중앙TV 캡처`, `(사진=연합뉴스)`, `▲ ...`.
    static func isCaption(_ line: String) -> Bool {
        if line.hasPrefix("▲") || line.hasPrefix("△ 사진") { return true }
        let lower = line.lowercased()
        for marker in ["/ image:", "/image:", "/ photo:", "/photo:", "/ photos:", "/ images:", "/ graphic:", "/graphic:",
                       "/ video:", "/ screenshot:", "/ map:", "| image:", "| photo:", "(image:", "(photo:", "[image:", "[photo:",
                       "/ image courtesy", "/ photo courtesy"] where lower.contains(marker) {
            return true
        }
        if lower.hasPrefix("image: ") || lower.hasPrefix("photo: ") || lower.hasPrefix("photo courtesy") { return true }
        let compact = line.replacingOccurrences(of: " ", with: "")
        for marker in ["/사진=", "(사진=", "[사진=", "/사진제공=", "(사진제공=", "/그래픽=", "(그래픽=", "/자료사진", "/사진:", "/영상=", "<사진=", "(자료사진)", "/출처="]
        where compact.contains(marker) {
            return true
        }
        if compact.hasPrefix("사진=") || compact.hasPrefix("[사진]") { return true }
        return false
    }

    /// Footers of Daily NK pages in both languages.
    static func isFooter(_ line: String) -> Bool {
        let lower = line.lowercased()
        let prefixes = ["please direct any comments", "please send any comments", "please send comments", "please direct comments",
                        "daily nk works with a network of sources", "for security reasons, their identities", "read in korean", "read in english", "read this article in korean",
                        "read the korean", "한국어로 읽기", "영어로 읽기", "영문 기사", "영문으로 보기", "이 기사에 대한 의견",
                        "ⓒ", "©", "copyright", "저작권자", "무단 전재", "무단전재"]
        return prefixes.contains { lower.hasPrefix($0) }
    }

    /// A comma-separated list of short lowercase keywords (`weapons production, russia, north korea, dprk`)
    /// or hashtags (`#북한 #러시아`).
    static func isTagLine(_ line: String) -> Bool {
        guard line.utf8.count < 300, let last = line.last, !".!?…\"”'’:;".contains(last) else { return false }
        let hashWords = line.split(separator: " ")
        if hashWords.count >= 2, hashWords.allSatisfy({ $0.hasPrefix("#") }) { return true }
        if line.lowercased().hasPrefix("tags:") || line.hasPrefix("태그:") { return true }
        let items = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard items.count >= 3, items.allSatisfy({ !$0.isEmpty }) else { return false }
        for item in items {
            let words = item.split(separator: " ")
            if words.count > 4 || words.first == "and" || words.first == "or" || words.first == "및" { return false }
        }
        // Keyword lists are lower-case in English; in Korean there is no case, so require short items.
        let hasUpper = line.unicodeScalars.contains { $0.properties.isUppercase }
        let latinLetters = line.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.count
        if latinLetters > 0 && hasUpper {
            // Allow capitalised acronyms (DPRK, KPA) but not capitalised names in a sentence-like heading.
            let lowerItems = items.filter { $0 == $0.lowercased() }.count
            return lowerItems * 2 > items.count
        }
        return items.allSatisfy { $0.split(separator: " ").count <= 3 }
    }

    /// `By Jeong Tae Joo`, an author bio line, `홍길동 기자`, a reporter's e-mail line.
    static func isByline(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        if line.hasPrefix("By "), words.count <= 6, line.last.map({ !".!?".contains($0) }) ?? true { return true }
        let lower = line.lowercased()
        if line.utf8.count < 400, lower.contains(" is a ") || lower.contains(" is one of ") || lower.contains(" has been a ") {
            let roles = ["journalist at", "reporter at", "reporter for", "correspondent for", "writer for", "contributor to",
                         "columnist", "journalist for", "editor at", "daily nk reporter", "daily nk’s", "daily nk's"]
            if words.count < 60, roles.contains(where: { lower.contains($0) }), words.first?.first?.isUppercase == true,
               lower.contains("daily nk") || lower.contains("journalist") || lower.contains("reporter") {
                return true
            }
        }
        let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: " .)"))
        if trimmed.count <= 30, trimmed.hasSuffix("기자") || trimmed.hasSuffix("특파원") { return true }
        if line.count <= 60, line.contains("@"), line.contains("기자") || line.contains(".com") && words.count <= 4 { return true }
        return false
    }

    /// The short lower-case alt text an image leaves in copied text right before its caption.
    static func isAltText(_ line: String) -> Bool {
        guard line.count <= 80, let last = line.last, !".!?\"”:".contains(last) else { return false }
        return line.split(separator: " ").count <= 10
    }

    /// A short line with no final punctuation: "Radio silence".
    static func isHeading(_ line: String) -> Bool {
        guard let last = line.last, !".!?…\"”'’:;,)]".contains(last) else { return false }
        guard line.contains(where: { $0.isLetter }) else { return false }
        let words = line.split(separator: " ").count
        let hangul = line.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
        return hangul ? (line.count <= 40 && words <= 8) : (words <= 10 && line.count <= 90)
    }
}
