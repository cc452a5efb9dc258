import Foundation

/// Machine-readable findings: `{"findings": [...], "summary": {...}}`, one object per finding with file,
/// line/column region, byte range, rule, severity, message and replacement.
public struct JSONReporter: LintReporter {
    public init() {}

    public func report(_ results: [LintFileResult]) -> String {
        var findings: [[String: Any]] = []
        for result in results {
            for f in result.findings {
                let r = result.region(of: f)
                var object: [String: Any] = [
                    "file": result.path, "rule": f.ruleID, "severity": f.severity.rawValue, "message": f.message,
                    "line": r.startLine, "column": r.startColumn, "endLine": r.endLine, "endColumn": r.endColumn,
                    "byteRange": [f.range.lowerBound, f.range.upperBound],
                    "text": String(decoding: Array(result.text.utf8)[f.range], as: UTF8.self),
                ]
                if let replacement = f.replacement { object["replacement"] = replacement }
                if let p = f.englishParagraph { object["englishParagraph"] = p }
                if let p = f.koreanParagraph { object["koreanParagraph"] = p }
                findings.append(object)
            }
        }
        let summary = LintSummary(results)
        let root: [String: Any] = [
            "findings": findings,
            "summary": ["errors": summary.errors, "warnings": summary.warnings, "notes": summary.notes, "files": summary.files],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
