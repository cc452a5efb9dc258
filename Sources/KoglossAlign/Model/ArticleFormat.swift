/// The source format of an article file.
public enum ArticleFormat: String, Sendable, CaseIterable {
    case text, markdown, html

    /// The format implied by a file name's extension (`.md`/`.markdown`, `.html`/`.htm`, else text).
    public init(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: self = .text
        }
    }
}
