import Foundation
import KoglossText

/// Decides what a line or paragraph of a news article is: body text, a heading, or one of the labelled
/// non-body parts (photo caption, tag line, translator credit, footer, byline).
public enum ParagraphClassifier {
    /// The kind of `text`; `next` is the line that follows in the same block, used to recognise the image alt
    /// text that precedes a caption.
    public static func classify(_ text: String, next: String? = nil) -> ParagraphKind {
        // Captions, tags, credits, footers and bylines are short; long text is body whatever it contains.
        if text.utf8.count > 1_000 { return .body }
        if UTF8Decoding.withBytes(of: text, isPlainBody) { return .body }
        return classifyCharacters(text, next: next)
    }

    /// `classify` on the UTF-8 bytes of a line: a `String` is made only for a line that could be something
    /// other than body text. `next` is evaluated only then.
    public static func classify(bytes line: UnsafeBufferPointer<UInt8>, next: @autoclosure () -> String?) -> ParagraphKind {
        if line.count > 1_000 || isPlainBody(line) { return .body }
        return classifyCharacters(String(decoding: line, as: UTF8.self), next: next())
    }

    /// The rules on characters, the reference for every kind.
    static func classifyCharacters(_ text: String, next: String?) -> ParagraphKind {
        if text.utf8.count > 1_000 { return .body }
        let line = trimmingSpaces(text)
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
        var rest = Substring(trimmingSpaces(line))
        while let first = rest.first, first == "*" || first == "_" || first == "(" || first == "[" { rest = rest.dropFirst() }
        let prefixes = creditPrefixes
        // Lower-casing maps scalar by scalar, so a prefix of the line lower-cased is enough (and cheap on long lines).
        guard let initial = rest.utf8.first, initial | 0x20 == 0x74 /* t */ else { return nil }
        let head = rest.prefix(64).lowercased()
        guard let prefix = prefixes.first(where: { head.utf8.starts(with: $0.utf8) && head.hasPrefix($0) }) else { return nil }
        var name = rest.dropFirst(prefix.count)
        while let last = name.last, "*_.)] ".contains(last) { name = name.dropLast() }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 60 else { return nil }
        return trimmed
    }

    /// What a translator credit starts with (lower-cased).
    static let creditPrefixes = ["translated by ", "translation by ", "translated from the korean by "]

    // MARK: - Rules

    /// `... / Image: Daily NK`, `/ Photo: Rodong Sinmun`, `/사진=조선중앙TV 캡처`, `(사진=연합뉴스)`, `▲ ...`.
    static func isCaption(_ line: String) -> Bool {
        if line.hasPrefix("▲") || line.hasPrefix("△ 사진") { return true }
        if ByteMarkers.hasUnusualCaseMapping(line) { return isCaptionSlow(line) }
        return UTF8Decoding.withBytes(of: line) { bytes in
            ByteMarkers.startsWithCaptionPrefix(bytes) || (0..<bytes.count).contains { ByteMarkers.hasCaptionMarker(bytes, at: $0) }
        }
    }

    /// The reference form of `isCaption` (Foundation lower-casing and search), for lines whose lower-casing
    /// turns a non-ASCII letter into ASCII (İ, the Kelvin sign), which the byte search would miss.
    static func isCaptionSlow(_ line: String) -> Bool {
        let lower = line.lowercased()
        for marker in ByteMarkers.captionMarkerStrings where lower.contains(marker) { return true }
        if lower.hasPrefix("image: ") || lower.hasPrefix("photo: ") || lower.hasPrefix("photo courtesy") { return true }
        let compact = line.replacingOccurrences(of: " ", with: "")
        for marker in ByteMarkers.koreanCaptionMarkerStrings where compact.contains(marker) { return true }
        if compact.hasPrefix("사진=") || compact.hasPrefix("[사진]") { return true }
        return false
    }

    /// Footers of Daily NK pages in both languages.
    static func isFooter(_ line: String) -> Bool {
        // Only lines starting like a footer (p d f r c t © ⓒ or a Hangul lead byte) are worth lower-casing.
        guard let initial = line.utf8.first, footerInitials.contains(initial | (initial < 0x80 ? 0x20 : 0)) else { return false }
        let lower = line.prefix(64).lowercased()
        let prefixes = footerPrefixes
        // Bytes first (cheap), then the character comparison that decides.
        return prefixes.contains { lower.utf8.starts(with: $0.utf8) && lower.hasPrefix($0) }
    }

    static let footerPrefixes = ["please direct any comments", "please send any comments", "please send comments", "please direct comments",
                        "daily nk works with a network of sources", "for security reasons, their identities", "read in korean", "read in english", "read this article in korean",
                        "read the korean", "한국어로 읽기", "영어로 읽기", "영문 기사", "영문으로 보기", "이 기사에 대한 의견",
                        "ⓒ", "©", "copyright", "저작권자", "무단 전재", "무단전재"]

    /// First bytes of the footer prefixes (lower-cased ASCII).
    private static let footerInitials: Set<UInt8> = Set(footerPrefixes.compactMap { $0.utf8.first })

    /// A comma-separated list of short lowercase keywords (`weapons production, russia, north korea, dprk`)
    /// or hashtags (`#북한 #러시아`).
    static func isTagLine(_ line: String) -> Bool {
        guard line.utf8.count < 300, let last = line.last, !".!?…\"”'’:;".contains(last) else { return false }
        let hashWords = line.split(separator: " ")
        if hashWords.count >= 2, hashWords.allSatisfy({ $0.hasPrefix("#") }) { return true }
        if line.prefix(8).lowercased().hasPrefix("tags:") || line.hasPrefix("태그:") { return true }
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
        if line.hasPrefix("By "), line.split(separator: " ").count <= 6, line.last.map({ !".!?".contains($0) }) ?? true { return true }
        if line.utf8.count < 400, ByteMarkers.containsFoldingCase(line, ByteMarkers.bioPhrases) {
            let words = line.split(separator: " ")
            let lower = line.lowercased()
            if lower.contains(" is a ") || lower.contains(" is one of ") || lower.contains(" has been a ") {
                let roles = ["journalist at", "reporter at", "reporter for", "correspondent for", "writer for", "contributor to",
                             "columnist", "journalist for", "editor at", "daily nk reporter", "daily nk’s", "daily nk's"]
                if words.count < 60, roles.contains(where: { lower.contains($0) }), words.first?.first?.isUppercase == true,
                   lower.contains("daily nk") || lower.contains("journalist") || lower.contains("reporter") {
                    return true
                }
            }
        }
        // Trimming " .)" by scalars (what the CharacterSet does), and the character counts only when the suffix fits.
        var scalars = Substring(line).unicodeScalars[...]
        while let f = scalars.first, f == " " || f == "." || f == ")" { scalars = scalars.dropFirst() }
        while let l = scalars.last, l == " " || l == "." || l == ")" { scalars = scalars.dropLast() }
        let trimmed = Substring(scalars)
        if trimmed.hasSuffix("기자") || trimmed.hasSuffix("특파원"), trimmed.count <= 30 { return true }
        if line.utf8.contains(0x40), line.count <= 60, line.contains("@"),
           line.contains("기자") || line.contains(".com") && line.split(separator: " ").count <= 4 { return true }
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

extension ParagraphClassifier {
    /// `line` without leading and trailing spaces and tabs (`CharacterSet.whitespaces`); Foundation only
    /// when there is something to trim.
    static func trimmingSpaces(_ line: String) -> String {
        guard let first = line.unicodeScalars.first, let last = line.unicodeScalars.last else { return line }
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == "\t" || s.properties.generalCategory == .spaceSeparator }
        return isSpace(first) || isSpace(last) ? line.trimmingCharacters(in: .whitespaces) : line
    }
}

/// Marker search on UTF-8 bytes for the classifier (it runs on every line of every article, so no
/// Foundation search or lower-cased copy per line).
enum ByteMarkers {
    static let captionMarkerStrings = ["/ image:", "/image:", "/ photo:", "/photo:", "/ photos:", "/ images:", "/ graphic:", "/graphic:",
                                       "/ video:", "/ screenshot:", "/ map:", "| image:", "| photo:", "(image:", "(photo:", "[image:", "[photo:",
                                       "/ image courtesy", "/ photo courtesy"]
    static let koreanCaptionMarkerStrings = ["/사진=", "(사진=", "[사진=", "/사진제공=", "(사진제공=", "/그래픽=", "(그래픽=", "/자료사진", "/사진:",
                                             "/영상=", "<사진=", "(자료사진)", "/출처="]
    static let captionMarkers = captionMarkerStrings.map { Array($0.utf8) }
    static let koreanCaptionMarkers = koreanCaptionMarkerStrings.map { Array($0.utf8) }
    static let captionPrefixes = ["image: ", "photo: ", "photo courtesy"].map { Array($0.utf8) }
    static let koreanCaptionPrefixes = ["사진=", "[사진]"].map { Array($0.utf8) }

    /// True when lower-casing the line could produce ASCII from non-ASCII (U+0130 İ, U+212A Kelvin sign),
    /// where a byte search that folds ASCII case only would differ from `lowercased()`.
    static func hasUnusualCaseMapping(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            for i in 0..<bytes.count where bytes[i] == 0xC4 || bytes[i] == 0xE2 {
                if bytes[i] == 0xC4, i + 1 < bytes.count, bytes[i + 1] == 0xB0 { return true }
                if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x84, bytes[i + 2] == 0xAA { return true }
            }
            return false
        }
    }

    /// True when `bytes` starts with one of `needles` (lower-case ASCII when folding case; with spaces in
    /// `bytes` skipped when asked, as in a copy without spaces).
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ needles: [[UInt8]], foldingCase: Bool = false, skippingSpaces: Bool = false) -> Bool {
        needleLoop: for needle in needles {
            var i = 0
            for n in needle {
                if skippingSpaces { while i < bytes.count && bytes[i] == 0x20 { i += 1 } }
                guard i < bytes.count else { continue needleLoop }
                var b = bytes[i]
                if foldingCase && b >= 0x41 && b <= 0x5A { b |= 0x20 }
                if b != n { continue needleLoop }
                i += 1
            }
            return true
        }
        return false
    }

    /// True when `line` contains one of `needles` (lower-case ASCII), ignoring ASCII case.
    static func containsFoldingCase(_ line: String, _ needles: [String]) -> Bool {
        containsFoldingCase(line, needles.map { Array($0.utf8) })
    }

    /// True when `line` contains one of `needles` (lower-case ASCII bytes), ignoring ASCII case.
    static func containsFoldingCase(_ line: String, _ needles: [[UInt8]]) -> Bool {
        if hasUnusualCaseMapping(line) { return true }
        return UTF8Decoding.withBytes(of: line) { bytes in
            for i in 0..<bytes.count where bytes[i] == 0x20 || bytes[i] == 0x49 || bytes[i] == 0x69 {
                if hasPrefix(UnsafeBufferPointer(rebasing: bytes[i...]), needles, foldingCase: true) { return true }
            }
            return false
        }
    }

    /// The phrases of an author bio line (`X is a reporter at Daily NK`), as bytes.
    static let bioPhrases = [" is a ", " is one of ", " has been a "].map { Array($0.utf8) }

    /// One of these is in every bio line `isByline` accepts, as bytes.
    static let bioJobWords = ["daily nk", "journalist", "reporter"].map { Array($0.utf8) }

    /// True when the bytes contain one of `needles` (lower-case ASCII), ignoring ASCII case.
    static func containsFoldingCase(_ bytes: UnsafeBufferPointer<UInt8>, _ needles: [[UInt8]]) -> Bool {
        for i in 0..<bytes.count where hasPrefix(UnsafeBufferPointer(rebasing: bytes[i...]), needles, foldingCase: true) { return true }
        return false
    }

    /// A caption prefix (`Image: `, `Photo courtesy`, `사진=`, `[사진]`) at the start of `bytes`.
    static func startsWithCaptionPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        hasPrefix(bytes, captionPrefixes, foldingCase: true) || hasPrefix(bytes, koreanCaptionPrefixes, skippingSpaces: true)
    }

    /// A caption marker (`/ Image:`, `(사진=`, ...) at byte `i`; every marker starts with / | ( [ or <.
    @inline(__always)
    static func hasCaptionMarker(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        guard b == 0x2F || b == 0x7C || b == 0x28 || b == 0x5B || b == 0x3C else { return false }
        let rest = UnsafeBufferPointer(rebasing: bytes[i...])
        return hasPrefix(rest, captionMarkers, foldingCase: true) || hasPrefix(rest, koreanCaptionMarkers, skippingSpaces: true)
    }
}
