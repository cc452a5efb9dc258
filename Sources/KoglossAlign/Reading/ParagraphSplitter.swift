import Foundation
import KoglossText

/// Splits plain text or Markdown into classified paragraphs (the "Article files and paragraphs" rules):
/// whole-line HTML comments dropped; blocks separated by blank lines; a file without blank lines is one
/// paragraph per line; inside a block, captions, tag lines, credits, footers and bylines stand alone and the
/// other lines are joined with a space (soft-wrapped Markdown).
///
/// Works on the UTF-8 bytes of the text: lines are byte ranges, and a paragraph's `String` is made once, from
/// its bytes. Only the rare lines where grapheme clusters could matter (comment markers, Markdown headings)
/// go through `String`.
public enum ParagraphSplitter {
    /// A line of the source: its raw UTF-8 byte range (without the newline) and the range of its trimmed text.
    struct Line {
        var range: Range<Int>
        /// The line without leading and trailing Unicode whitespace.
        var trimmed: Range<Int>
        /// The line's text when it is not the trimmed bytes (a Markdown heading's title).
        var title: String?
        /// Markdown ATX heading level (`#`..`######`), 0 otherwise.
        var headingLevel = 0
        var isBlank: Bool { title.map(\.isEmpty) ?? trimmed.isEmpty }
    }

    /// The paragraphs of `text` (NFC, LF line ends), with UTF-8 byte ranges into it.
    public static func split(_ text: String, format: ArticleFormat = .text) -> [Paragraph] {
        UTF8Decoding.withBytes(of: text) { split(bytes: $0, source: text, format: format) }
    }

    /// The paragraphs of the UTF-8 bytes of a text (NFC, LF line ends), with byte ranges into them.
    public static func split(bytes: UnsafeBufferPointer<UInt8>, format: ArticleFormat = .text) -> [Paragraph] {
        split(bytes: bytes, source: nil, format: format)
    }

    /// `source`, when given, is the string whose bytes `bytes` are: paragraph texts are copied from it
    /// without validating their UTF-8 again.
    static func split(bytes: UnsafeBufferPointer<UInt8>, source: String?, format: ArticleFormat) -> [Paragraph] {
        var droppedComments = false
        return split(bytes: bytes, source: source, format: format, droppedComments: &droppedComments)
    }

    /// `split(_:format:)`, telling whether whole-line comments were dropped: without them, the paragraphs hold
    /// every byte of the text but whitespace, Markdown heading marks and line breaks.
    static func split(_ text: String, format: ArticleFormat, droppedComments: inout Bool) -> [Paragraph] {
        UTF8Decoding.withBytes(of: text) { split(bytes: $0, source: text, format: format, droppedComments: &droppedComments) }
    }

    static func split(bytes: UnsafeBufferPointer<UInt8>, source: String?, format: ArticleFormat, droppedComments: inout Bool) -> [Paragraph] {
        let lines = contentLines(of: bytes, markdown: format == .markdown, droppedComments: &droppedComments)
        guard let firstContent = lines.firstIndex(where: { !$0.isBlank }),
              let lastContent = lines.lastIndex(where: { !$0.isBlank }) else { return [] }
        let content = firstContent...lastContent
        let hasBlankLine = lines[content].contains { $0.isBlank }

        var builder = BlockBuilder(bytes: bytes, source: source, lines: lines)
        if !hasBlankLine {
            for index in content { builder.addBlock(index..<(index + 1)) }
        } else {
            var blockStart = firstContent
            for index in content where lines[index].isBlank {
                if blockStart < index { builder.addBlock(blockStart..<index) }
                blockStart = index + 1
            }
            if blockStart <= lastContent { builder.addBlock(blockStart..<(lastContent + 1)) }
        }
        return builder.paragraphs
    }

    /// The first level-1 Markdown heading, used as the title.
    static func markdownTitle(_ text: String) -> String? {
        UTF8Decoding.withBytes(of: text) { bytes in
            contentLines(of: bytes, markdown: true).first { $0.headingLevel == 1 }?.title
        }
    }

    /// Lines without whole-line HTML comments; trimmed, Markdown heading markers removed.
    static func contentLines(of bytes: UnsafeBufferPointer<UInt8>, markdown: Bool) -> [Line] {
        var droppedComments = false
        return contentLines(of: bytes, markdown: markdown, droppedComments: &droppedComments)
    }

    static func contentLines(of bytes: UnsafeBufferPointer<UInt8>, markdown: Bool, droppedComments: inout Bool) -> [Line] {
        var lines: [Line] = []
        var inComment = false
        var start = 0
        let count = bytes.count
        while start < count {
            var end = start
            if let base = bytes.baseAddress, let hit = memchrLF(base + start, count - start) {
                end = start + hit
            } else {
                end = count
            }
            let trimmed = trimmedWhitespace(bytes, start..<end)
            if inComment {
                droppedComments = true
                if hasSuffixCharacters(bytes, trimmed, "-->") { inComment = false }
            } else if startsWith(bytes, trimmed, "<!--"), case let text = string(bytes, trimmed), text.hasPrefix("<!--") {
                droppedComments = true
                // Character comparisons, as a combining mark after the marker makes it another character.
                inComment = !text.hasSuffix("-->") || text == "<!-->"
            } else {
                var line = Line(range: start..<end, trimmed: trimmed)
                if markdown, trimmed.lowerBound < trimmed.upperBound, bytes[trimmed.lowerBound] == 0x23 {
                    heading(of: string(bytes, trimmed), into: &line)
                }
                lines.append(line)
            }
            // A last line without a newline counts only when it has bytes; a final newline ends the text.
            if end == count { break }
            start = end + 1
            if start == count { break }
        }
        return lines
    }

    /// The level and title of a Markdown ATX heading (`## Title ##`), worked out on characters.
    static func heading(of trimmed: String, into line: inout Line) {
        guard trimmed.hasPrefix("#") else { return }
        let level = trimmed.prefix(while: { $0 == "#" }).count
        let rest = trimmed.dropFirst(level)
        guard level <= 6, rest.isEmpty || rest.first == " " else { return }
        var title = rest.trimmingWhitespace()
        while title.hasSuffix("#") { title = String(title.dropLast()).trimmingWhitespace() }
        line.title = title
        line.headingLevel = title.isEmpty ? 0 : level
    }

    /// Makes the paragraphs of blocks: standalone kinds split out, the other lines of a block joined.
    struct BlockBuilder {
        let bytes: UnsafeBufferPointer<UInt8>
        let source: String?
        let lines: [Line]
        var paragraphs: [Paragraph] = []
        /// Indices of the lines of the current run of body (or heading-like) lines.
        var run: Range<Int>? = nil
        var runKind = ParagraphKind.body
        /// The joined text of a run of several lines, reused from run to run.
        var joined: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>, source: String?, lines: [Line]) {
            self.bytes = bytes
            self.source = source
            self.lines = lines
        }

        func text(of line: Line) -> String {
            if let title = line.title { return title }
            guard source != nil else { return string(bytes, line.trimmed) }
            // The bytes of a String, cut at scalar boundaries (line ends, trimmed whitespace): a plain copy,
            // with no second UTF-8 validation.
            return TextFileDecoder.validString(lineBytes(line))
        }

        func lineBytes(_ line: Line) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[line.trimmed])
        }

        /// A block's lines: standalone kinds split out, the rest joined.
        mutating func addBlock(_ block: Range<Int>) {
            for index in block {
                let line = lines[index]
                if line.headingLevel > 0 {
                    flushRun()
                    paragraphs.append(Paragraph(text: text(of: line), kind: .heading, range: line.range))
                    continue
                }
                let kind: ParagraphKind
                if let title = line.title {
                    kind = ParagraphClassifier.classify(title, next: index + 1 < block.upperBound ? text(of: lines[index + 1]) : nil)
                } else {
                    kind = ParagraphClassifier.classify(bytes: lineBytes(line),
                                                        next: index + 1 < block.upperBound ? text(of: lines[index + 1]) : nil)
                }
                if ParagraphClassifier.standsAlone(kind) {
                    flushRun()
                    paragraphs.append(Paragraph(text: text(of: line), kind: kind, range: line.range))
                } else {
                    run = (run?.lowerBound ?? index)..<(index + 1)
                    runKind = kind
                }
            }
            flushRun()
        }

        mutating func flushRun() {
            guard let run else { return }
            self.run = nil
            let first = lines[run.lowerBound], last = lines[run.upperBound - 1]
            let range = first.range.lowerBound..<last.range.upperBound
            // A run of one line was classified already (`next` only ever makes a line a caption, which stands alone).
            if run.count == 1 {
                paragraphs.append(Paragraph(text: text(of: first), kind: runKind, range: range))
                return
            }
            joined.removeAll(keepingCapacity: true)
            for index in run {
                if index > run.lowerBound { joined.append(0x20) }
                let line = lines[index]
                if let title = line.title { joined.append(contentsOf: title.utf8) } else { joined.append(contentsOf: lineBytes(line)) }
            }
            let (text, kind) = joined.withUnsafeBufferPointer { joinedBytes in
                // Lines of a String joined with spaces are valid UTF-8: copied without validating them again.
                (source != nil ? TextFileDecoder.validString(joinedBytes) : String(decoding: joinedBytes, as: UTF8.self),
                 ParagraphClassifier.classify(bytes: joinedBytes, next: nil))
            }
            paragraphs.append(Paragraph(text: text, kind: kind, range: range))
        }
    }

    // MARK: - Bytes

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Offset of the next LF from `start`, nil when there is none.
    @inline(__always)
    static func memchrLF(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int? {
        guard count > 0, let hit = memchr(start, 0x0A, count) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(start)
    }

    /// `range` without leading and trailing `White_Space` scalars.
    static func trimmedWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let b = bytes[lower]
            if b < 0x80 {
                guard b == 0x20 || (b >= 0x09 && b <= 0x0D) else { break }
                lower += 1
            } else {
                let (v, length) = UTF8Decoding.decode(bytes, at: lower)
                guard UTF8Decoding.isWhitespace(v) else { break }
                lower += length
            }
        }
        while upper > lower {
            let b = bytes[upper - 1]
            if b < 0x80 {
                guard b == 0x20 || (b >= 0x09 && b <= 0x0D) else { break }
                upper -= 1
            } else {
                let (v, start) = UTF8Decoding.decode(bytes, before: upper)
                guard UTF8Decoding.isWhitespace(v) else { break }
                upper = start
            }
        }
        return lower..<upper
    }

    /// Whether the bytes in `range` start with the ASCII `marker`.
    static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ marker: StaticString) -> Bool {
        let n = marker.utf8CodeUnitCount
        guard range.count >= n else { return false }
        let m = marker.utf8Start
        for k in 0..<n where bytes[range.lowerBound + k] != m[k] { return false }
        return true
    }

    /// `String.hasSuffix` for an ASCII `marker` on the bytes in `range`: the bytes must end with it, and when
    /// a non-ASCII scalar precedes it (which could join its first character) the characters decide.
    static func hasSuffixCharacters(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ marker: StaticString) -> Bool {
        let n = marker.utf8CodeUnitCount
        guard range.count >= n else { return false }
        let m = marker.utf8Start
        let start = range.upperBound - n
        for k in 0..<n where bytes[start + k] != m[k] { return false }
        if start == range.lowerBound || bytes[start - 1] < 0x80 { return true }
        return string(bytes, range).hasSuffix(String(describing: marker))
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and other Unicode whitespace.
    func trimmingWhitespace() -> String {
        // Most lines have nothing to trim: no scalar-by-scalar copy then.
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !first.properties.isWhitespace, !last.properties.isWhitespace {
            return String(self)
        }
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
