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
        lint(LintContext(document: document, matcher: matcher), rules: rules)
    }

    /// Findings for a document whose term matches were found already (`LintInputLoader.Loaded.matches`, from
    /// this engine's matcher); nil matches are found here.
    public func lint(_ document: LintDocument, matches: DocumentTermMatches?, rules: Set<String>? = nil) -> [Finding] {
        guard let matches else { return lint(document, rules: rules) }
        return lint(LintContext(document: document, matcher: matcher, matches: matches), rules: rules)
    }

    func lint(_ context: LintContext, rules: Set<String>?) -> [Finding] {
        let document = context.document
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
