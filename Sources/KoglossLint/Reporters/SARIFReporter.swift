import Foundation

/// SARIF 2.1.0 for code scanning services: one run, the rules as tool metadata, one result per finding
/// with its artifact location, region (line and column in Unicode code points) and fix.
public struct SARIFReporter: LintReporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    public var toolVersion: String

    public init(toolVersion: String = "0.1.0") { self.toolVersion = toolVersion }

    public func report(_ results: [LintFileResult]) -> String {
        let descriptions = RuleRegistry.descriptions
        let rules: [[String: Any]] = descriptions.map { d in
            [
                "id": d.id,
                "name": d.name.replacingOccurrences(of: " ", with: ""),
                "shortDescription": ["text": d.summary],
                "fullDescription": ["text": d.summary + (d.requiresSource ? " (checked against the Korean source)" : "")],
                "defaultConfiguration": ["level": d.defaultSeverity.sarifLevel],
                "helpUri": "https://github.com/kogloss/kogloss/blob/main/docs/lint.md#\(d.id)",
                "properties": ["fixable": d.isAutoFixable],
            ]
        }
        var sarifResults: [[String: Any]] = []
        for result in results {
            let uri = Self.uri(result.path)
            for f in result.findings {
                let r = result.region(of: f)
                let region: [String: Any] = ["startLine": r.startLine, "startColumn": r.startColumn, "endLine": r.endLine, "endColumn": r.endColumn,
                                             "byteOffset": f.range.lowerBound, "byteLength": f.range.count]
                var object: [String: Any] = [
                    "ruleId": f.ruleID,
                    "ruleIndex": descriptions.firstIndex { $0.id == f.ruleID } ?? 0,
                    "level": f.severity.sarifLevel,
                    "message": ["text": f.message],
                    "locations": [["physicalLocation": ["artifactLocation": ["uri": uri], "region": region]]],
                ]
                if let replacement = f.replacement {
                    object["fixes"] = [[
                        "description": ["text": "Replace with '\(replacement)'"],
                        "artifactChanges": [[
                            "artifactLocation": ["uri": uri],
                            "replacements": [["deletedRegion": region, "insertedContent": ["text": replacement]]],
                        ]],
                    ]]
                }
                sarifResults.append(object)
            }
        }
        let root: [String: Any] = [
            "$schema": Self.schema,
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "kogloss", "version": toolVersion, "informationUri": "https://github.com/kogloss/kogloss", "rules": rules]],
                "columnKind": "unicodeCodePoints",
                "artifacts": results.map { ["location": ["uri": Self.uri($0.path)], "encoding": "utf-8"] },
                "results": sarifResults,
            ]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A relative path as a URI reference (percent-encoded); absolute paths as file URIs.
    static func uri(_ path: String) -> String {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).absoluteString }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
