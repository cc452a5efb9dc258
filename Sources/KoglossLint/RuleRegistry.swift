/// Every lint rule, in the order findings of one place are listed.
public enum RuleRegistry {
    public static let all: [any LintRule.Type] = [
        DeprecatedTermRule.self,
        WrongTermRule.self,
        MissingTermRule.self,
        NumberMismatchRule.self,
        OmittedParagraphRule.self,
        AddedParagraphRule.self,
        InconsistentTermRule.self,
        AcronymRule.self,
        RomanizationRule.self,
        AnachronismRule.self,
        UntranslatedRule.self,
    ]

    public static var descriptions: [RuleDescription] { all.map { $0.description } }
    public static var ids: [String] { all.map { $0.description.id } }

    public static func rule(id: String) -> (any LintRule.Type)? { all.first { $0.description.id == id } }
}
