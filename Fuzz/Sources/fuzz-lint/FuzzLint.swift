import Foundation
import FuzzSupport
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
    return 0
}

private func check(_ findings: [Finding], english: String) {
    let count = english.utf8.count
    for finding in findings {
        precondition(finding.range.lowerBound >= 0 && finding.range.upperBound <= count,
                     "finding \(finding.ruleID) range \(finding.range) outside text of \(count) bytes")
    }
}

FuzzDriver.run(fuzz)
