import KoglossText

/// The part of a line a text report shows for a span: the whole line when it fits the width, else a
/// window around the span, cut at spaces where one is near, with "…" where the line goes on. Long lines
/// are the rule (a news paragraph is one line of 500–1,500 bytes), and a terminal reader wants the span
/// and its neighbourhood, not the paragraph.
struct LineExcerpt {
    /// Bytes of the line shown.
    var window: Range<Int>
    var cutBefore: Bool
    var cutAfter: Bool
    /// Columns from the start of the window to the span.
    var columnsBeforeSpan: Int
    /// Columns of the part of the span inside the window.
    var spanColumns: Int

    /// Columns of an excerpt, beside the 4-column indent and the "…" markers.
    static let width = 100
    /// How far (in bytes) a cut moves to fall on a space.
    static let snapDistance = 12

    /// `line` is the line's bytes without its break; `span` lies within it.
    init(line: Range<Int>, span: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, width: Int = LineExcerpt.width) {
        // Columns never exceed bytes, so a line of `width` bytes or fewer fits.
        if line.count <= width {
            window = line
            cutBefore = false
            cutAfter = false
            columnsBeforeSpan = TerminalWidth.of(line.lowerBound..<span.lowerBound, in: bytes)
            spanColumns = TerminalWidth.of(span, in: bytes)
            return
        }
        // The span's columns, counted no further than the width less some left context.
        var spanEnd = span.lowerBound, spanWidth = 0
        while spanEnd < span.upperBound && spanWidth < width - 10 {
            // ASCII (most of an English line) is one column, one byte.
            if bytes[spanEnd] < 0x80 { spanWidth += 1; spanEnd += 1; continue }
            let (scalar, length) = UTF8Decoding.scalar(at: spanEnd, in: bytes)
            spanWidth += TerminalWidth.of(scalar)
            spanEnd += length
        }
        // Context on the left: half of what the span leaves, at least a little, at most what there is.
        var left = max(10, (width - spanWidth) / 2)
        var start = span.lowerBound
        func extendLeft(_ budget: inout Int) {
            while start > line.lowerBound {
                if bytes[start - 1] < 0x80 {
                    if budget < 1 { break }
                    budget -= 1
                    start -= 1
                    continue
                }
                let previous = TerminalWidth.previousScalarStart(before: start, in: bytes, lowerBound: line.lowerBound)
                let w = TerminalWidth.of(UTF8Decoding.scalar(at: previous, in: bytes).scalar)
                if w > budget { break }
                budget -= w
                start = previous
            }
        }
        extendLeft(&left)
        // Then the span and the right context up to the width.
        var right = max(0, width - (TerminalWidth.of(start..<span.lowerBound, in: bytes)) - spanWidth)
        var end = spanEnd
        while end < line.upperBound {
            if bytes[end] < 0x80 {
                if right < 1 { break }
                right -= 1
                end += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(at: end, in: bytes)
            let w = TerminalWidth.of(scalar)
            if w > right { break }
            right -= w
            end += length
        }
        // A window that reached the line's end gives what is left to the left context.
        if end == line.upperBound && right > 0 { extendLeft(&right) }
        // Cut after a space rather than inside a word, when one is near and outside the span.
        if start > line.lowerBound {
            var i = start
            while i < min(span.lowerBound, start + Self.snapDistance) && bytes[i] != 0x20 { i += 1 }
            if i < span.lowerBound && bytes[i] == 0x20 { start = i + 1 }
        }
        if end < line.upperBound {
            var i = end
            while i > max(spanEnd, end - Self.snapDistance) && bytes[i - 1] != 0x20 { i -= 1 }
            if i > spanEnd && bytes[i - 1] == 0x20 { end = i - 1 }
        }
        window = start..<end
        cutBefore = start > line.lowerBound
        cutAfter = end < line.upperBound
        columnsBeforeSpan = TerminalWidth.of(start..<span.lowerBound, in: bytes)
        spanColumns = TerminalWidth.of(span.lowerBound..<min(span.upperBound, end), in: bytes)
    }
}
