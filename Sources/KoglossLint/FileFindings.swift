/// Findings placed in the file that was linted, for the reporters and `--fix`. For plain text and Markdown
/// these are the document's findings as they are. An HTML page is linted on its paragraphs' extracted text;
/// its findings are moved to their place in the page source: the term's own bytes where the page writes it
/// as plain text, else the page range it was read from (a character reference, markup inside it), or the
/// paragraph's line start when its text is not found in the page. Only exactly placed findings are fixable.
public struct FileFindings: Sendable {
    /// The file's decoded text: the document's text, or the page source for HTML.
    public var text: String
    /// The findings, ranges in `text`, in file order.
    public var findings: [Finding]
    /// Indices in `findings` of those whose range in `text` is not exactly the text the rules read, with that
    /// text (empty for plain text and Markdown).
    public var inexact: [Int: String]

    public init(text: String, findings: [Finding], inexact: [Int: String] = [:]) {
        self.text = text
        self.findings = findings
        self.inexact = inexact
    }
}

extension LintDocument {
    /// This document's findings placed in its file. HTML: in-file suppression comments of the page source apply
    /// (the lint text has no comments), and the findings are ordered by their place in the page.
    public func fileFindings(_ findings: [Finding]) -> FileFindings {
        guard let htmlSource else { return FileFindings(text: english, findings: findings) }
        let map = HTMLSourceMap(document: self, source: htmlSource)
        let suppressions = SuppressionScanner.scan(htmlSource.text)
        var text = english
        var placed: [(finding: Finding, read: String?)] = []
        placed.reserveCapacity(findings.count)
        text.withUTF8 { bytes in
            for finding in findings {
                let place = map.place(finding.range)
                var moved = finding
                moved.range = place.range
                if suppressions.isSuppressed(moved) { continue }
                let read = place.exact ? nil
                    : String(decoding: UnsafeBufferPointer(rebasing: bytes[finding.range.clamped(to: 0..<bytes.count)]), as: UTF8.self)
                placed.append((moved, read))
            }
        }
        // The engine's order (start, end, rule), now in the page: stable for equal keys.
        let order = placed.indices.sorted {
            let a = placed[$0].finding, b = placed[$1].finding
            return (a.range.lowerBound, a.range.upperBound, a.ruleID, $0) < (b.range.lowerBound, b.range.upperBound, b.ruleID, $1)
        }
        var inexact: [Int: String] = [:]
        for (i, p) in order.enumerated() { if let read = placed[p].read { inexact[i] = read } }
        return FileFindings(text: htmlSource.text, findings: order.map { placed[$0].finding }, inexact: inexact)
    }
}
