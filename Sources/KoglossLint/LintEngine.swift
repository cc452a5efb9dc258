import KoglossGlossary

/// Runs the enabled rules over a document, applies the configured severities and in-file suppressions,
/// and returns the findings in document order.
public struct LintEngine: Sendable {
    public let matcher: TermMatcher
    public let configuration: ProjectConfiguration

    public init(matcher: TermMatcher, configuration: ProjectConfiguration = ProjectConfiguration()) {
        self.matcher = matcher
        self.configuration = configuration
    }

    public init(termbase: Termbase, configuration: ProjectConfiguration = ProjectConfiguration()) {
        self.init(matcher: TermMatcher(termbase: termbase), configuration: configuration)
    }

    /// Findings for a document; `rules` restricts to some rule ids (all enabled rules when nil).
    public func lint(_ document: LintDocument, rules: Set<String>? = nil) -> [Finding] {
        let context = LintContext(document: document, matcher: matcher)
        let suppressions = SuppressionScanner.scan(document.english)
        var findings: [Finding] = []
        for rule in RuleRegistry.all {
            let description = rule.description
            if let rules, !rules.contains(description.id) { continue }
            guard let severity = configuration.severity(of: description.id) else { continue }
            if description.requiresSource && !document.hasSource { continue }
            for var finding in rule.init().findings(in: context) {
                finding.severity = severity
                if suppressions.isSuppressed(finding) { continue }
                findings.append(finding)
            }
        }
        return findings.sorted { ($0.range.lowerBound, $0.range.upperBound, $0.ruleID) < ($1.range.lowerBound, $1.range.upperBound, $1.ruleID) }
    }
}
