import Foundation
import FuzzSupport
import KoglossLint

private let engine = LintEngine(termbase: FuzzGlossary.termbase)

/// LintEngine on random English and Korean text (split at the first NUL) against a small glossary, with
/// paragraphs at blank lines aligned in order: every finding's range must lie inside the English text.
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
