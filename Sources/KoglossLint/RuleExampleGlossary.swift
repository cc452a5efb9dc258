import KoglossGlossary

/// The small termbase the rules' examples are written against (and `kogloss lint --help` can cite).
public enum RuleExampleGlossary {
    private static func en(_ text: String, _ status: AdministrativeStatus = .preferred, _ type: TermType = .fullForm,
                           variant: VariantKind? = nil, caseSensitive: Bool = false) -> Term {
        Term(language: .english, text: text, status: status, type: type, variantKind: variant, caseSensitive: caseSensitive)
    }
    private static func ko(_ text: String) -> Term { Term(language: .korean, text: text, status: .preferred) }

    public static let termbase = Termbase(concepts: [
        Concept(id: "strategic-force", subjectField: .militaryUnit, terms: [
            ko("전략군"), en("Strategic Force"), en("Strategic Military Command", .deprecated),
        ]),
        Concept(id: "military-mobilization-office", subjectField: .institution, terms: [
            ko("군사동원부"), en("Military Mobilization Office"), en("MMO", .admitted, .acronym, caseSensitive: true),
        ]),
        Concept(id: "korean-peoples-army", subjectField: .militaryUnit, terms: [
            ko("조선인민군"), en("Korean People's Army"), en("KPA", .admitted, .acronym, caseSensitive: true),
            en("People's Army", .deprecated, .shortForm),
        ]),
        Concept(id: "military-security-command", subjectField: .institution, validity: ValidityPeriod(from: "2016-03-20"), terms: [
            ko("보위국"), en("Military Security Command"), en("Security Bureau", .admitted),
        ]),
        Concept(id: "kim-jong-un", subjectField: .person, terms: [
            ko("김정은"), en("Kim Jong Un"), en("Kim Jong-un", .deprecated, .variant, variant: .romanization),
        ]),
        Concept(id: "yanggang-province", subjectField: .place, terms: [
            ko("양강도"), en("Yanggang Province"), en("Ryanggang Province", .deprecated, .variant, variant: .romanization),
        ]),
        Concept(id: "ministry-of-peoples-security", subjectField: .institution,
                crossReferences: [CrossReference(target: "ministry-of-social-security", relation: .successor)],
                validity: ValidityPeriod(from: "2016-06-29", until: "2020-05-31"), terms: [
            ko("인민보안성"), en("Ministry of People's Security"),
        ]),
        Concept(id: "ministry-of-social-security", subjectField: .institution,
                crossReferences: [CrossReference(target: "ministry-of-peoples-security", relation: .predecessor),
                                  CrossReference(target: "ministry-of-state-security", relation: .confusable)],
                validity: ValidityPeriod(from: "2020-06"), terms: [
            ko("사회안전성"), en("Ministry of Social Security"),
        ]),
        Concept(id: "ministry-of-state-security", subjectField: .institution, validity: ValidityPeriod(from: "2016-06-29"), terms: [
            ko("국가보위성"), en("Ministry of State Security"), en("MSS", .admitted, .acronym, caseSensitive: true),
        ]),
    ])
}
