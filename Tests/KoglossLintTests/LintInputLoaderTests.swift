import Foundation
import KoglossLint
import KoglossText
import Testing

@Suite struct LintInputLoaderTests {
    func temp() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func htmlPagesAreLintedOnTheirArticleTextOnly() throws {
        let dir = try temp()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a.html")
        try """
        <!DOCTYPE html><html><head><title>T</title></head><body><nav><a href="/ko">한국어</a></nav>
        <article><h1>Recruits</h1><p>Graduates go to the Strategic Military Command, a source said.</p>
        <p>The 장마당 traders were worried.</p></article></body></html>
        """.write(to: url, atomically: true, encoding: .utf8)
        let loaded = try LintInputLoader(glossary: nil).load(englishURL: url, koreanURL: nil, displayPath: "a.html", date: nil)
        let findings = LintEngine(termbase: RuleExampleGlossary.termbase).lint(loaded.document)
        #expect(findings.map(\.ruleID) == ["deprecated-term", "untranslated"])
        #expect(findings.last.map { String(decoding: Array(loaded.document.english.utf8)[$0.range], as: UTF8.self) } == "장마당")
    }

    @Test func sourceMustBeKoreanAndDatesComeFromTheFiles() throws {
        let dir = try temp()
        defer { try? FileManager.default.removeItem(at: dir) }
        let en = dir.appendingPathComponent("a.txt"), ko = dir.appendingPathComponent("a.ko.txt")
        try "2021-03-05\n\nThe Ministry of People's Security acted.\n".write(to: en, atomically: true, encoding: .utf8)
        try "Not Korean at all.\n".write(to: ko, atomically: true, encoding: .utf8)
        let loader = LintInputLoader(glossary: RuleExampleGlossary.termbase)
        #expect(throws: InputError.self) { _ = try loader.load(englishURL: en, koreanURL: ko, displayPath: "a.txt", date: nil) }
        try "인민보안성이 움직였다.\n".write(to: ko, atomically: true, encoding: .utf8)
        let loaded = try loader.load(englishURL: en, koreanURL: ko, displayPath: "a.txt", date: nil)
        #expect(loaded.document.date == "2021-03-05")
        #expect(loaded.document.hasSource)
        let findings = LintEngine(termbase: RuleExampleGlossary.termbase).lint(loaded.document)
        #expect(findings.contains { $0.ruleID == "anachronism" && $0.replacement == "Ministry of Social Security" })
        let overridden = try loader.load(englishURL: en, koreanURL: ko, displayPath: "a.txt", date: "2019-01-01")
        #expect(!LintEngine(termbase: RuleExampleGlossary.termbase).lint(overridden.document).contains { $0.ruleID == "anachronism" })
    }
}
