import KoglossText

/// 1-based line and column (in Unicode scalars, as `LineIndex.location` counts them) of byte offsets
/// visited mostly in increasing order, as a report visits findings: on the same line, the column is
/// counted on from the previous offset instead of from the line start (news paragraphs are long lines).
struct LineColumnCursor {
    private let lineStarts: LineStarts
    private var lastLine = 0
    private var lastOffset = 0
    private var lastColumn = 1

    init(_ lineStarts: LineStarts) { self.lineStarts = lineStarts }

    mutating func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let target = max(0, min(offset, bytes.count))
        let line: Int
        if lastLine > 0 && target >= lastOffset && (lastLine == lineStarts.offsets.count || target < lineStarts.offsets[lastLine]) {
            line = lastLine
        } else {
            line = lineStarts.line(ofUTF8Offset: target)
        }
        var column = 1, from = lineStarts.offsets[line - 1]
        if line == lastLine && target >= lastOffset { column = lastColumn; from = lastOffset }
        var i = from
        while i < target {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        (lastLine, lastOffset, lastColumn) = (line, target, column)
        return (line, column)
    }
}
