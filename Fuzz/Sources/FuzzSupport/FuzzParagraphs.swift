import KoglossLint

/// Paragraph ranges of a text split at blank lines, for targets that need paragraphs without the article
/// reader: the kinds cycle through body, heading, caption and other so every rule path is reachable.
public enum FuzzParagraphs {
    public static func split(_ text: String) -> [LintParagraph] {
        let bytes = Array(text.utf8)
        var paragraphs: [LintParagraph] = []
        var start = 0
        var index = 0
        let kinds: [LintParagraph.Kind] = [.body, .heading, .body, .caption, .body, .other]
        func close(_ end: Int) {
            if end > start {
                paragraphs.append(LintParagraph(range: start..<end, kind: kinds[paragraphs.count % kinds.count]))
            }
        }
        while index < bytes.count {
            if bytes[index] == 0x0A, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                close(index)
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        close(bytes.count)
        return paragraphs
    }

    /// Beads pairing paragraphs in order, the longer side's extra paragraphs each alone.
    public static func beads(korean: Int, english: Int) -> [LintBead] {
        (0..<max(korean, english)).map { i in
            LintBead(korean: i < korean ? [i] : [], english: i < english ? [i] : [], confidence: i % 3 == 0 ? 0.3 : 0.9)
        }
    }
}
