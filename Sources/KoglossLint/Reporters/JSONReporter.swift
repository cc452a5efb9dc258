/// Machine-readable findings: `{"findings": [...], "summary": {...}}`, one object per finding with file,
/// line/column region, byte range, rule, severity, message and replacement. Written straight into one
/// buffer (keys sorted, as `JSONSerialization` with `.sortedKeys` gives them).
public struct JSONReporter: LintReporter {
    public init() {}

    public func report(_ results: [LintFileResult]) -> String {
        let findingCount = results.reduce(0) { $0 + $1.findings.count }
        var json = JSONTextWriter(capacity: findingCount * 420 + 256)
        json.beginObject()
        json.beginArray("findings")
        for result in results {
            var text = result.text
            text.withUTF8 { bytes in
                var cursor = LineColumnCursor(result.lineStarts)
                for f in result.findings {
                    let start = cursor.location(of: f.range.lowerBound, in: bytes)
                    let end = cursor.location(of: f.range.upperBound, in: bytes)
                    json.beginObject()
                    json.beginArray("byteRange")
                    json.value(f.range.lowerBound)
                    json.value(f.range.upperBound)
                    json.endArray()
                    json.field("column", start.column)
                    json.field("endColumn", end.column)
                    json.field("endLine", end.line)
                    if let p = f.englishParagraph { json.field("englishParagraph", p) }
                    json.field("file", result.path)
                    if let p = f.koreanParagraph { json.field("koreanParagraph", p) }
                    json.field("line", start.line)
                    json.field("message", f.message)
                    if let replacement = f.replacement { json.field("replacement", replacement) }
                    json.field("rule", f.ruleID)
                    json.field("severity", f.severity.rawValue)
                    Self.writeText(of: f.range, bytes: bytes, into: &json)
                    json.endObject()
                }
            }
        }
        json.endArray()
        let summary = LintSummary(results)
        json.beginObject("summary")
        json.field("errors", summary.errors)
        json.field("files", summary.files)
        json.field("notes", summary.notes)
        json.field("warnings", summary.warnings)
        json.endObject()
        json.endObject()
        json.out.append(0x0A)
        return json.out.string
    }

    /// The finding's text, as the bytes of its range (decoded when the range does not fall on scalar starts).
    private static func writeText(of range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, into json: inout JSONTextWriter) {
        let clamped = range.clamped(to: 0..<bytes.count)
        let slice = UnsafeBufferPointer(rebasing: bytes[clamped])
        let onScalars = (clamped.isEmpty || bytes[clamped.lowerBound] & 0xC0 != 0x80)
            && (clamped.upperBound == bytes.count || bytes[clamped.upperBound] & 0xC0 != 0x80)
        if onScalars {
            json.field("text", utf8: slice)
        } else {
            json.field("text", String(decoding: slice, as: UTF8.self))
        }
    }
}
