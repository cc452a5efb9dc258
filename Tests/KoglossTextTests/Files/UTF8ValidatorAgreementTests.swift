import Foundation
import Testing
@testable import KoglossText

/// The decoder lets the standard library validate a file without CR and asks `UTF8Validator` only for the
/// offset of a bad byte: both must accept exactly the same bytes.
@Suite struct UTF8ValidatorAgreementTests {
    func expectAgreement(_ bytes: [UInt8]) {
        let ours = bytes.withUnsafeBufferPointer { UTF8Validator.validate($0) }
        let standard = String(validating: bytes, as: UTF8.self)
        #expect((ours.firstInvalidByte == nil) == (standard != nil), "\(bytes.map { String($0, radix: 16) })")
        #expect(bytes.withUnsafeBufferPointer { UTF8Validator.firstInvalidByte($0) } == ours.firstInvalidByte)
        if let standard {
            #expect(ours.isKnownNFC == bytes.withUnsafeBufferPointer { NFCQuickCheck.isKnownNFC($0) })
            #expect(Array(standard.utf8) == bytes)
            #expect(bytes.withUnsafeBufferPointer { UTF8Validator.check($0).isASCII } == bytes.allSatisfy { $0 < 0x80 })
            // Letters counted in the validation pass are those HangulLetterCount counts (when it gives them).
            let counted = bytes.withUnsafeBufferPointer { UTF8Validator.checkCountingLetters($0) }
            #expect(counted.result == bytes.withUnsafeBufferPointer { UTF8Validator.check($0) })
            var reference = HangulLetterCount()
            bytes.withUnsafeBufferPointer { reference.add($0) }
            if let letters = counted.letters {
                #expect(letters == reference, "\(bytes.map { String($0, radix: 16) })")
            } else {
                #expect(standard.unicodeScalars.contains { !HangulScript.isSyllable($0) && HangulScript.isHangul($0) })
            }
        } else {
            #expect(bytes.withUnsafeBufferPointer { UTF8Validator.checkCountingLetters($0).letters } == nil)
        }
    }

    @Test func edgeSequences() {
        let cases: [[UInt8]] = [
            [], [0x41], [0x7F], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xC2],
            [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
            [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xEF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xEA, 0xB0, 0x80],
            Array("전략군 Strategic Force".utf8), Array("e\u{301}".utf8), [0x41, 0xE2, 0x82], [0xE2, 0x82, 0x41],
        ]
        for bytes in cases { expectAgreement(bytes) }
    }

    @Test func randomBytes() {
        var random = SplitMix64(seed: 99)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
                                    0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0xEA, 0xB0, 0x0A, 0x0D]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<random.below(12) { bytes.append(interesting[random.below(interesting.count)]) }
            expectAgreement(bytes.filter { $0 != 0 })
        }
    }

    /// Longer inputs: ASCII runs of every length around the eight- and sixteen-byte steps, between Hangul,
    /// punctuation, CJK, combining marks and broken sequences, so that each fast path meets each edge.
    @Test func mixedRunsAroundTheFastPaths() {
        var random = SplitMix64(seed: 7)
        func next(_ n: Int) -> Int { random.below(n) }
        let pieces: [[UInt8]] = [Array("한".utf8), Array("힣".utf8), Array("\u{D7A4}".utf8), Array("\u{D7FF}".utf8), Array("’".utf8),
                                 Array("中".utf8), Array("\u{4DFF}".utf8), Array("\u{3131}".utf8), Array("e\u{301}".utf8), Array("é".utf8),
                                 Array("\u{1100}\u{1161}".utf8), Array("😀".utf8), Array("\u{F900}".utf8), Array("\u{2000}".utf8),
                                 Array("Ａｂ".utf8), Array("ß".utf8), Array("İ".utf8), Array("\u{3131}".utf8), Array("\u{318F}".utf8), Array("Z@[`{".utf8),
                                 [0xED, 0xA0, 0x80], [0xEA, 0xB0], [0xE1, 0x41, 0x80], [0x80], [0xC2]]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(6) {
                bytes += [UInt8](repeating: 0x61, count: next(24))
                bytes += pieces[next(pieces.count)]
            }
            bytes += [UInt8](repeating: 0x62, count: next(20))
            expectAgreement(bytes)
            // The same bytes with the offending piece cut at the end.
            if !bytes.isEmpty { expectAgreement(Array(bytes.dropLast())) }
        }
    }

    /// Korean text, as the eight-byte syllable windows read it: words of syllables (leads EA...ED, with the
    /// second bytes at the edges of the fast path: 가 EA B0 80, 꿿 EA BF BF, 퀀 ED 80 80, 힝 ED 9E 9D, 힣 ED 9E A3,
    /// and U+D7A4...U+D7FF, no syllables) between single and double spaces, with the odd newline, ASCII
    /// letter, punctuation, lone lead or trail byte and surrogate, cut at every length around the windows.
    @Test func koreanRunsAroundTheSyllableWindows() {
        var random = SplitMix64(seed: 11)
        func next(_ n: Int) -> Int { random.below(n) }
        let syllables: [[UInt8]] = [Array("가".utf8), Array("꿿".utf8), Array("퀀".utf8), Array("힝".utf8), Array("힣".utf8),
                                    Array("\u{D780}".utf8), Array("\u{D7A4}".utf8), Array("\u{D7FF}".utf8), Array("한".utf8),
                                    Array("국".utf8), Array("었".utf8), Array("\u{ABFF}".utf8), [0xEA, 0xAF, 0xBF]]
        let others: [[UInt8]] = [[0x20], [0x20, 0x20], [0x0A], [0x61], Array(".".utf8), Array("’".utf8), [0xEA], [0x80], [0xED, 0xA0, 0x80],
                                 [0xEB, 0x80], [0xEC, 0x80, 0x80, 0x80]]
        for round in 0..<20_000 {
            var bytes: [UInt8] = []
            while bytes.count < 8 + next(60) {
                // Mostly syllables of the fast path, sometimes an edge syllable or another piece.
                for _ in 0..<(1 + next(4)) {
                    bytes += next(4) == 0 ? syllables[next(syllables.count)] : Array(["나", "라", "에", "서", "북", "조", "선"][next(7)].utf8)
                }
                bytes += next(6) == 0 ? others[next(others.count)] : [0x20]
            }
            expectAgreement(bytes)
            if round % 4 == 0 { expectAgreement(Array(bytes.dropLast(next(4) + 1))) }
        }
    }

    @Test func decoderStillReportsTheOffsetAndKeepsCRHandling() throws {
        let bad = Array("전략군\n".utf8) + [0xED, 0xA0, 0x80] + Array("x".utf8)
        let error = try #require(throws: InputError.self) { try TextFileDecoder.decode(Data(bad), file: "s.txt") }
        #expect(error.byteOffset == 10)
        #expect(error.line == 2 && error.column == 1)
        #expect(try TextFileDecoder.decode(Data("a\r\n\u{1112}\u{1161}\u{11AB}\rb".utf8), file: nil) == "a\n한\nb")
        #expect(Array(try TextFileDecoder.decode(Data("\u{2000}x".utf8), file: nil).utf8) == Array("\u{2002}x".utf8))
    }
}
