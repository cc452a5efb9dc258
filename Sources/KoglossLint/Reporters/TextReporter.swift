import KoglossText

/// Compiler-style output: `file:line:column: severity: message [rule-id]`, the line with the span marked
/// underneath, the suggested replacement, and a summary line; ANSI colour when asked.
public struct TextReporter: LintReporter {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    private func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    public func report(_ results: [LintFileResult]) -> String {
        var out = ""
        for result in results {
            for finding in result.findings {
                let region = result.region(of: finding)
                let severityCode = finding.severity == .error ? "1;31" : finding.severity == .warning ? "1;33" : "1;36"
                out += paint("\(result.path):\(region.startLine):\(region.startColumn):", "1") + " "
                out += paint("\(finding.severity.rawValue):", severityCode) + " "
                out += paint(finding.message, "1") + " [\(finding.ruleID)]\n"
                let line = result.lineIndex.lineText(region.startLine)
                out += "    " + line + "\n"
                let prefix = line.unicodeScalars.prefix(max(0, region.startColumn - 1))
                let endColumn = region.endLine == region.startLine ? region.endColumn : line.unicodeScalars.count + 1
                let marked = line.unicodeScalars.dropFirst(max(0, region.startColumn - 1)).prefix(max(0, endColumn - region.startColumn))
                let caret = String(repeating: " ", count: Self.displayWidth(prefix))
                    + "^" + String(repeating: "~", count: max(0, Self.displayWidth(marked) - 1))
                out += "    " + paint(caret, "1;32") + "\n"
                if let replacement = finding.replacement {
                    out += "    " + String(repeating: " ", count: Self.displayWidth(prefix)) + paint(replacement, "32") + "\n"
                }
            }
        }
        out += LintSummary(results).line + "\n"
        return out
    }

    /// Terminal columns: Hangul and other wide characters take two.
    static func displayWidth<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        scalars.reduce(0) { width, s in
            let v = s.value
            let wide = HangulScript.isHangul(s) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3000 && v <= 0x303F) || (v >= 0xFF01 && v <= 0xFF60)
            let zero = s.properties.generalCategory == .nonspacingMark
            return width + (zero ? 0 : wide ? 2 : 1)
        }
    }
}
