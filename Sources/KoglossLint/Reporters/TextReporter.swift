import KoglossText

/// Compiler-style output: `file:line:column: severity: message [rule-id]`, the line (or, for a long line,
/// about 100 columns of it around the span, "…" where cut) with the span marked underneath, the
/// suggested replacement, and a summary line; ANSI colour when asked. Line and column in the header are
/// always those of the whole line.
public struct TextReporter: LintReporter {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    private static let reset: [UInt8] = Array("\u{1B}[0m".utf8)
    private static let ellipsis: [UInt8] = Array("…".utf8)

    public func report(_ results: [LintFileResult]) -> String {
        let findingCount = results.reduce(0) { $0 + $1.findings.count }
        var out = ReportBuffer(capacity: findingCount * 400 + 128)
        for result in results {
            var text = result.text
            text.withUTF8 { bytes in report(result, bytes: bytes, into: &out) }
        }
        Self.appendSummary(LintSummary(results), into: &out)
        out.append(0x0A)
        return out.string
    }

    private func report(_ result: LintFileResult, bytes: UnsafeBufferPointer<UInt8>, into out: inout ReportBuffer) {
        let lineStarts = result.lineStarts.offsets
        // Findings come in document order: the column is counted on from the previous finding's on the same line.
        var lastLine = 0, lastOffset = 0, lastColumn = 1
        for finding in result.findings {
            let offset = max(0, min(finding.range.lowerBound, bytes.count))
            let line = result.lineStarts.line(ofUTF8Offset: offset)
            let lineStart = lineStarts[line - 1]
            var column = 1, from = lineStart
            if line == lastLine && offset >= lastOffset { column = lastColumn; from = lastOffset }
            column += Self.scalarStarts(in: from..<offset, of: bytes)
            (lastLine, lastOffset, lastColumn) = (line, offset, column)

            let severityCode = finding.severity == .error ? "1;31" : finding.severity == .warning ? "1;33" : "1;36"
            open("1", &out)
            out.append(result.path)
            out.append(0x3A)
            out.append(decimal: line)
            out.append(0x3A)
            out.append(decimal: column)
            out.append(0x3A)
            close(&out)
            out.append(0x20)
            open(severityCode, &out)
            out.append(finding.severity.rawValue)
            out.append(0x3A)
            close(&out)
            out.append(0x20)
            open("1", &out)
            out.append(finding.message)
            close(&out)
            out.append(" [")
            out.append(finding.ruleID)
            out.append("]\n")

            // The line without its break (and without a CR before it).
            var lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let spanStart = min(offset, lineEnd)
            let spanEnd = max(spanStart, min(finding.range.upperBound, lineEnd))
            let excerpt = LineExcerpt(line: lineStart..<lineEnd, span: spanStart..<spanEnd, bytes: bytes)
            out.append(repeating: 0x20, count: 4)
            if excerpt.cutBefore { out.append(Self.ellipsis) }
            out.append(bytes[excerpt.window])
            if excerpt.cutAfter { out.append(Self.ellipsis) }
            out.append(0x0A)
            let indent = 4 + (excerpt.cutBefore ? 1 : 0) + excerpt.columnsBeforeSpan
            out.append(repeating: 0x20, count: indent)
            open("1;32", &out)
            out.append(0x5E) // ^
            out.append(repeating: 0x7E, count: excerpt.spanColumns - 1) // ~
            close(&out)
            out.append(0x0A)
            if let replacement = finding.replacement {
                out.append(repeating: 0x20, count: indent)
                open("32", &out)
                out.append(replacement)
                close(&out)
                out.append(0x0A)
            }
        }
    }

    /// `summary.line`, written straight into the report's bytes (no string per piece).
    static func appendSummary(_ summary: LintSummary, into out: inout ReportBuffer) {
        func plural(_ n: Int, _ word: String) {
            out.append(decimal: n)
            out.append(0x20)
            out.append(word)
            if n != 1 { out.append(0x73) }   // s
        }
        if summary.errors + summary.warnings + summary.notes == 0 {
            out.append("no findings in ")
            plural(summary.files, "file")
            return
        }
        plural(summary.errors, "error")
        out.append(", ")
        plural(summary.warnings, "warning")
        out.append(" and ")
        plural(summary.notes, "note")
        out.append(" in ")
        plural(summary.files, "file")
    }

    /// Bytes of `range` that start a scalar (are no continuation byte 10xxxxxx): eight bytes a step, as
    /// columns are counted from a line start across paragraphs of a thousand bytes.
    static func scalarStarts(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        var count = 0, i = range.lowerBound
        while i + 8 <= range.upperBound {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // High bit set and the next bit clear: a continuation byte.
            let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
            count += 8 - continuation.nonzeroBitCount
            i += 8
        }
        while i < range.upperBound {
            if base[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    @inline(__always)
    private func open(_ code: String, _ out: inout ReportBuffer) {
        guard color else { return }
        out.append(0x1B)
        out.append(0x5B)
        out.append(code)
        out.append(0x6D)
    }

    @inline(__always)
    private func close(_ out: inout ReportBuffer) {
        if color { out.append(Self.reset) }
    }

    /// Terminal columns: Hangul and other wide characters take two.
    static func displayWidth<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        TerminalWidth.of(scalars)
    }
}
