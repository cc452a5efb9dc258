import Foundation
import KoglossText
import KoglossXML

/// Finds the article body of a news page (libxml2's HTML parser + XPath) and turns its blocks into classified
/// paragraphs; navigation, scripts, share widgets, related-article lists and page footers are dropped.
enum HTMLArticleExtractor {
    struct Result {
        var paragraphs: [Paragraph]
        var title: String?
        var koreanOriginalURL: URL?
    }

    /// Elements never part of the body.
    static let droppedElements: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                                               "iframe", "button", "select", "svg", "template", "menu"]
    /// class/id fragments of page furniture.
    static let droppedMarkers = ["share", "social", "sns", "related", "comment", "footer", "nav", "menu", "sidebar",
                                 "breadcrumb", "advert", "banner", "subscribe", "newsletter", "popular", "recommend", "tag-cloud", "copyright"]
    /// XPath for likely article containers, best first.
    static let bodyQueries = [
        "//*[@itemprop='articleBody']",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-body ') or @id='article-body' or contains(@class, 'article_body') or contains(@class, 'articleBody') or @id='articleBody']",
        "//*[contains(@class, 'entry-content') or contains(@class, 'post-content') or contains(@class, 'news_body') or contains(@class, 'article-content') or @id='article_txt' or contains(@class, 'view_con')]",
        "//article",
        "//main",
    ]
    static let blockQuery = ".//p | .//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6 | .//figcaption | .//li | .//blockquote | .//pre"

    static func extract(_ data: Data, source: String, baseURL: URL?, file: String?) throws -> Result {
        let document = try HTMLDocument(data: data, url: baseURL?.absoluteString, file: file)
        let lineStarts = lineStartOffsets(source)

        var container: HTMLNode? = nil
        for query in bodyQueries {
            let candidates = document.select(query).filter { !isDropped($0) }
            if let best = candidates.max(by: { textLength(of: $0) < textLength(of: $1) }), textLength(of: best) > 0 {
                container = best
                break
            }
        }
        // No marked-up body: the element with the most paragraph text directly inside (XPath dedupes parents).
        if container == nil {
            container = document.select("//p/..").filter { !isDropped($0) }.max { directParagraphText($0) < directParagraphText($1) }
        }

        let total = source.utf8.count
        var paragraphs: [Paragraph] = []
        if let container {
            let blocks = container.select(blockQuery).filter { !isDropped($0) && !hasBlockAncestor($0) }
            for (index, block) in blocks.enumerated() {
                let text = normalized(block.textContent)
                guard !text.isEmpty else { continue }
                let next = index + 1 < blocks.count ? normalized(blocks[index + 1].textContent) : nil
                let kind: ParagraphKind
                switch block.name {
                case "h1", "h2", "h3", "h4", "h5", "h6": kind = .heading
                case "figcaption": kind = .caption
                default: kind = ParagraphClassifier.classify(text, next: next)
                }
                let range = range(ofLine: block.line, lineStarts: lineStarts, total: total, notBefore: paragraphs.last?.range)
                paragraphs.append(Paragraph(text: text, kind: kind, range: range))
            }
        }
        // The page's headline usually sits above the body container; keep it as the first paragraph (a heading),
        // as a Markdown file's `# title` is. Only when it is above: an <h1> below the body (a malformed page)
        // would put a paragraph before the body that points after it.
        if let container, container.first(".//h1") == nil, let h1 = document.select("//h1").first(where: { !isDropped($0) }),
           let first = paragraphs.first {
            let text = normalized(h1.textContent)
            let range = range(ofLine: h1.line, lineStarts: lineStarts, total: total, notBefore: nil)
            if !text.isEmpty, range.upperBound <= first.range.lowerBound || range == first.range {
                paragraphs.insert(Paragraph(text: text, kind: .heading, range: range), at: 0)
            }
        }
        let hasBody = paragraphs.contains { $0.kind == .body }
        guard hasBody else {
            throw InputError(file: file, message: "no article body found in the HTML page",
                             hint: "give the article page itself (or save its text as .txt)")
        }

        var title = document.first("//h1").map { normalized($0.textContent) }
        if title?.isEmpty ?? true {
            title = document.first("//title").map { normalized($0.textContent) }
        }
        if let t = title, let dash = t.range(of: " - Daily NK") ?? t.range(of: " | Daily NK") { title = String(t[..<dash.lowerBound]) }
        if title?.isEmpty == true { title = nil }

        var koreanURL: URL? = nil
        for link in document.select("//a[@href]") {
            let text = normalized(link.textContent).lowercased()
            if text.contains("read in korean") || text.contains("한국어") || text.contains("korean version") {
                if let href = link.attribute("href"), let url = URL(string: href, relativeTo: baseURL?.isFileURL == true ? nil : baseURL) {
                    koreanURL = url.absoluteURL
                    break
                }
            }
        }
        return Result(paragraphs: paragraphs, title: title, koreanOriginalURL: koreanURL)
    }

    static func isDropped(_ node: HTMLNode) -> Bool {
        var current: HTMLNode? = node
        while let n = current {
            if droppedElements.contains(n.name) { return true }
            let marks = ((n.attribute("class") ?? "") + " " + (n.attribute("id") ?? "")).lowercased()
            if !marks.trimmingCharacters(in: .whitespaces).isEmpty, droppedMarkers.contains(where: { marks.contains($0) }) { return true }
            if n.attribute("aria-hidden") == "true" || n.attribute("hidden") != nil { return true }
            current = n.parent
        }
        return false
    }

    /// Blocks nested in another selected block (`<li><p>`) are read once, through the outer block.
    static func hasBlockAncestor(_ node: HTMLNode) -> Bool {
        var current = node.parent
        while let n = current {
            if ["p", "li", "blockquote", "figcaption", "pre"].contains(n.name) { return true }
            current = n.parent
        }
        return false
    }

    static func directParagraphText(_ node: HTMLNode) -> Int {
        node.select("./p").reduce(0) { $0 + normalized($1.textContent).count }
    }

    static func textLength(of node: HTMLNode) -> Int {
        node.select(".//p").reduce(0) { $0 + ($1.textContent.count) }
    }

    /// Whitespace runs collapsed to one space, NFC.
    static func normalized(_ text: String) -> String {
        TextNormalizer.nfc(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }

    static func lineStartOffsets(_ source: String) -> [Int] {
        var starts = [0]
        var offset = 0
        for byte in source.utf8 {
            offset += 1
            if byte == 0x0A { starts.append(offset) }
        }
        return starts
    }

    /// libxml2 gives elements a line only, so a paragraph's range is its element's start line (two blocks
    /// on one line share it). Ranges never go backwards: a block without a usable line (0, past the end, or
    /// before the previous block's, which libxml2's recovery could give) takes the previous block's range.
    static func range(ofLine line: Int, lineStarts: [Int], total: Int, notBefore previous: Range<Int>?) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return previous ?? 0..<0 }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? max(start, lineStarts[line] - 1) : total
        if let previous, start < previous.lowerBound { return previous }
        return start..<end
    }
}
