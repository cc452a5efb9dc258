import KoglossText

/// The findings of one linted file, with its text (for line and column numbers and excerpts).
public struct LintFileResult: Sendable {
    public var path: String
    public var text: String
    public var findings: [Finding]
    /// Where the text's lines start (what the reporters use).
    let lineStarts: LineStarts

    public init(path: String, text: String, findings: [Finding]) {
        self.path = path
        self.text = text
        self.findings = findings
        lineStarts = LineStarts(text)
    }

    /// A line index of the text, built on each call (the reporters use the cheaper `lineStarts`).
    public var lineIndex: LineIndex { LineIndex(text) }

    /// 1-based line and column (Unicode scalars) of the finding's start and end.
    public func region(of finding: Finding) -> (startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        var text = text
        return text.withUTF8 { bytes in
            let start = lineStarts.location(ofUTF8Offset: finding.range.lowerBound, in: bytes)
            let end = lineStarts.location(ofUTF8Offset: finding.range.upperBound, in: bytes)
            return (start.line, start.column, end.line, end.column)
        }
    }
}

/// Counts of findings by severity, for the summary line and the exit status.
public struct LintSummary: Sendable, Equatable {
    public var errors = 0
    public var warnings = 0
    public var notes = 0
    public var files = 0

    public init(_ results: [LintFileResult]) {
        files = results.count
        for result in results {
            for f in result.findings {
                switch f.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .note: notes += 1
                }
            }
        }
    }

    /// "2 errors, 1 warning and 0 notes in 3 files".
    public var line: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        if errors + warnings + notes == 0 { return "no findings in \(plural(files, "file"))" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning")) and \(plural(notes, "note")) in \(plural(files, "file"))"
    }
}

/// Turns lint results into output text.
public protocol LintReporter {
    func report(_ results: [LintFileResult]) -> String
}
