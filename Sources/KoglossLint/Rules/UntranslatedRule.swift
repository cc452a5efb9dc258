import KoglossText

/// Hangul left in the English text, except an original glossed in brackets after its translation
/// (`"staff officer" (참모)`) and HTML comments.
public struct UntranslatedRule: LintRule {
    public static let description = RuleDescription(
        id: "untranslated", name: "Untranslated Korean",
        summary: "Hangul left in the English, except a glossed original in parentheses.",
        defaultSeverity: .warning, requiresSource: false, isAutoFixable: false,
        triggeringExamples: [
            RuleExample("He was sent to the 보위국 last year."),
            RuleExample("The 전략군 recruits graduates."),
        ],
        nonTriggeringExamples: [
            RuleExample("He became a \"staff officer\" (참모) last year."),
            RuleExample("<!-- 한국어 메모 -->\nPlain English."),
        ])

    public init() {}

    public func findings(in context: LintContext) -> [Finding] {
        let bytes = context.englishBytes
        // Hangul is U+1100-11FF, U+3130-318F, U+A960-A97F, U+AC00-D7FF: three-byte forms led by E1, E3, EA-ED.
        func hangulLength(at i: Int) -> Int {
            let b = bytes[i]
            guard b == 0xE1 || b == 0xE3 || (b >= 0xEA && b <= 0xED), i + 2 < bytes.count else { return 0 }
            let s = (UInt32(b) & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
            guard let scalar = Unicode.Scalar(s), HangulScript.isHangul(scalar) else { return 0 }
            return 3
        }
        // English text mostly has no Hangul: find the first lead byte that may start one, in place.
        let candidate = bytes.withUnsafeBufferPointer { buffer -> Int? in
            var i = 0
            let raw = UnsafeRawBufferPointer(buffer)
            while i < buffer.count {
                // Eight ASCII bytes at a time (most English bytes): no lead byte among them; else straight
                // to the first byte that is not ASCII (a curly quote's, mostly).
                if i + 8 <= buffer.count {
                    let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & 0x8080_8080_8080_8080
                    if high == 0 {
                        i += 8
                        continue
                    }
                    i += high.trailingZeroBitCount >> 3
                }
                let b = buffer[i]
                if b >= 0xE1 && (b == 0xE1 || b == 0xE3 || (b >= 0xEA && b <= 0xED)) && hangulLength(at: i) > 0 { return i }
                i += 1
            }
            return nil
        }
        guard let first = candidate else { return [] }
        let comments = Self.commentRanges(in: bytes)
        var result: [Finding] = []
        var i = first
        while i < bytes.count {
            guard hangulLength(at: i) > 0 else { i += 1; continue }
            // A run of Hangul words separated by single spaces.
            let start = i
            var end = i
            var j = i
            while j < bytes.count {
                if hangulLength(at: j) > 0 { j += 3; end = j; continue }
                if bytes[j] == 0x20, j + 1 < bytes.count, hangulLength(at: j + 1) > 0 { j += 1; continue }
                break
            }
            i = max(j, i + 3)
            let range = start..<end
            if comments.contains(where: { $0.contains(range.lowerBound) }) { continue }
            if Self.isGlossInBrackets(range, bytes: bytes) { continue }
            // Only article text: an HTML page's menus and links are not the translation.
            guard let paragraph = context.document.englishParagraphs.firstIndex(where: { $0.range.contains(range.lowerBound) }) else { continue }
            result.append(Finding(ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: range,
                                  message: "Korean text '\(context.englishText(range))' left untranslated; translate it, or gloss it in parentheses after the English",
                                  englishParagraph: paragraph))
        }
        return result
    }

    /// Whole `<!-- ... -->` comments.
    static func commentRanges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        let open: [UInt8] = Array("<!--".utf8), close: [UInt8] = Array("-->".utf8)
        while i + 4 <= bytes.count {
            if bytes[i] == 0x3C && Array(bytes[i..<i + 4]) == open {
                var j = i + 4
                while j + 3 <= bytes.count && Array(bytes[j..<j + 3]) != close { j += 1 }
                let end = min(bytes.count, j + 3)
                ranges.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return ranges
    }

    /// True when the run is the whole content of a bracket pair (spaces and light punctuation aside) that
    /// follows other text: an original glossed after its translation.
    static func isGlossInBrackets(_ range: Range<Int>, bytes: [UInt8]) -> Bool {
        var i = range.lowerBound - 1
        while i >= 0 && (bytes[i] == 0x20) { i -= 1 }
        guard i >= 1, bytes[i] == 0x28 || bytes[i] == 0x5B else { return false }
        let closing: UInt8 = bytes[i] == 0x28 ? 0x29 : 0x5D
        var j = range.upperBound
        while j < bytes.count && (bytes[j] == 0x20 || bytes[j] == 0x2C || bytes[j] == 0x2E) { j += 1 }
        return j < bytes.count && bytes[j] == closing
    }
}
