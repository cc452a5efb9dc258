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
        guard bytes.contains(where: { $0 >= 0xE1 && $0 <= 0xED }) else { return [] }
        let text = context.document.english
        let comments = Self.commentRanges(in: bytes)
        var result: [Finding] = []
        var runStart = -1, runEnd = -1
        var offset = 0
        func flush() {
            guard runStart >= 0 else { return }
            defer { runStart = -1 }
            let range = runStart..<runEnd
            if comments.contains(where: { $0.contains(range.lowerBound) }) { return }
            if Self.isGlossInBrackets(range, bytes: bytes) { return }
            let paragraph = context.document.englishParagraphs.firstIndex { $0.range.contains(range.lowerBound) }
            result.append(Finding(ruleID: Self.description.id, severity: Self.description.defaultSeverity, range: range,
                                  message: "Korean text '\(context.englishText(range))' left untranslated; translate it, or gloss it in parentheses after the English",
                                  englishParagraph: paragraph))
        }
        var pendingSpace = -1
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            if HangulScript.isHangul(scalar) {
                if runStart < 0 { runStart = offset }
                runEnd = offset + length
                pendingSpace = -1
            } else if runStart >= 0 && scalar == " " && pendingSpace < 0 {
                pendingSpace = offset
            } else if runStart >= 0 {
                flush()
                pendingSpace = -1
            }
            offset += length
        }
        flush()
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
