import Testing
@testable import KoglossText

@Suite struct UTF8ValidatorTests {
    func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Validator.firstInvalidByte($0) }
    }

    @Test func acceptsValidText() {
        #expect(firstInvalid(Array("plain ascii that is longer than eight bytes".utf8)) == nil)
        #expect(firstInvalid(Array("전략군 Ａ 😀 é".utf8)) == nil)
        #expect(firstInvalid([]) == nil)
        #expect(firstInvalid([0xF4, 0x8F, 0xBF, 0xBF]) == nil)   // U+10FFFF
    }

    @Test(arguments: [
        ([0x41, 0x80], 1),                      // stray continuation
        ([0x41, 0x42, 0xC0, 0xAF], 2),          // overlong /
        ([0xC1, 0xBF], 0),                      // overlong
        ([0xE0, 0x80, 0xAF], 0),                // overlong 3-byte
        ([0xED, 0xA0, 0x80], 0),                // surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),          // above U+10FFFF
        ([0xF5, 0x80, 0x80, 0x80], 0),
        ([0xFF], 0),
        ([0x61, 0xEC, 0xA0], 1),                // truncated at end
        ([0x61, 0xEC, 0xA0, 0x41], 1),          // bad third byte
        ([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0xFE], 9),   // after the 8-byte fast path
    ] as [([UInt8], Int)])
    func reportsFirstBadSequence(_ bytes: [UInt8], _ offset: Int) {
        #expect(firstInvalid(bytes) == offset)
    }

    @Test func agreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 1...12, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let standard = String(validating: bytes, as: UTF8.self) != nil
            #expect((firstInvalid(bytes) == nil) == standard, "\(bytes)")
        }
    }
}
