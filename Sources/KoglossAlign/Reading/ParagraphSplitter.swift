/// Splits plain text or Markdown into classified paragraphs (the "Article files and paragraphs" rules):
/// whole-line HTML comments dropped; blocks separated by blank lines; a file without blank lines is one
/// paragraph per line; inside a block, captions, tag lines, credits, footers and bylines stand alone and the
/// other lines are joined with a space (soft-wrapped Markdown).
public enum ParagraphSplitter {
    /// A line of the source: its trimmed text and UTF-8 byte range (without the newline).
    struct Line {
        var text: String
        var range: Range<Int>
        var isBlank: Bool { text.isEmpty }
        /// Markdown ATX heading level (`#`..`######`), 0 otherwise.
        var headingLevel = 0
    }

    /// The paragraphs of `text` (NFC, LF line ends), with UTF-8 byte ranges into it.
    public static func split(_ text: String, format: ArticleFormat = .text) -> [Paragraph] {
        let lines = contentLines(of: text, markdown: format == .markdown)
        guard let firstContent = lines.firstIndex(where: { !$0.isBlank }),
              let lastContent = lines.lastIndex(where: { !$0.isBlank }) else { return [] }
        let content = lines[firstContent...lastContent]
        let hasBlankLine = content.contains { $0.isBlank }

        var paragraphs: [Paragraph] = []
        var block: [Line] = []
        func flush() {
            if !block.isEmpty { paragraphs += paragraphsOfBlock(block) }
            block.removeAll(keepingCapacity: true)
        }
        for line in content {
            if line.isBlank { flush(); continue }
            if hasBlankLine { block.append(line) } else { block = [line]; flush() }
        }
        flush()
        return paragraphs
    }

    /// The first level-1 Markdown heading, used as the title.
    static func markdownTitle(_ text: String) -> String? {
        contentLines(of: text, markdown: true).first { $0.headingLevel == 1 }?.text
    }

    /// Lines without whole-line HTML comments; text trimmed, Markdown heading markers removed.
    static func contentLines(of text: String, markdown: Bool) -> [Line] {
        var lines: [Line] = []
        var inComment = false
        var start = 0
        var offset = 0
        let utf8 = text.utf8
        var iterator = utf8.makeIterator()
        var current: [UInt8] = []
        func emit(_ end: Int) {
            let raw = String(decoding: current, as: UTF8.self)
            let trimmed = raw.trimmingWhitespace()
            if inComment {
                if trimmed.hasSuffix("-->") { inComment = false }
            } else if trimmed.hasPrefix("<!--") {
                inComment = !trimmed.hasSuffix("-->") || trimmed == "<!-->"
            } else {
                var line = Line(text: trimmed, range: start..<end)
                if markdown, trimmed.hasPrefix("#") {
                    let level = trimmed.prefix(while: { $0 == "#" }).count
                    let rest = trimmed.dropFirst(level)
                    if level <= 6, rest.isEmpty || rest.first == " " {
                        var title = rest.trimmingWhitespace()
                        while title.hasSuffix("#") { title = String(title.dropLast()).trimmingWhitespace() }
                        line.text = title
                        line.headingLevel = title.isEmpty ? 0 : level
                    }
                }
                lines.append(line)
            }
            current.removeAll(keepingCapacity: true)
        }
        while let byte = iterator.next() {
            if byte == 0x0A {
                emit(offset)
                start = offset + 1
            } else {
                current.append(byte)
            }
            offset += 1
        }
        if !current.isEmpty { emit(offset) }
        return lines
    }

    /// A block's lines: standalone kinds split out, the rest joined.
    static func paragraphsOfBlock(_ block: [Line]) -> [Paragraph] {
        var result: [Paragraph] = []
        var run: [Line] = []
        func flushRun() {
            guard let first = run.first, let last = run.last else { return }
            let text = run.map(\.text).joined(separator: " ")
            result.append(Paragraph(text: text, kind: ParagraphClassifier.classify(text), range: first.range.lowerBound..<last.range.upperBound))
            run.removeAll()
        }
        for (index, line) in block.enumerated() {
            if line.headingLevel > 0 {
                flushRun()
                result.append(Paragraph(text: line.text, kind: .heading, range: line.range))
                continue
            }
            let next = index + 1 < block.count ? block[index + 1].text : nil
            let kind = ParagraphClassifier.classify(line.text, next: next)
            if ParagraphClassifier.standsAlone(kind) {
                flushRun()
                result.append(Paragraph(text: line.text, kind: kind, range: line.range))
            } else {
                run.append(line)
            }
        }
        flushRun()
        return result
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and other Unicode whitespace.
    func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
