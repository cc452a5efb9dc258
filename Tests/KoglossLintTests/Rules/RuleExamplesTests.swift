import KoglossGlossary
import KoglossLint
import Testing

/// Runs every rule's own examples: triggering ones must produce a finding of that rule, the others none.
@Suite struct RuleExamplesTests {
    static let engine = LintEngine(termbase: RuleExampleGlossary.termbase)

    static func document(_ example: RuleExample) -> LintDocument {
        let english = example.english
        if let korean = example.korean {
            return LintDocument(path: "example.txt", english: english,
                                englishParagraphs: [LintParagraph(range: 0..<english.utf8.count, kind: .body)],
                                korean: korean, koreanParagraphs: [LintParagraph(range: 0..<korean.utf8.count, kind: .body)],
                                beads: [LintBead(korean: [0], english: [0])], date: example.date)
        }
        return LintDocument(path: "example.txt", english: english, date: example.date)
    }

    @Test(arguments: RuleRegistry.ids)
    func examples(ruleID: String) throws {
        let rule = try #require(RuleRegistry.rule(id: ruleID))
        for example in rule.description.triggeringExamples {
            let findings = Self.engine.lint(Self.document(example), rules: [ruleID])
            #expect(!findings.isEmpty, "\(ruleID) should trigger on: \(example.english)")
        }
        for example in rule.description.nonTriggeringExamples {
            let findings = Self.engine.lint(Self.document(example), rules: [ruleID])
            #expect(findings.isEmpty, "\(ruleID) should not trigger on: \(example.english): \(findings.map(\.message))")
        }
    }

    @Test func everyRuleHasAnIDDescriptionAndUniqueID() {
        let ids = RuleRegistry.ids
        #expect(Set(ids).count == ids.count)
        for d in RuleRegistry.descriptions {
            #expect(!d.summary.isEmpty)
            #expect(d.id.allSatisfy { $0.isLowercase || $0 == "-" })
        }
    }
}
