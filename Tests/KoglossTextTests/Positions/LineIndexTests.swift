import Testing
@testable import KoglossText

@Suite struct LineIndexTests {
    let text = "first line\n전략군은 강하다\n\nlast"

    func offset(of needle: String) -> Int {
        let range = text.range(of: needle)!
        return text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
    }

    @Test func locatesOffsets() {
        let index = LineIndex(text)
        #expect(index.location(ofUTF8Offset: 0) == (1, 1))
        #expect(index.location(ofUTF8Offset: 6) == (1, 7))
        #expect(index.location(ofUTF8Offset: offset(of: "전략군")) == (2, 1))
        // Columns count scalars: 강 is the 6th scalar of line 2 although it is byte 15 of the line.
        #expect(index.location(ofUTF8Offset: offset(of: "강하다")) == (2, 6))
        #expect(index.location(ofUTF8Offset: offset(of: "last")) == (4, 1))
        #expect(index.location(ofUTF8Offset: text.utf8.count) == (4, 5))
    }

    @Test func newlineBelongsToItsLine() {
        let index = LineIndex(text)
        #expect(index.location(ofUTF8Offset: 10) == (1, 11))
        #expect(index.location(ofUTF8Offset: 11) == (2, 1))
    }

    @Test func clampsOutOfRangeOffsets() {
        let index = LineIndex(text)
        #expect(index.location(ofUTF8Offset: -5) == (1, 1))
        #expect(index.location(ofUTF8Offset: 10_000) == (4, 5))
    }

    @Test func returnsLineText() {
        let index = LineIndex(text)
        #expect(index.lineCount == 4)
        #expect(index.lineText(1) == "first line")
        #expect(index.lineText(2) == "전략군은 강하다")
        #expect(index.lineText(3) == "")
        #expect(index.lineText(4) == "last")
        #expect(index.lineText(5) == "")
        #expect(index.lineText(0) == "")
    }

    @Test func invertsLocations() {
        let index = LineIndex(text)
        for offset in [0, 5, offset(of: "전략군"), offset(of: "강하다"), offset(of: "last")] {
            let (line, column) = index.location(ofUTF8Offset: offset)
            #expect(index.utf8Offset(line: line, column: column) == offset)
        }
    }

    @Test func handlesEmptyText() {
        let index = LineIndex("")
        #expect(index.location(ofUTF8Offset: 0) == (1, 1))
        #expect(index.lineText(1) == "")
    }

    @Test func manyLinesUseBinarySearch() {
        let lines = (1...10_000).map { "줄 \($0)" }
        let big = lines.joined(separator: "\n")
        let index = LineIndex(big)
        var offset = 0
        for (number, line) in lines.enumerated() where number % 997 == 0 {
            offset = lines[..<number].reduce(0) { $0 + $1.utf8.count + 1 }
            #expect(index.location(ofUTF8Offset: offset + 4) == (number + 1, 3))
            #expect(index.lineText(number + 1) == Substring(line))
        }
    }

    /// Line starts found with memchr are those of a byte-by-byte scan, newlines at either end and in runs included.
    @Test func lineStartsAreEveryByteAfterANewline() {
        var state: UInt64 = 5
        let pieces = ["\n", "\n\n", "a", "전략군", " ", "\r\n", "é", "abcdefghijklmnopqrstuvwxyz"]
        for _ in 0..<2_000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int((state >> 33) % 12) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            var expected = [0]
            for (offset, byte) in text.utf8.enumerated() where byte == 0x0A { expected.append(offset + 1) }
            #expect(LineIndex(text).lineStarts == expected, "\(text.debugDescription)")
        }
    }
}
