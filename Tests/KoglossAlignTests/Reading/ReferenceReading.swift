@testable import KoglossAlign
import KoglossGlossary
import KoglossText

// The paragraph splitter and language detector as they were before reading worked on bytes (String lines,
// String.trimming, a joined sample), kept as the reference the byte-level ones must agree with exactly.

/// (Reference) Splits plain text or Markdown into classified paragraphs (the "Article files and paragraphs" rules):
/// whole-line HTML comments dropped; blocks separated by blank lines; a file without blank lines is one
/// paragraph per line; inside a block, captions, tag lines, credits, footers and bylines stand alone and the
/// other lines are joined with a space (soft-wrapped Markdown).
enum ReferenceParagraphSplitter {
    /// A line of the source: its trimmed text and UTF-8 byte range (without the newline).
    struct Line {
        var text: String
        var range: Range<Int>
        var isBlank: Bool { text.isEmpty }
        /// Markdown ATX heading level (`#`..`######`), 0 otherwise.
        var headingLevel = 0
    }

    /// The paragraphs of `text` (NFC, LF line ends), with UTF-8 byte ranges into it.
    static func split(_ text: String, format: ArticleFormat = .text) -> [Paragraph] {
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
        var runKind = ParagraphKind.body
        func flushRun() {
            guard let first = run.first, let last = run.last else { return }
            let text = run.map(\.text).joined(separator: " ")
            // A run of one line was classified already (`next` only ever makes a line a caption, which stands alone).
            let kind = run.count == 1 ? runKind : ParagraphClassifier.classifyCharacters(text, next: nil)
            result.append(Paragraph(text: text, kind: kind, range: first.range.lowerBound..<last.range.upperBound))
            run.removeAll()
        }
        for (index, line) in block.enumerated() {
            if line.headingLevel > 0 {
                flushRun()
                result.append(Paragraph(text: line.text, kind: .heading, range: line.range))
                continue
            }
            let next = index + 1 < block.count ? block[index + 1].text : nil
            let kind = ParagraphClassifier.classifyCharacters(line.text, next: next)
            if ParagraphClassifier.standsAlone(kind) {
                flushRun()
                result.append(Paragraph(text: line.text, kind: kind, range: line.range))
            } else {
                run.append(line)
                runKind = kind
            }
        }
        flushRun()
        return result
    }
}

/// (Reference) The language detector before it counted letters on bytes.
enum ReferenceLanguageDetector {
    static func language(of paragraphs: [Paragraph]) -> LanguageCode? {
        var sample = ""
        for paragraph in paragraphs where paragraph.kind == .body || paragraph.kind == .heading || paragraph.kind == .caption {
            sample += paragraph.text.prefix(2_000)
            sample += " "
            if sample.utf8.count > 20_000 { break }
        }
        if sample.isEmpty { sample = paragraphs.map { String($0.text.prefix(2_000)) }.joined(separator: " ") }
        return language(of: sample)
    }

    static func language(of text: String) -> LanguageCode? {
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        return ReferenceHangulRatio.ratio(text) >= 0.3 ? .korean : .english
    }
}

/// (Reference) `HangulScript.hangulRatio` on the scalar view.
enum ReferenceHangulRatio {
    static func ratio(_ s: String) -> Double {
        var letters = 0
        var hangul = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { letters += 1 }
            } else if HangulScript.isHangul(scalar) {
                letters += 1
                hangul += 1
            } else if scalar.properties.isAlphabetic {
                letters += 1
            }
        }
        return letters == 0 ? 0 : Double(hangul) / Double(letters)
    }
}
