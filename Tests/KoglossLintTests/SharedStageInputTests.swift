import KoglossGlossary
import KoglossLint
import KoglossText
import Testing

/// What other stages may hand the rules and reporters instead of their working it out again: the
/// paragraphs' number anchors (the aligner extracts them too), and the line positions the reporters
/// count themselves (they must agree with `LineIndex`).
@Suite struct SharedStageInputTests {
    static let engine = LintEngine(termbase: RuleExampleGlossary.termbase)

    /// Two paragraphs a side, aligned one to one, the second pair with a date that differs.
    static func document() -> LintDocument {
        let english = "About 200 people attended.\n\nThe order was issued on Mar. 25."
        let korean = "200여 명이 참석했다.\n\n명령은 3월 24일 하달됐다."
        func paragraphs(_ text: String) -> [LintParagraph] {
            let bytes = Array(text.utf8)
            let split = bytes.indices.first { bytes[$0] == 0x0A }!
            return [LintParagraph(range: 0..<split, kind: .body), LintParagraph(range: (split + 2)..<bytes.count, kind: .body)]
        }
        return LintDocument(path: "a.txt", english: english, englishParagraphs: paragraphs(english), korean: korean,
                            koreanParagraphs: paragraphs(korean), beads: [LintBead(korean: [0], english: [0]), LintBead(korean: [1], english: [1])])
    }

    static func anchors(of document: LintDocument) -> ParagraphNumberAnchors {
        func text(_ whole: String, _ range: Range<Int>) -> String { String(decoding: Array(whole.utf8)[range], as: UTF8.self) }
        return ParagraphNumberAnchors(
            english: document.englishParagraphs.map { NumberAnchorExtractor.englishAnchors(in: text(document.english, $0.range)) },
            korean: document.koreanParagraphs.map { NumberAnchorExtractor.koreanAnchors(in: text(document.korean!, $0.range)) })
    }

    @Test func givenNumberAnchorsGiveTheSameFindingsAsExtractedOnes() throws {
        let document = Self.document()
        let matches = DocumentTermMatches(document: document, matcher: Self.engine.matcher)
        let extracted = Self.engine.lint(document, matches: matches)
        #expect(extracted.filter { $0.ruleID == "number-mismatch" }.count == 1, "\(extracted)")
        let given = Self.engine.lint(document, matches: matches, anchors: Self.anchors(of: document))
        #expect(given == extracted)
    }

    @Test func givenNumberAnchorsAreWhatTheRuleReads() {
        let document = Self.document()
        var anchors = Self.anchors(of: document)
        // Without the Korean date, nothing differs.
        anchors.korean[1] = []
        let found = Self.engine.lint(document, matches: nil, anchors: anchors)
        #expect(!found.contains { $0.ruleID == "number-mismatch" }, "\(found)")
        // Anchors for other paragraphs than the document's are not used: extracted again.
        let misfit = ParagraphNumberAnchors(english: [[]], korean: [[]])
        #expect(Self.engine.lint(document, matches: nil, anchors: misfit) == Self.engine.lint(document))
    }

    @Test func reportPositionsAgreeWithLineIndex() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "é", "한", "\n", "\r\n", " ", "’", "\n\n"]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let count = text.utf8.count
            let lineIndex = LineIndex(text)
            var findings: [Finding] = []
            for _ in 0..<5 {
                let a = Int.random(in: 0...(count + 3), using: &generator), b = Int.random(in: 0...(count + 3), using: &generator)
                findings.append(Finding(ruleID: "x", severity: .note, range: min(a, b)..<max(a, b), message: "m"))
            }
            let result = LintFileResult(path: "a.txt", text: text, findings: findings)
            for f in findings {
                let region = result.region(of: f)
                let start = lineIndex.location(ofUTF8Offset: f.range.lowerBound), end = lineIndex.location(ofUTF8Offset: f.range.upperBound)
                #expect(region.startLine == start.line && region.startColumn == start.column, "\(text.debugDescription) \(f.range)")
                #expect(region.endLine == end.line && region.endColumn == end.column, "\(text.debugDescription) \(f.range)")
            }
            #expect(result.lineIndex.lineStarts == lineIndex.lineStarts)
        }
    }
}
