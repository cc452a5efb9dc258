import Testing
@testable import KoglossLint

/// The text report's byte counting (eight bytes a step) agrees with counting byte by byte, and the
/// report's string is built from its bytes unchanged.
@Suite struct ReportByteCountingTests {
    static let samples = [
        "", "a", "plain ASCII text that runs well past eight bytes",
        "북한 주민들이 “장마당”에서 쌀을 샀다 — 2021년 3월…",
        "Kim Jong Un’s visit to Pyŏngyang, café, naïve: 국무위원장 and Ⓒ Daily NK",
        "é\u{301}한글 mixed ascii 並且 𝒜 emoji 🇰🇷 end",
    ]

    @Test func scalarStartsCountsWhatAByteLoopCounts() {
        for sample in Self.samples {
            var text = sample
            text.withUTF8 { bytes in
                for lower in 0...bytes.count {
                    for upper in lower...bytes.count {
                        let expected = (lower..<upper).filter { bytes[$0] & 0xC0 != 0x80 }.count
                        #expect(TextReporter.scalarStarts(in: lower..<upper, of: bytes) == expected)
                    }
                }
            }
        }
    }

    @Test func terminalWidthOfAsciiRunsCountsOneColumnPerByte() {
        for sample in Self.samples {
            var text = sample
            text.withUTF8 { bytes in
                // Whole scalars from the start: the width of the scalars one by one.
                var boundaries = [0]
                var i = 0
                for scalar in sample.unicodeScalars { i += String(scalar).utf8.count; boundaries.append(i) }
                for (k, end) in boundaries.enumerated() {
                    let expected = sample.unicodeScalars.prefix(k).reduce(0) { $0 + TerminalWidth.of($1) }
                    #expect(TerminalWidth.of(0..<end, in: bytes) == expected)
                }
            }
        }
    }

    @Test func reportStringKeepsTheBytes() {
        for sample in Self.samples {
            var buffer = ReportBuffer(capacity: 0)
            buffer.append(sample)
            #expect(buffer.string == sample)
            #expect(Array(buffer.string.utf8) == Array(sample.utf8))
        }
        // Bytes that are no UTF-8 (never expected) are repaired, as before.
        var broken = ReportBuffer(capacity: 0)
        broken.append([0x61, 0xE2, 0x80, 0x62])
        #expect(broken.string == String(decoding: [0x61, 0xE2, 0x80, 0x62] as [UInt8], as: UTF8.self))
    }
}
