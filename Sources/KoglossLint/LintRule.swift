import KoglossGlossary

/// A code example for a rule: an English text (and optional Korean source and date) that must, or must
/// not, trigger it against `RuleExampleGlossary`.
public struct RuleExample: Sendable {
    public var english: String
    public var korean: String?
    public var date: String?

    public init(_ english: String, korean: String? = nil, date: String? = nil) {
        self.english = english
        self.korean = korean
        self.date = date
    }
}

/// What a rule is, for configuration, help and SARIF metadata.
public struct RuleDescription: Sendable {
    public var id: String
    public var name: String
    /// One sentence: what the rule reports.
    public var summary: String
    public var defaultSeverity: Severity
    /// Needs the Korean source (source-based rules are skipped without it).
    public var requiresSource: Bool
    /// `--fix` applies this rule's replacements.
    public var isAutoFixable: Bool
    public var triggeringExamples: [RuleExample]
    public var nonTriggeringExamples: [RuleExample]
}

/// One lint rule: a type per rule, SwiftLint style.
public protocol LintRule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// Findings in a document, at the rule's default severity (the engine applies the configuration).
    func findings(in context: LintContext) -> [Finding]
}
