import Foundation
import FuzzSupport
import KoglossAlign
import KoglossLint
import KoglossText

private let engine = LintEngine(termbase: FuzzGlossary.termbase)
private let loader = LintInputLoader(matcher: engine.matcher)

/// LintEngine on random English and Korean text (split at the first NUL) against a small glossary, with
/// paragraphs at blank lines aligned in order: every finding's range must lie inside the English text. Then
/// the path `kogloss lint EN --source KO` takes, from the files' bytes: the loader reads both (decode,
/// paragraphs, Korean check, date), matches each text once, aligns on those matches, and the engine lints
/// with the same matches; only `InputError` may be thrown.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (english, korean) = FuzzInput.twoTexts(data, size)
    let englishParagraphs = FuzzParagraphs.split(english)
    let koreanParagraphs = FuzzParagraphs.split(korean)
    let date = size % 2 == 0 ? "2015-06-01" : nil
    let alone = LintDocument(path: "fuzz.txt", english: english, englishParagraphs: englishParagraphs, date: date)
    check(engine.lint(alone), english: english)
    let paired = LintDocument(path: "fuzz.txt", english: english, englishParagraphs: englishParagraphs,
                              korean: korean, koreanParagraphs: koreanParagraphs,
                              beads: FuzzParagraphs.beads(korean: koreanParagraphs.count, english: englishParagraphs.count),
                              date: date)
    check(engine.lint(paired), english: english)
    do {
        let read = try loader.read(english: Data(english.utf8), englishURL: URL(fileURLWithPath: "fuzz.txt"),
                                   korean: (data: Data(korean.utf8), url: URL(fileURLWithPath: "fuzz.ko.txt")), displayPath: "fuzz.txt")
        let (document, matches) = loader.documentAndMatches(english: read.english, korean: read.korean, path: "fuzz.txt", date: read.date)
        check(engine.lint(document, matches: matches), english: document.english)
    } catch is InputError {
    } catch {
        fatalError("LintInputLoader.read threw something other than InputError: \(error)")
    }
    lintAsPage(Data(english.utf8), korean: korean, date: date)
    return 0
}

/// The English bytes read as an HTML page, as `kogloss lint page.html --source KO` reads one: linted on its
/// paragraphs' text, findings placed back in the page. Every placed range lies in the page; an exactly placed
/// one holds in the page the very bytes the rules read; a fix plan changes only exactly placed bytes.
private func lintAsPage(_ page: Data, korean: String, date: String?) {
    do {
        let article = try ArticleReader.read(html: page, baseURL: nil, file: "fuzz.html")
        let (text, source) = LintInputLoader.textArticle(ofPage: article)
        let koreanArticle = try? ArticleReader.read(text: korean, format: .text, file: "fuzz.ko.txt")
        var prepared = loader.prepare(english: text, korean: koreanArticle, path: "fuzz.html", date: date)
        prepared.document.htmlSource = source
        let findings = engine.lint(prepared.document, matches: prepared.matches, anchors: prepared.anchors)
        check(findings, english: prepared.document.english)
        let placed = prepared.document.fileFindings(findings)
        let pageBytes = Array(placed.text.utf8)
        let lintBytes = Array(prepared.document.english.utf8)
        precondition(placed.findings.count <= findings.count, "placing findings made more of them")
        for (i, finding) in placed.findings.enumerated() {
            precondition(finding.range.lowerBound >= 0 && finding.range.upperBound <= pageBytes.count,
                         "placed finding \(finding.ruleID) range \(finding.range) outside the page of \(pageBytes.count) bytes")
            // Exactly placed: the page holds there the very bytes the rules read for a finding of that rule.
            guard placed.inexact[i] == nil, !finding.range.isEmpty else { continue }
            let inPage = pageBytes[finding.range]
            let read = findings.contains { (original: Finding) -> Bool in
                guard original.ruleID == finding.ruleID, original.message == finding.message,
                      original.range.upperBound <= lintBytes.count else { return false }
                return lintBytes[original.range].elementsEqual(inPage)
            }
            precondition(read, "finding \(finding.ruleID) placed exactly at \(finding.range) on other bytes than the rules read")
        }
        if let plan = try? Fixer.plan(path: "fuzz.html", raw: Data(pageBytes), file: placed) {
            precondition(plan.oldText == placed.text, "the fix plan starts from another text than the page")
        }
    } catch is InputError {
    } catch {
        fatalError("the HTML lint path threw something other than InputError: \(error)")
    }
}

private func check(_ findings: [Finding], english: String) {
    let count = english.utf8.count
    for finding in findings {
        precondition(finding.range.lowerBound >= 0 && finding.range.upperBound <= count,
                     "finding \(finding.ruleID) range \(finding.range) outside text of \(count) bytes")
    }
}

FuzzDriver.run(fuzz)
