import Foundation
import Testing
@testable import KoglossGlossary

@Suite struct GlossaryValidatorTests {
    func concept(_ id: String, _ terms: [Term], refs: [CrossReference] = []) -> Concept {
        Concept(id: id, crossReferences: refs, terms: terms)
    }

    @Test func cleanTermbaseHasNoIssues() throws {
        let tb = Termbase(concepts: [concept("a", [Term(language: .korean, text: "가", status: .preferred), Term(language: .english, text: "A", status: .preferred)])])
        #expect(GlossaryValidator.validate(tb).isEmpty)
    }

    @Test func findsEachKindOfProblem() throws {
        let tb = Termbase(concepts: [
            concept("a", [Term(language: .korean, text: "가", status: .preferred), Term(language: .english, text: "Shared", status: .preferred)],
                    refs: [CrossReference(target: "ghost", relation: .successor)]),
            concept("b", [Term(language: .korean, text: "나", status: .preferred), Term(language: .english, text: "Shared", status: .deprecated),
                          Term(language: .english, text: "Only admitted", status: .admitted)]),
            concept("c", [Term(language: .english, text: "One", status: .preferred), Term(language: .english, text: "Two", status: .preferred),
                          Term(language: .korean, text: "다"), Term(language: .korean, text: "다", status: .deprecated)]),
            concept("d", [Term(language: .korean, text: "가", status: .preferred), Term(language: .english, text: "D", status: .preferred)]),
        ])
        let issues = GlossaryValidator.validate(tb, lines: ["a": 3])
        let text = issues.map(\.description)
        #expect(text.contains("<glossary>:3: error: [a] dangling cross reference to 'ghost' (successor): no such concept"))
        #expect(text.contains { $0.contains("[b] en term 'Shared' is preferred in one concept and deprecated in another (also in a)") })
        #expect(text.contains { $0.contains("warning: [b] no preferred English term") })
        #expect(text.contains { $0.contains("error: [c] 2 preferred en terms") })
        #expect(text.contains { $0.contains("error: [c] '다' is listed twice with conflicting statuses") })
        #expect(text.contains { $0.contains("warning: [d] ko term '가' is also a term of a") })
        // Errors come first.
        let firstWarning = issues.firstIndex { $0.severity == .warning } ?? issues.count
        #expect(issues[firstWarning...].allSatisfy { $0.severity == .warning })
    }
}
