import KoglossGlossary

/// Runs the enabled rules over a document, applies the configured severities and in-file suppressions,
/// and returns the findings in document order.
public struct LintEngine: Sendable {
    public let matcher: TermMatcher
    public let configuration: ProjectConfiguration

    /// A rule with what the engine asks of it per document, looked up once (a rule's description is a
    /// struct of strings and examples, and the configured severity a search by id).
    private struct PlannedRule: Sendable {
        var type: any LintRule.Type
        var id: String
        var requiresSource: Bool
        /// nil when the configuration turns the rule off.
        var severity: Severity?
    }
    private let plan: [PlannedRule]
    /// What the rules ask of each of the matcher's terms, built once.
    private let terms: LintTermTable

    public init(matcher: TermMatcher, configuration: ProjectConfiguration = ProjectConfiguration()) {
        self.matcher = matcher
        self.configuration = configuration
        terms = LintTermTable(matcher: matcher)
        plan = RuleRegistry.all.map { rule in
            let description = rule.description
            return PlannedRule(type: rule, id: description.id, requiresSource: description.requiresSource,
                               severity: configuration.severity(of: description.id))
        }
    }

    public init(termbase: Termbase, configuration: ProjectConfiguration = ProjectConfiguration()) {
        self.init(matcher: TermMatcher(termbase: termbase), configuration: configuration)
    }

    /// Findings for a document; `rules` restricts to some rule ids (all enabled rules when nil).
    public func lint(_ document: LintDocument, rules: Set<String>? = nil) -> [Finding] {
        lint(document, matches: nil, anchors: nil, rules: rules)
    }

    /// Findings for a document whose term matches were found already (`LintInputLoader.Loaded.matches`, from
    /// this engine's matcher); nil matches are found here.
    public func lint(_ document: LintDocument, matches: DocumentTermMatches?, rules: Set<String>? = nil) -> [Finding] {
        lint(document, matches: matches, anchors: nil, rules: rules)
    }

    /// The same, with the paragraphs' number anchors extracted already (by the aligner, for its features);
    /// nil anchors are extracted here when a rule needs them.
    public func lint(_ document: LintDocument, matches: DocumentTermMatches?, anchors: ParagraphNumberAnchors?, rules: Set<String>? = nil) -> [Finding] {
        guard let matches else {
            return lint(LintContext(document: document, matcher: matcher, matches: DocumentTermMatches(document: document, matcher: matcher),
                                    anchors: anchors, terms: terms), rules: rules)
        }
        return lint(LintContext(document: document, matcher: matcher, matches: matches, anchors: anchors, terms: terms), rules: rules)
    }

    func lint(_ context: LintContext, rules: Set<String>?) -> [Finding] {
        let document = context.document
        let suppressions = SuppressionScanner.scan(document.english)
        var findings: [Finding] = []
        for rule in plan {
            if let rules, !rules.contains(rule.id) { continue }
            guard let severity = rule.severity else { continue }
            if rule.requiresSource && !document.hasSource { continue }
            for var finding in rule.type.init().findings(in: context) {
                finding.severity = severity
                if suppressions.isSuppressed(finding) { continue }
                findings.append(finding)
            }
        }
        findings.sort { ($0.range.lowerBound, $0.range.upperBound, $0.ruleID) < ($1.range.lowerBound, $1.range.upperBound, $1.ruleID) }
        return findings
    }
}
