import Foundation
import Testing
@testable import KoglossText

@Suite struct TextFileDecoderTests {
    @Test func decodesUTF8WithBOMAndLineEndings() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n전략군".utf8))
        #expect(try TextFileDecoder.decode(data, file: "x.txt") == "a\nb\nc\n전략군")
    }

    @Test func normalisesToNFC() throws {
        let data = Data("\u{1112}\u{1161}\u{11AB}국".utf8)
        #expect(try TextFileDecoder.decode(data, file: nil) == "한국")
    }

    @Test func reportsInvalidUTF8WithExactOffset() throws {
        var bytes = Array("first\n전략".utf8)
        let offset = bytes.count
        bytes += [0xFF] + Array("tail".utf8)
        let error = try #require(throws: InputError.self) { try TextFileDecoder.decode(Data(bytes), file: "a.txt") }
        #expect(error.byteOffset == offset)
        #expect(error.line == 2)
        #expect(error.column == 3)
        #expect(error.file == "a.txt")
        #expect(error.description.hasPrefix("a.txt:2:3: error: invalid UTF-8 byte 0xFF at byte \(offset)"))
    }

    @Test func recognisesKoreanLegacyEncoding() throws {
        // "북한 군대" in EUC-KR.
        let eucKR: [UInt8] = [0xBA, 0xCF, 0xC7, 0xD1, 0x20, 0xB1, 0xBA, 0xB4, 0xEB]
        let error = try #require(throws: InputError.self) { try TextFileDecoder.decode(Data(Array("title\n".utf8) + eucKR), file: "k.txt") }
        #expect(error.byteOffset == 6)
        #expect(error.hint?.contains("CP949") == true)
        let other = try #require(throws: InputError.self) { try TextFileDecoder.decode(Data([0x41, 0xFF, 0xFF]), file: nil) }
        #expect(other.hint == "save the file as UTF-8")
    }

    @Test func offsetsCountTheBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x41, 0xC3]
        let error = try #require(throws: InputError.self) { try TextFileDecoder.decode(Data(bytes), file: nil) }
        #expect(error.byteOffset == 4)
        #expect(error.column == 2)
    }

    @Test func rejectsBinaryData() throws {
        let bytes: [UInt8] = Array("abc\r\ndef".utf8) + [0x00, 0x01, 0x02]
        let error = try #require(throws: InputError.self) { try TextFileDecoder.decode(Data(bytes), file: "b.bin") }
        #expect(error.byteOffset == 8)
        #expect(error.line == 2)
        #expect(error.message.contains("NUL"))
    }

    @Test func rejectsUTF16() throws {
        let error = try #require(throws: InputError.self) { try TextFileDecoder.decode(Data([0xFF, 0xFE, 0x41, 0x00]), file: nil) }
        #expect(error.message.contains("UTF-16"))
    }

    @Test func readsFilesAndNamesMissingOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-decoder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.ko.txt")
        try Data("북한\r\n".utf8).write(to: file)
        #expect(try TextFileDecoder.read(file) == "북한\n")

        let missing = folder.appendingPathComponent("missing.txt")
        let error = try #require(throws: InputError.self) { try TextFileDecoder.read(missing) }
        #expect(error.file == missing.path)
        #expect(error.description.contains("no such file"))

        let shown = try #require(throws: InputError.self) { try TextFileDecoder.read(missing, displayPath: "missing.txt") }
        #expect(shown.description == "missing.txt: error: no such file; check the path")

        let folderError = try #require(throws: InputError.self) { try TextFileDecoder.read(folder) }
        #expect(folderError.message.contains("folder"))
    }

    @Test func readsLargeFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-decoder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.txt")
        let text = String(repeating: "전략군은 200여 명을 3월 31일 배치했다.\n", count: 20_000)
        try Data(text.utf8).write(to: file)
        #expect(try TextFileDecoder.read(file) == text)
    }

    /// The decoder builds its string from bytes our validator accepted, without the standard library's check:
    /// on random mixes (CR, CRLF, BOM, Hangul, decomposed jamo, combining marks, broken sequences) it must give
    /// exactly what validating and normalising with the standard library gives, and refuse exactly its refusals.
    @Test func agreesWithTheStandardLibrary() throws {
        var state: UInt64 = 2026
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let pieces: [[UInt8]] = [Array("North Korea ".utf8), Array("전략군 ".utf8), [0x0D], [0x0D, 0x0A], [0x0A], Array("e\u{301}".utf8),
                                 Array("\u{1112}\u{1161}\u{11AB}".utf8), Array("“”’".utf8), Array("\u{2000}".utf8), Array("Ａ１".utf8),
                                 [0xED, 0xA0, 0x80], [0xFF], [0xEA, 0xB0], Array("abcdefghijklmnopq".utf8)]
        for round in 0..<5_000 {
            var bytes: [UInt8] = round % 7 == 0 ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0..<next(8) { bytes += pieces[next(pieces.count)] }
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            var lf: [UInt8] = []
            var i = 0
            while i < body.count {
                if body[i] == 0x0D { lf.append(0x0A); if i + 1 < body.count && body[i + 1] == 0x0A { i += 1 } } else { lf.append(body[i]) }
                i += 1
            }
            if let expected = String(validating: lf, as: UTF8.self) {
                let decoded = try TextFileDecoder.decode(Data(bytes), file: nil)
                #expect(Array(decoded.utf8) == Array(expected.precomposedStringWithCanonicalMapping.utf8), "\(bytes)")
                #expect(decoded.utf8.count == decoded.utf8.reduce(0) { n, _ in n + 1 })
                #expect(decoded.count == expected.precomposedStringWithCanonicalMapping.count)
                let counted = try TextFileDecoder.decodeCountingLetters(Data(bytes), file: nil)
                #expect(Array(counted.text.utf8) == Array(decoded.utf8))
                var reference = HangulLetterCount()
                reference.add(decoded)
                if let letters = counted.letters { #expect(letters == reference, "\(bytes)") }
            } else {
                #expect(throws: InputError.self, "\(bytes)") { try TextFileDecoder.decode(Data(bytes), file: nil) }
            }
        }
    }
}
