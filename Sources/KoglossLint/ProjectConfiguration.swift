import Foundation
import KoglossText
import Yams

/// The project's lint configuration, `.kogloss.yml` at the project root:
///
/// ```yaml
/// glossary: glossary/          # termbase used when --glossary is not given
/// rules:
///   missing-term: off          # off | note | warning | error
///   number-mismatch: error
/// ```
/// Unknown keys or rule ids and bad values are input errors with their line and column.
public struct ProjectConfiguration: Sendable, Equatable {
    public static let fileName = ".kogloss.yml"

    /// `glossary:` as written (relative paths are relative to the project root).
    public var glossary: String?
    /// The project root the file was found in.
    public var root: URL?
    /// Per rule id: the severity, or nil for off.
    public var ruleSeverities: [String: Severity?] = [:]

    public init() {}

    /// The configured severity of a rule, nil when disabled.
    public func severity(of ruleID: String) -> Severity? {
        if let configured = ruleSeverities[ruleID] { return configured }
        return RuleRegistry.rule(id: ruleID)?.description.defaultSeverity
    }

    /// The glossary path resolved against the project root, when configured.
    public var glossaryURL: URL? {
        guard let glossary else { return nil }
        if glossary.hasPrefix("/") { return URL(fileURLWithPath: glossary) }
        return (root ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).appendingPathComponent(glossary)
    }

    /// Loads `.kogloss.yml` from `projectRoot`; the defaults when there is none.
    public static func load(projectRoot: URL) throws -> ProjectConfiguration {
        let url = projectRoot.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            var configuration = ProjectConfiguration()
            configuration.root = projectRoot
            return configuration
        }
        var configuration = try load(url: url)
        configuration.root = projectRoot
        return configuration
    }

    /// The nearest folder from `start` upwards that has a `.kogloss.yml` (or `start` when none does).
    public static func projectRoot(from start: URL) -> URL {
        var dir = start.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent(fileName).path) { return dir }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return start }
            dir = parent
        }
    }

    /// Loads a configuration file.
    public static func load(url: URL) throws -> ProjectConfiguration {
        let text = try TextFileDecoder.read(url)
        var configuration = try parse(text, file: url.path)
        configuration.root = url.deletingLastPathComponent()
        return configuration
    }

    /// Parses configuration text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> ProjectConfiguration {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        }
        var configuration = ProjectConfiguration()
        guard let node else { return configuration }
        guard case .mapping(let mapping) = node else {
            throw error(at: node, file: file, "the configuration must be a mapping of keys (glossary, rules)")
        }
        for (key, value) in mapping {
            switch key.string {
            case "glossary":
                guard case .scalar(let scalar) = value, !scalar.string.isEmpty else {
                    throw error(at: value, file: file, "'glossary' must be a path")
                }
                configuration.glossary = scalar.string
            case "rules":
                if case .scalar(let s) = value, s.string.isEmpty || s.string == "null" || s.string == "~" { continue }
                guard case .mapping(let rules) = value else {
                    throw error(at: value, file: file, "'rules' must map rule ids to off, note, warning or error")
                }
                for (ruleKey, ruleValue) in rules {
                    let id = ruleKey.string ?? ""
                    guard RuleRegistry.rule(id: id) != nil else {
                        throw error(at: ruleKey, file: file, "unknown rule '\(id)'",
                                    hint: "known rules: \(RuleRegistry.ids.joined(separator: ", "))")
                    }
                    let setting = severitySetting(ruleValue, id: id)
                    guard let setting else {
                        throw error(at: ruleValue, file: file, "rule '\(id)' must be off, note, warning or error")
                    }
                    configuration.ruleSeverities[id] = setting
                }
            default:
                throw error(at: key, file: file, "unknown key '\(key.string ?? "?")'", hint: "known keys: glossary, rules")
            }
        }
        return configuration
    }

    /// `off`/`false` -> .some(nil); a severity name (alone or as `severity:`) -> .some(severity).
    private static func severitySetting(_ node: Node, id: String) -> Severity?? {
        var value = node
        if case .mapping(let m) = node, m.count == 1, let inner = m["severity"] { value = inner }
        guard case .scalar(let scalar) = value else { return nil }
        let word = scalar.string.lowercased()
        if word == "off" || word == "false" || word == "disabled" { return .some(nil) }
        if word == "on" || word == "true" { return .some(RuleRegistry.rule(id: id)?.description.defaultSeverity) }
        if word == "info" { return .some(.note) }
        guard let severity = Severity(rawValue: word) else { return nil }
        return .some(severity)
    }

    private static func error(at node: Node, file: String, _ message: String, hint: String? = nil) -> InputError {
        InputError(file: file, line: node.mark?.line, column: node.mark?.column, message: message,
                   hint: hint ?? "see docs/lint.md for the configuration format")
    }

    private static func syntaxError(_ error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return InputError(file: file, line: mark.line, column: mark.column, message: "YAML syntax error: \(problem)",
                              hint: "fix the configuration file's syntax")
        case .reader(let problem, let offset, _, _):
            return InputError(file: file, byteOffset: offset, message: "YAML syntax error: \(problem)", hint: "fix the configuration file's syntax")
        default:
            return InputError(file: file, message: "YAML error: \(error)", hint: "fix the configuration file's syntax")
        }
    }
}
