import Foundation

/// Converts UTF-8 byte offsets (the positions every layer passes around) into 1-based line and column
/// numbers for messages. Built once per text in O(n); each lookup is a binary search over line starts.
public struct LineIndex: Sendable {
    /// The indexed text.
    public let text: String
    /// UTF-8 offset of the first byte of each line; lineStarts[0] == 0.
    public let lineStarts: [Int]

    public init(_ text: String) {
        self.text = text
        // memchr from newline to newline: a line costs one call, not a step per byte.
        lineStarts = UTF8Decoding.withBytes(of: text) { bytes in
            var starts = [0]
            guard let base = bytes.baseAddress else { return starts }
            let count = bytes.count
            var offset = 0
            while offset < count, let hit = memchr(base + offset, 0x0A, count - offset) {
                offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base) + 1
                starts.append(offset)
            }
            return starts
        }
    }

    /// Number of lines (a final newline starts an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// 1-based line of a UTF-8 byte offset (clamped to the text).
    public func line(ofUTF8Offset offset: Int) -> Int {
        let target = max(0, min(offset, text.utf8.count))
        // Last line start <= target.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= target { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// 1-based line and 1-based column (in Unicode scalars) of a UTF-8 byte offset.
    public func location(ofUTF8Offset offset: Int) -> (line: Int, column: Int) {
        let utf8 = text.utf8
        let target = max(0, min(offset, utf8.count))
        let line = line(ofUTF8Offset: target)
        let start = lineStarts[line - 1]
        // Count scalar starts (non-continuation bytes) between the line start and the offset.
        var column = 1
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        let to = utf8.index(from, offsetBy: target - start)
        for byte in utf8[from..<to] where byte & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }

    /// UTF-8 byte offset of a 1-based line and 1-based column in scalars (the inverse of `location`).
    public func utf8Offset(line: Int, column: Int) -> Int {
        let clampedLine = max(1, min(line, lineStarts.count))
        var offset = lineStarts[clampedLine - 1]
        let utf8 = text.utf8
        var index = utf8.index(utf8.startIndex, offsetBy: offset)
        var remaining = column - 1
        while remaining > 0 && index < utf8.endIndex && utf8[index] != 0x0A {
            index = utf8.index(after: index)
            offset += 1
            while index < utf8.endIndex && utf8[index] & 0xC0 == 0x80 { index = utf8.index(after: index); offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The text of a 1-based line, without its line break (empty when out of range).
    public func lineText(_ line: Int) -> Substring {
        guard line >= 1 && line <= lineStarts.count else { return text[text.endIndex...] }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[line - 1])
        var end = line < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[line] - 1) : utf8.endIndex
        if end > start && utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        return text[start..<end]
    }
}
