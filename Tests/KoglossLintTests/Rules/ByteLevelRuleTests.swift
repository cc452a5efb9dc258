import KoglossGlossary
import KoglossLint
import Testing

/// Cases for the rules' byte-level shortcuts: matched text compared with terms after folding quotes,
/// dashes and non-breaking spaces; matches grouped by paragraph when paragraphs overlap and come out of
/// document order (an HTML page's nested blocks).
@Suite struct ByteLevelRuleTests {
    static let engine = LintEngine(termbase: RuleExampleGlossary.termbase)

    static func findings(_ english: String) -> [Finding] { engine.lint(LintDocument(path: "a.txt", english: english)) }

    @Test func foldedSpacesAndDashesCompareWithTheWrittenTerms() {
        // Byte-identical to the preferred term, or the same after folding a non-breaking space: accepted.
        #expect(Self.findings("Kim Jong Un inspected the unit.").isEmpty)
        #expect(Self.findings("Kim\u{00A0}Jong\u{00A0}Un inspected the unit.").isEmpty)
        // The listed variant, written with a non-breaking space or an en dash: still the variant.
        for text in ["Kim\u{00A0}Jong-un inspected the unit.", "Kim Jong\u{2013}un inspected the unit.", "Kim Jong-un inspected the unit."] {
            let found = Self.findings(text)
            #expect(found.map(\.ruleID) == ["romanization"], "\(text): \(found)")
            #expect(found.first?.replacement == "Kim Jong Un")
        }
        // Another form of the name (joined words) is reported too; all lower case (a tag line) is not.
        #expect(Self.findings("Kim Jongun inspected the unit.").map(\.ruleID) == ["romanization"])
        #expect(Self.findings("tags: kim jong un").isEmpty)
    }

    @Test func matchesInOverlappingParagraphsOutOfOrderKeepTheirParagraphs() throws {
        let english = "The Ministry of State Security arrested him. The Strategic Force met."
        let korean = "전략군이 만났다.\n\n사회안전성이 그를 체포했다."
        let split = try #require(english.utf8.firstIndex(of: UInt8(ascii: "."))).utf16Offset(in: english) + 2
        let length = english.utf8.count
        // Paragraph 0 is the second sentence, paragraph 1 the first (overlapping it by a few bytes), so
        // matches in document order belong to paragraphs 1, then 0.
        let englishParagraphs = [LintParagraph(range: split..<length, kind: .body), LintParagraph(range: 0..<(split + 3), kind: .body)]
        let koreanBreak = korean.utf8.count - "사회안전성이 그를 체포했다.".utf8.count
        let koreanParagraphs = [LintParagraph(range: 0..<(koreanBreak - 2), kind: .body), LintParagraph(range: koreanBreak..<korean.utf8.count, kind: .body)]
        let beads = [LintBead(korean: [0], english: [0]), LintBead(korean: [1], english: [1])]
        let document = LintDocument(path: "a.txt", english: english, englishParagraphs: englishParagraphs, korean: korean,
                                    koreanParagraphs: koreanParagraphs, beads: beads)
        let found = Self.engine.lint(document)
        let wrong = found.filter { $0.ruleID == "wrong-term" }
        #expect(wrong.count == 1, "\(found)")
        let ministry = try #require(english.range(of: "Ministry of State Security"))
        let expected = english.utf8.distance(from: english.startIndex, to: ministry.lowerBound)..<english.utf8.distance(from: english.startIndex, to: ministry.upperBound)
        #expect(wrong.first?.range == expected)
        #expect(wrong.first?.englishParagraph == 1 && wrong.first?.koreanParagraph == 1)
        #expect(wrong.first?.replacement == "Ministry of Social Security")
        // 전략군 is rendered in its own bead: nothing missing.
        #expect(!found.contains { $0.ruleID == "missing-term" }, "\(found)")
    }
}
