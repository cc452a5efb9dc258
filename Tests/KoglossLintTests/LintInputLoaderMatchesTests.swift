import Foundation
import KoglossAlign
import KoglossGlossary
import KoglossLint
import KoglossText
import Testing

/// With a source, the loader matches each text once: the matches anchor the alignment and serve the rules,
/// with the same alignment and the same findings as matching separately.
@Suite struct LintInputLoaderMatchesTests {
    static let pairs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/lint/pairs")

    @Test func matchesOnceWithTheSameAlignmentAndFindings() throws {
        let termbase = try GlossaryLoading.load(Self.pairs.deletingLastPathComponent().appendingPathComponent("glossary.tbx"))
        let engine = LintEngine(termbase: termbase)
        let loader = LintInputLoader(matcher: engine.matcher)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.pairs.path).filter { $0.hasSuffix(".ko.txt") }.sorted()
        #expect(names.count >= 60)
        var findings = 0
        for name in names {
            let base = String(name.dropLast(".ko.txt".count))
            let en = Self.pairs.appendingPathComponent(base + ".txt"), ko = Self.pairs.appendingPathComponent(name)
            let loaded = try loader.load(englishURL: en, koreanURL: ko, displayPath: base + ".txt", date: nil)
            let matches = try #require(loaded.matches, "\(base)")
            #expect(matches.fits(loaded.document))
            // The matches are the engine's own.
            let own = DocumentTermMatches(document: loaded.document, matcher: engine.matcher)
            #expect(matches.english == own.english && matches.korean == own.korean, "\(base)")
            // The alignment is the one the aligner finds matching the glossary itself.
            let read = try loader.read(english: Data(contentsOf: en), englishURL: en, korean: (Data(contentsOf: ko), ko), displayPath: base + ".txt")
            let direct = loader.aligner.align(korean: read.korean!, english: read.english)
            #expect(loaded.document.beads == direct.beads.map { LintBead(korean: $0.ko, english: $0.en, confidence: $0.confidence) }, "\(base)")
            // The rules find the same with the loader's matches as with their own.
            let withMatches = engine.lint(loaded.document, matches: loaded.matches)
            #expect(withMatches == engine.lint(loaded.document), "\(base)")
            // And the same with the number anchors the aligner found.
            let anchors = try #require(loaded.anchors, "\(base)")
            #expect(anchors.fits(loaded.document))
            #expect(engine.lint(loaded.document, matches: loaded.matches, anchors: anchors) == withMatches, "\(base)")
            findings += withMatches.count
        }
        #expect(findings > 0)
    }

    @Test func withoutSourceOrGlossaryNothingIsMatchedInAdvance() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let en = dir.appendingPathComponent("a.txt"), ko = dir.appendingPathComponent("a.ko.txt")
        try "The Ministry of People's Security acted.\n\nA second paragraph.\n".write(to: en, atomically: true, encoding: .utf8)
        try "인민보안성이 움직였다.\n\n두 번째 문단이다.\n".write(to: ko, atomically: true, encoding: .utf8)
        let matcher = TermMatcher(termbase: RuleExampleGlossary.termbase)
        #expect(try LintInputLoader(matcher: matcher).load(englishURL: en, koreanURL: nil, displayPath: "a.txt", date: nil).matches == nil)
        let noGlossary = try LintInputLoader(matcher: nil).load(englishURL: en, koreanURL: ko, displayPath: "a.txt", date: nil)
        #expect(noGlossary.matches == nil && noGlossary.document.hasSource)
        let loaded = try LintInputLoader(matcher: matcher).load(englishURL: en, koreanURL: ko, displayPath: "a.txt", date: nil)
        #expect(loaded.matches?.korean.first?.isEmpty == false)
        // Matches that do not fit the document are found again rather than misplaced.
        let stale = DocumentTermMatches(english: [], korean: [])
        #expect(LintEngine(matcher: matcher).lint(loaded.document, matches: stale) == LintEngine(matcher: matcher).lint(loaded.document))
    }

    /// An HTML page is linted on its paragraphs' text, as the aligner reads it: the rules' number anchors are
    /// the aligner's, found in `People’s` and `Mar. 25`, not in the page's `&#8217;` and `&nbsp;`.
    @Test func numberAnchorsForHTMLAreThoseOfTheSlicesTheRulesRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let en = dir.appendingPathComponent("a.html"), ko = dir.appendingPathComponent("a.ko.html")
        try """
        <html><body><article><p>The Ministry of People&#8217;s Security detained <b>200</b> people on Mar.&nbsp;25.</p>
        <p>About 30 of them were released in 2021, officials said.</p></article></body></html>
        """.write(to: en, atomically: true, encoding: .utf8)
        try """
        <html><body><article><p>인민보안성이 3월 24일 <b>300</b>여 명을 구금했다.</p>
        <p>그중 30명은 2021년에 풀려났다고 관계자들이 말했다.</p></article></body></html>
        """.write(to: ko, atomically: true, encoding: .utf8)
        let engine = LintEngine(termbase: RuleExampleGlossary.termbase)
        let loaded = try LintInputLoader(matcher: engine.matcher).load(englishURL: en, koreanURL: ko, displayPath: "a.html", date: nil)
        // The paragraphs the rules read are the extracted texts.
        let text = Array(loaded.document.english.utf8)
        let paragraphs = loaded.document.englishParagraphs.map { String(decoding: text[$0.range], as: UTF8.self) }
        #expect(paragraphs == ["The Ministry of People’s Security detained 200 people on Mar. 25.",
                               "About 30 of them were released in 2021, officials said."])
        let anchors = try #require(loaded.anchors)
        #expect(anchors.english == paragraphs.map { NumberAnchorExtractor.englishAnchors(in: $0) })
        let withAnchors = engine.lint(loaded.document, matches: loaded.matches, anchors: anchors)
        #expect(withAnchors == engine.lint(loaded.document, matches: loaded.matches))
        let numbers = withAnchors.filter { $0.ruleID == "number-mismatch" }.map(\.message)
        #expect(numbers == ["'200' but the Korean has '300여'", "'Mar. 25' but the Korean has '3월 24일'"], "\(withAnchors)")
        // The Ministry of People's Security is found (written with &#8217;): not missing.
        #expect(!withAnchors.contains { $0.ruleID == "missing-term" }, "\(withAnchors)")
        #expect(loaded.matches?.english.first?.isEmpty == false)
    }
}
