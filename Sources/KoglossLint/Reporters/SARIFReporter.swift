import Foundation

/// SARIF 2.1.0 for code scanning services: one run, the rules as tool metadata, one result per finding
/// with its artifact location, region (line and column in Unicode code points) and fix. Written straight
/// into one buffer, keys sorted.
public struct SARIFReporter: LintReporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    public var toolVersion: String

    public init(toolVersion: String = "0.1.0") { self.toolVersion = toolVersion }

    public func report(_ results: [LintFileResult]) -> String {
        let descriptions = RuleRegistry.descriptions
        let ruleIndex = Dictionary(descriptions.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let findingCount = results.reduce(0) { $0 + $1.findings.count }
        var json = JSONTextWriter(capacity: findingCount * 1_400 + 8_192)
        json.beginObject()
        json.field("$schema", Self.schema)
        json.beginArray("runs")
        json.beginObject()
        json.beginArray("artifacts")
        for result in results {
            json.beginObject()
            json.field("encoding", "utf-8")
            json.textObject("location", key: "uri", Self.uri(result.path))
            json.endObject()
        }
        json.endArray()
        json.field("columnKind", "unicodeCodePoints")
        json.beginArray("results")
        for result in results {
            let uri = Self.uri(result.path)
            var text = result.text
            text.withUTF8 { bytes in
                var cursor = LineColumnCursor(result.lineStarts)
                for f in result.findings {
                    let start = cursor.location(of: f.range.lowerBound, in: bytes)
                    let end = cursor.location(of: f.range.upperBound, in: bytes)
                    func region(_ name: String) {
                        json.beginObject(name)
                        json.field("byteLength", f.range.count)
                        json.field("byteOffset", f.range.lowerBound)
                        json.field("endColumn", end.column)
                        json.field("endLine", end.line)
                        json.field("startColumn", start.column)
                        json.field("startLine", start.line)
                        json.endObject()
                    }
                    json.beginObject()
                    if let replacement = f.replacement {
                        json.beginArray("fixes")
                        json.beginObject()
                        json.beginArray("artifactChanges")
                        json.beginObject()
                        json.textObject("artifactLocation", key: "uri", uri)
                        json.beginArray("replacements")
                        json.beginObject()
                        region("deletedRegion")
                        json.textObject("insertedContent", replacement)
                        json.endObject()
                        json.endArray()
                        json.endObject()
                        json.endArray()
                        json.textObject("description", "Replace with '\(replacement)'")
                        json.endObject()
                        json.endArray()
                    }
                    json.field("level", f.severity.sarifLevel)
                    json.beginArray("locations")
                    json.beginObject()
                    json.beginObject("physicalLocation")
                    json.textObject("artifactLocation", key: "uri", uri)
                    region("region")
                    json.endObject()
                    json.endObject()
                    json.endArray()
                    json.textObject("message", f.message)
                    json.field("ruleId", f.ruleID)
                    json.field("ruleIndex", ruleIndex[f.ruleID] ?? 0)
                    json.endObject()
                }
            }
        }
        json.endArray()
        json.beginObject("tool")
        json.beginObject("driver")
        json.field("informationUri", "https://github.com/kogloss/kogloss")
        json.field("name", "kogloss")
        json.beginArray("rules")
        for d in descriptions {
            json.beginObject()
            json.textObject("defaultConfiguration", key: "level", d.defaultSeverity.sarifLevel)
            json.textObject("fullDescription", d.summary + (d.requiresSource ? " (checked against the Korean source)" : ""))
            json.field("helpUri", "https://github.com/kogloss/kogloss/blob/main/docs/lint.md#\(d.id)")
            json.field("id", d.id)
            json.field("name", d.name.replacingOccurrences(of: " ", with: ""))
            json.beginObject("properties")
            json.field("fixable", d.isAutoFixable)
            json.endObject()
            json.textObject("shortDescription", d.summary)
            json.endObject()
        }
        json.endArray()
        json.field("version", toolVersion)
        json.endObject()
        json.endObject()
        json.endObject()
        json.endArray()
        json.field("version", "2.1.0")
        json.endObject()
        json.out.append(0x0A)
        return json.out.string
    }

    /// A relative path as a URI reference (percent-encoded); absolute paths as file URIs.
    static func uri(_ path: String) -> String {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).absoluteString }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
