import Foundation
import KoglossAlign

/// Invariants the article and alignment targets check on every result. `-O` drops precondition messages,
/// so a failed check prints its message before trapping.
public enum FuzzChecks {
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition {
            fputs("FuzzChecks: \(message())\n", stderr)
            preconditionFailure()
        }
    }

    /// Paragraph ranges inside the text, on UTF-8 scalar boundaries, in order and not overlapping. HTML
    /// paragraphs carry the range of their source line(s), so two paragraphs on one line share a range, and
    /// `sharedLines` then allows equal or overlapping ranges (nested blocks) but still requires starts never to
    /// go backwards (finding 8 in docs/hardening.md: a headline below the body used to be put first).
    public static func paragraphs(_ article: Article, sharedLines: Bool = false) {
        let bytes = Array(article.text.utf8)
        var start = 0, end = 0
        for paragraph in article.paragraphs {
            let range = paragraph.range
            let ordered = sharedLines ? range.lowerBound >= start : range.lowerBound >= end
            require(ordered && range.upperBound <= bytes.count,
                         "paragraph range \(range) goes back before or overlaps the previous one (\(start)..<\(end)) or leaves the text (\(bytes.count) bytes)")
            for bound in [range.lowerBound, range.upperBound] where bound < bytes.count {
                require(bytes[bound] & 0xC0 != 0x80, "paragraph range \(range) splits a UTF-8 sequence")
            }
            require(!paragraph.text.isEmpty, "empty paragraph at \(range)")
            start = range.lowerBound
            end = range.upperBound
        }
    }

    /// Each paragraph index of each side in exactly one bead, in increasing order; confidences in 0...1.
    public static func beads(_ alignment: Alignment, korean: Int, english: Int) {
        var nextKorean = 0, nextEnglish = 0
        for bead in alignment.beads {
            require(!(bead.ko.isEmpty && bead.en.isEmpty), "empty bead")
            for i in bead.ko { require(i == nextKorean, "Korean paragraph \(i) out of order (expected \(nextKorean))"); nextKorean += 1 }
            for i in bead.en { require(i == nextEnglish, "English paragraph \(i) out of order (expected \(nextEnglish))"); nextEnglish += 1 }
            require(bead.confidence >= 0 && bead.confidence <= 1, "confidence \(bead.confidence) outside 0...1")
        }
        require(nextKorean == korean && nextEnglish == english,
                     "alignment covers \(nextKorean)/\(korean) Korean and \(nextEnglish)/\(english) English paragraphs")
    }
}
