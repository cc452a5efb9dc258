import Foundation
import KoglossText
import KoglossXML

/// Where the bytes of an HTML document's lint text (its paragraphs' extracted texts) come from in the page
/// source. Each paragraph's text is walked against the page from the paragraph's line (the element's start
/// line), skipping markup, decoding character references with libxml2 (the extractor's parser) and
/// collapsing white space, as the extractor does. A text byte is *literal* when the page has that very byte
/// there; a range whose bytes are all literal and adjacent in the page is located exactly (reported at its
/// column, fixable in place). Built only for HTML documents, on demand.
struct HTMLSourceMap {
    /// Where a range of the lint text is in the page source.
    struct Place: Equatable {
        /// The range's own bytes when `exact`; else from the page unit its first byte comes from (a character
        /// reference, a white-space run) to the unit of its last, markup between included; an empty range at
        /// the paragraph's line start when its text was not found in the page.
        var range: Range<Int>
        /// True when `range` holds exactly the lint text's bytes of the range.
        var exact: Bool
    }

    let source: [UInt8]
    /// The document's English paragraph ranges (in the lint text) and their ranges in the page.
    private let paragraphs: [Range<Int>]
    private let paragraphSource: [Range<Int>]
    /// Per lint-text byte: the page range of the unit it comes from (lower bound -1: not found), and whether
    /// it is that very byte of the page.
    private var from: [Int]
    private var to: [Int]
    private var literal: [Bool]

    /// Candidate starts tried per paragraph (each failed walk usually stops within a few bytes).
    static let maximumCandidates = 256
    /// A walk that stops short still locates its prefix when it matched at least this many bytes (a shorter
    /// prefix may be a false start on a word the paragraph also starts with).
    static let minimumPrefix = 24

    init(document: LintDocument, source page: HTMLPageSource) {
        let source = Array(page.text.utf8)
        self.source = source
        paragraphs = document.englishParagraphs.map(\.range)
        paragraphSource = page.paragraphRanges.map { $0.clamped(to: 0..<source.count) }
        let text = Array(document.english.utf8)
        from = Array(repeating: -1, count: text.count)
        to = Array(repeating: -1, count: text.count)
        literal = Array(repeating: false, count: text.count)
        var walker = Walker(source: source)
        var previousEnd = 0
        for (p, range) in paragraphs.enumerated() where p < paragraphSource.count {
            let paragraph = range.clamped(to: 0..<text.count)
            guard !paragraph.isEmpty else { continue }
            // A paragraph's text follows the previous paragraph's (two blocks may share a line).
            let start = max(paragraphSource[p].lowerBound, previousEnd)
            // The element starts on its line; its text starts there or, after a tag cut by a line break, on the next.
            let limit = lineEnd(after: lineEnd(after: start))
            guard let found = walker.locate(text[paragraph], from: start, candidatesBefore: limit) else { continue }
            for k in 0..<found.count {
                from[paragraph.lowerBound + k] = found.from[k]
                to[paragraph.lowerBound + k] = found.to[k]
                literal[paragraph.lowerBound + k] = found.literal[k]
            }
            previousEnd = found.to[found.count - 1]
        }
    }

    /// Offset just past the end of the line holding `offset` (past its line break).
    private func lineEnd(after offset: Int) -> Int {
        var i = min(offset, source.count)
        while i < source.count && source[i] != 0x0A { i += 1 }
        return min(i + 1, source.count)
    }

    /// Where a range of the lint text is in the page.
    func place(_ range: Range<Int>) -> Place {
        let a = max(0, min(range.lowerBound, from.count)), b = max(a, min(range.upperBound, from.count))
        if a == b {
            if a < from.count && from[a] >= 0 { return Place(range: from[a]..<from[a], exact: true) }
            if a > 0 && from[a - 1] >= 0 && !paragraphs.contains(where: { $0.lowerBound == a }) {
                return Place(range: to[a - 1]..<to[a - 1], exact: true)
            }
            return fallback(a)
        }
        guard from[a] >= 0 else { return fallback(a) }
        var exact = true
        var end = to[a]
        for i in a..<b {
            guard from[i] >= 0 else { return Place(range: from[a]..<end, exact: false) }
            if !literal[i] || (i > a && from[i] != end) { exact = false }
            end = max(end, to[i])
        }
        return Place(range: from[a]..<end, exact: exact)
    }

    /// An empty range at the line start of the paragraph holding `offset` (or of the next one, for an offset
    /// between paragraphs); the page's end after the last.
    private func fallback(_ offset: Int) -> Place {
        // Last paragraph starting at or before the offset.
        var low = 0, high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        var p = low - 1
        if p < 0 || offset > paragraphs[p].upperBound || (offset == paragraphs[p].upperBound && !paragraphs[p].isEmpty) { p += 1 }
        guard p >= 0 && p < paragraphSource.count else { return Place(range: source.count..<source.count, exact: false) }
        let start = paragraphSource[p].lowerBound
        return Place(range: start..<start, exact: false)
    }
}

extension HTMLSourceMap {
    /// Walks a paragraph's text against the page source.
    struct Walker {
        let source: [UInt8]
        private var entities: [[UInt8]: [UInt8]] = [:]

        init(source: [UInt8]) { self.source = source }

        struct Found {
            var from: [Int] = []
            var to: [Int] = []
            var literal: [Bool] = []
            var count: Int { from.count }
        }

        /// The best walk of `text` from a candidate start at or after `start` (candidates before `limit`): the
        /// first that matches the whole text, else the longest prefix of at least `minimumPrefix` bytes.
        mutating func locate(_ text: ArraySlice<UInt8>, from start: Int, candidatesBefore limit: Int) -> Found? {
            guard let first = text.first else { return nil }
            var best: Found? = nil
            var i = start, tried = 0
            while i < limit && i < source.count && tried < HTMLSourceMap.maximumCandidates {
                let unit = unit(at: i)
                if let bytes = unit.bytes, let b = bytes.first, b == first, !Self.startsWithWhitespace(bytes) {
                    tried += 1
                    let found = walk(text, from: i)
                    if found.count == text.count { return found }
                    if found.count >= HTMLSourceMap.minimumPrefix && found.count > (best?.count ?? 0) { best = found }
                }
                i = unit.end
            }
            return best
        }

        /// Matches `text` unit by unit from `start`; stops at the first difference.
        mutating func walk(_ text: ArraySlice<UInt8>, from start: Int) -> Found {
            var found = Found()
            found.from.reserveCapacity(text.count)
            found.to.reserveCapacity(text.count)
            found.literal.reserveCapacity(text.count)
            var t = text.startIndex
            // A pending white-space run: its page range and whether it is exactly one literal space.
            var spaceFrom = -1, spaceTo = -1, spaceLiteral = false
            var i = start
            while t < text.endIndex && i < source.count {
                let unit = unit(at: i)
                defer { i = unit.end }
                guard let bytes = unit.bytes else { continue }
                let isLiteral = unit.isLiteral
                var k = 0
                while k < bytes.count {
                    let (value, length) = Self.scalar(bytes, at: k)
                    if UTF8Decoding.isWhitespace(value) {
                        if spaceFrom < 0 {
                            (spaceFrom, spaceLiteral) = (i, isLiteral && value == 0x20)
                        } else {
                            spaceLiteral = false
                        }
                        spaceTo = unit.end
                        k += length
                        continue
                    }
                    if spaceFrom >= 0 {
                        // White space inside the text is one space; before its first word it is dropped.
                        if t > text.startIndex {
                            guard text[t] == 0x20 else { return found }
                            found.from.append(spaceFrom)
                            found.to.append(spaceTo)
                            found.literal.append(spaceLiteral)
                            t += 1
                        }
                        spaceFrom = -1
                    }
                    guard text.endIndex - t >= length else { return found }
                    for q in 0..<length where text[t + q] != bytes[bytes.startIndex + k + q] { return found }
                    for q in 0..<length {
                        found.from.append(isLiteral ? i + k + q : i)
                        found.to.append(isLiteral ? i + k + q + 1 : unit.end)
                        found.literal.append(isLiteral)
                    }
                    t += length
                    k += length
                    if t == text.endIndex { return found }
                }
            }
            return found
        }

        /// One unit of the page at `i`: markup (no bytes), a character reference (its decoded bytes) or one
        /// scalar (its own bytes, literal).
        struct Unit {
            var end: Int
            var bytes: ArraySlice<UInt8>?
            var isLiteral: Bool
        }

        mutating func unit(at i: Int) -> Unit {
            let b = source[i]
            if b == 0x3C /* < */, let end = markupEnd(at: i) { return Unit(end: end, bytes: nil, isLiteral: false) }
            if b == 0x26 /* & */, let end = referenceEnd(at: i) {
                let token = Array(source[i..<end])
                let decoded = decode(token)
                if decoded != token { return Unit(end: end, bytes: decoded[...], isLiteral: false) }
            }
            let length = min(Self.scalarLength(b), source.count - i)
            return Unit(end: i + length, bytes: source[i..<i + length], isLiteral: true)
        }

        /// The end of a comment, tag, doctype or processing instruction at `i` (a script or style element
        /// whole), or nil when the `<` is text.
        private func markupEnd(at i: Int) -> Int? {
            let n = source.count
            guard i + 1 < n else { return nil }
            let next = source[i + 1]
            if next == 0x21 /* ! */ && i + 3 < n && source[i + 2] == 0x2D && source[i + 3] == 0x2D {
                return find(Array("-->".utf8), from: i + 4).map { $0 + 3 } ?? n
            }
            guard Self.isASCIILetter(next) || next == 0x2F || next == 0x21 || next == 0x3F else { return nil }
            var j = i + 1, quote: UInt8 = 0, lastNonSpace: UInt8 = 0
            while j < n {
                let c = source[j]
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == 0x3E /* > */ {
                    break
                } else if (c == 0x22 || c == 0x27) && lastNonSpace == 0x3D /* = */ {
                    quote = c
                }
                if c != 0x20 && c != 0x09 && c != 0x0A && c != 0x0D { lastNonSpace = c }
                j += 1
            }
            let end = min(j + 1, n)
            // Script and style content is not article text, and a page's title (which often repeats its headline,
            // on the same line in a minified page) is not either: skip those elements whole.
            for name in ["script", "style", "title", "textarea"] where hasName(name, at: i + 1) {
                guard let close = find(Array("</\(name)".utf8), from: end, caseInsensitive: true) else { return n }
                var k = close
                while k < n && source[k] != 0x3E { k += 1 }
                return min(k + 1, n)
            }
            return end
        }

        private func hasName(_ name: String, at i: Int) -> Bool {
            let bytes = Array(name.utf8)
            guard i + bytes.count < source.count else { return false }
            for (k, c) in bytes.enumerated() where source[i + k] | 0x20 != c { return false }
            return !Self.isASCIILetter(source[i + bytes.count]) && !Self.isASCIIDigit(source[i + bytes.count])
        }

        private func find(_ needle: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
            guard needle.count > 0, start + needle.count <= source.count else { return nil }
            var i = start
            while i + needle.count <= source.count {
                var k = 0
                while k < needle.count && (caseInsensitive ? source[i + k] | 0x20 == needle[k] | 0x20 : source[i + k] == needle[k]) { k += 1 }
                if k == needle.count { return i }
                i += 1
            }
            return nil
        }

        /// The end of a character reference's token at `i` (`&name;`, `&#123;`, `&#x1F;`, the `;` optional).
        private func referenceEnd(at i: Int) -> Int? {
            let n = source.count
            var j = i + 1
            guard j < n else { return nil }
            if source[j] == 0x23 /* # */ {
                j += 1
                let hex = j < n && (source[j] | 0x20) == 0x78
                if hex { j += 1 }
                let digits = j
                while j < n && (Self.isASCIIDigit(source[j]) || (hex && Self.isHexLetter(source[j]))) { j += 1 }
                guard j > digits else { return nil }
            } else {
                guard Self.isASCIILetter(source[j]) else { return nil }
                while j < n && (Self.isASCIILetter(source[j]) || Self.isASCIIDigit(source[j])) { j += 1 }
            }
            if j < n && source[j] == 0x3B /* ; */ { j += 1 }
            return j
        }

        /// A character reference decoded as libxml2's HTML parser decodes it in running text (the token
        /// itself when it is not one), one tiny parse per distinct token.
        private mutating func decode(_ token: [UInt8]) -> [UInt8] {
            if let known = entities[token] { return known }
            var decoded = token
            // Bars around the token: not name characters, so the parser reads the token as it stands.
            let page = Data("<p>|".utf8 + token + "|</p>".utf8)
            if let document = try? HTMLDocument(data: page), let p = document.first("//p") {
                let content = Array(p.textContent.utf8)
                if content.count >= 2 && content.first == 0x7C && content.last == 0x7C { decoded = Array(content.dropFirst().dropLast()) }
            }
            entities[token] = decoded
            return decoded
        }

        static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        static func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        static func isHexLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x66 }

        static func scalarLength(_ lead: UInt8) -> Int {
            lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        }

        /// The scalar value and length at `k` of UTF-8 bytes (a stray byte counts as itself).
        static func scalar(_ bytes: ArraySlice<UInt8>, at k: Int) -> (value: UInt32, length: Int) {
            let i = bytes.startIndex + k
            let lead = bytes[i]
            let length = min(scalarLength(lead), bytes.endIndex - i)
            guard length > 1 else { return (UInt32(lead), 1) }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for q in 1..<length { value = value << 6 | UInt32(bytes[i + q] & 0x3F) }
            return (value, length)
        }

        static func startsWithWhitespace(_ bytes: ArraySlice<UInt8>) -> Bool {
            UTF8Decoding.isWhitespace(scalar(bytes, at: 0).value)
        }
    }
}
