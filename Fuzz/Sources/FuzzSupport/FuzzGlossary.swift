import KoglossGlossary
import KoglossLint

/// The small glossary the matcher and lint targets match against: the rules' example termbase plus
/// terms that exercise North Korean spelling, particles, multi-word Korean and case-sensitive acronyms.
public enum FuzzGlossary {
    public static let termbase: Termbase = {
        var termbase = RuleExampleGlossary.termbase
        termbase.concepts.append(Concept(id: "rodong-sinmun", subjectField: .publication, terms: [
            Term(language: .korean, text: "로동신문", status: .preferred),
            Term(language: .english, text: "Rodong Sinmun", status: .preferred),
        ]))
        termbase.concepts.append(Concept(id: "lance-corporal", subjectField: .rank, terms: [
            Term(language: .korean, text: "하사", status: .preferred),
            Term(language: .english, text: "lance corporal", status: .preferred),
        ]))
        termbase.concepts.append(Concept(id: "state-affairs", subjectField: .institution, terms: [
            Term(language: .korean, text: "국무 위원회", status: .preferred),
            Term(language: .english, text: "State Affairs Commission", status: .preferred),
            Term(language: .english, text: "SAC", status: .admitted, type: .acronym, caseSensitive: true),
        ]))
        return termbase
    }()
}
