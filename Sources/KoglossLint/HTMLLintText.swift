import KoglossAlign

/// An HTML page's article as the lint reads it: its paragraphs' extracted texts (what the aligner reads) laid
/// out as a plain-text article is, a blank line between paragraphs, each paragraph's range pointing at its
/// text; with the page source and the paragraphs' ranges in it, to place findings back in the page.
enum HTMLLintText {
    static func article(ofPage page: Article) -> (article: Article, source: HTMLPageSource) {
        var text = ""
        text.reserveCapacity(page.paragraphs.reduce(2) { $0 + $1.text.utf8.count + 2 })
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(page.paragraphs.count)
        for paragraph in page.paragraphs {
            if !paragraphs.isEmpty { text += "\n\n" }
            let start = text.utf8.count
            text += paragraph.text
            paragraphs.append(Paragraph(text: paragraph.text, kind: paragraph.kind, range: start..<text.utf8.count))
        }
        text += "\n"
        var article = page
        article.text = text
        article.paragraphs = paragraphs
        return (article, HTMLPageSource(text: page.text, paragraphRanges: page.paragraphs.map(\.range)))
    }
}
