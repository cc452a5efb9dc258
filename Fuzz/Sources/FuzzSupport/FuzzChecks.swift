import KoglossAlign

/// Invariants the article and alignment targets check on every result.
public enum FuzzChecks {
    /// Paragraph ranges inside the text, on UTF-8 scalar boundaries, in order and not overlapping.
    public static func paragraphs(_ article: Article) {
        let bytes = Array(article.text.utf8)
        var end = 0
        for paragraph in article.paragraphs {
            let range = paragraph.range
            precondition(range.lowerBound >= end && range.upperBound <= bytes.count,
                         "paragraph range \(range) overlaps the previous one (ends \(end)) or leaves the text (\(bytes.count) bytes)")
            for bound in [range.lowerBound, range.upperBound] where bound < bytes.count {
                precondition(bytes[bound] & 0xC0 != 0x80, "paragraph range \(range) splits a UTF-8 sequence")
            }
            precondition(!paragraph.text.isEmpty, "empty paragraph at \(range)")
            end = range.upperBound
        }
    }

    /// Each paragraph index of each side in exactly one bead, in increasing order; confidences in 0...1.
    public static func beads(_ alignment: Alignment, korean: Int, english: Int) {
        var nextKorean = 0, nextEnglish = 0
        for bead in alignment.beads {
            precondition(!(bead.ko.isEmpty && bead.en.isEmpty), "empty bead")
            for i in bead.ko { precondition(i == nextKorean, "Korean paragraph \(i) out of order (expected \(nextKorean))"); nextKorean += 1 }
            for i in bead.en { precondition(i == nextEnglish, "English paragraph \(i) out of order (expected \(nextEnglish))"); nextEnglish += 1 }
            precondition(bead.confidence >= 0 && bead.confidence <= 1, "confidence \(bead.confidence) outside 0...1")
        }
        precondition(nextKorean == korean && nextEnglish == english,
                     "alignment covers \(nextKorean)/\(korean) Korean and \(nextEnglish)/\(english) English paragraphs")
    }
}
