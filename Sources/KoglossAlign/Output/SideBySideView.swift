/// The terminal view of `kogloss align`: Korean on the left, English on the right, one block per bead with its
/// shape, paragraph kind and confidence; beads below the review threshold are marked `REVIEW`.
public enum SideBySideView {
    public static func render(korean: Article, english: Article, alignment: Alignment, width: Int = 100,
                              reviewThreshold: Double = 0.5, koreanName: String = "Korean", englishName: String = "English") -> String {
        let total = max(40, width)
        let column = (total - 3) / 2
        let label = 5  // "  12 " index gutter inside each column
        var out = DisplayWidth.pad(String(koreanName.prefix(column)), to: column) + " │ " + String(englishName.prefix(column)) + "\n"
        out += String(repeating: "═", count: column) + "═╪═" + String(repeating: "═", count: column) + "\n"
        for (number, bead) in alignment.beads.enumerated() {
            let kinds = Set(bead.ko.map { korean.paragraphs[$0].kind } + bead.en.map { english.paragraphs[$0].kind })
            let kindText = kinds.map(\.rawValue).sorted().joined(separator: "+")
            let flagged = bead.confidence < reviewThreshold
            var header = "── \(number) · \(bead.ko.count):\(bead.en.count) · \(kindText) · \(AlignmentTSV.format(bead.confidence))"
            if flagged { header += " · REVIEW" }
            header += " "
            out += header + String(repeating: "─", count: max(0, total - DisplayWidth.of(header))) + "\n"
            let left = lines(of: bead.ko, in: korean, width: column, gutter: label)
            let right = lines(of: bead.en, in: english, width: column, gutter: label)
            for row in 0..<max(left.count, right.count) {
                let l = row < left.count ? left[row] : ""
                let r = row < right.count ? right[row] : ""
                let mark = flagged ? " ! " : " │ "
                var row = DisplayWidth.pad(l, to: column) + mark + r
                while row.last == " " { row.removeLast() }
                out += row + "\n"
            }
        }
        let review = alignment.needsReview(threshold: reviewThreshold).count
        out += "\(alignment.beads.count) beads, \(alignment.beads.filter(\.isLink).count) links, \(review) to review (confidence < \(reviewThreshold))\n"
        return out
    }

    static func lines(of indices: [Int], in article: Article, width: Int, gutter: Int) -> [String] {
        var result: [String] = []
        for index in indices {
            let paragraph = article.paragraphs[index]
            let wrapped = DisplayWidth.wrap(paragraph.text, width: width - gutter)
            for (n, line) in wrapped.enumerated() {
                let number = String(index)
                let prefix = n == 0 ? String(repeating: " ", count: max(0, gutter - 1 - number.count)) + number + " " : String(repeating: " ", count: gutter)
                result.append(prefix + line)
            }
        }
        if result.isEmpty { result.append(String(repeating: " ", count: gutter) + "—") }
        return result
    }
}
