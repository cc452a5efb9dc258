import Foundation
import FuzzSupport
import KoglossGlossary

private let matcher = TermMatcher(termbase: FuzzGlossary.termbase)

/// TermMatcher over random English and Korean text (split at the first NUL): every match range must lie
/// inside the text on scalar boundaries, in order, and point at a concept and term that exist.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (english, korean) = FuzzInput.twoTexts(data, size)
    check(matcher.englishMatches(in: english), in: english)
    check(matcher.koreanMatches(in: korean), in: korean)
    check(matcher.matches(in: english, language: .korean), in: english)
    // A sub-range on a scalar boundary, as a paragraph range would be.
    let bytes = Array(english.utf8)
    var half = bytes.count / 2
    while half < bytes.count, bytes[half] & 0xC0 == 0x80 { half += 1 }
    check(matcher.englishMatches(in: english, range: half..<bytes.count), in: english, within: half..<bytes.count)
    return 0
}

private func check(_ matches: [TermMatch], in text: String, within limits: Range<Int>? = nil) {
    let bytes = Array(text.utf8)
    let limits = limits ?? 0..<bytes.count
    for match in matches {
        precondition(match.range.lowerBound >= limits.lowerBound && match.range.upperBound <= limits.upperBound,
                     "range \(match.range) outside \(limits)")
        for bound in [match.range.lowerBound, match.range.upperBound] where bound < bytes.count {
            precondition(bytes[bound] & 0xC0 != 0x80, "range \(match.range) splits a UTF-8 sequence")
        }
        precondition(!match.references.isEmpty, "match without a term")
        for reference in match.references {
            _ = matcher.term(reference)
        }
    }
}

FuzzDriver.run(fuzz)
