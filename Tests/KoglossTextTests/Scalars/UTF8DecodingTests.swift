import Testing
@testable import KoglossText

@Suite struct UTF8DecodingTests {
    @Test func decodesEveryScalarLength() {
        let text = "aé한😀\u{10FFFF}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"
        let bytes = Array(text.utf8)
        var decoded: [UInt32] = []
        var backwards: [UInt32] = []
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                let (value, length) = UTF8Decoding.decode(buffer, at: i)
                decoded.append(value)
                i += length
            }
            var end = buffer.count
            while end > 0 {
                let (value, start) = UTF8Decoding.decode(buffer, before: end)
                backwards.append(value)
                end = start
            }
        }
        #expect(decoded == text.unicodeScalars.map(\.value))
        #expect(backwards == text.unicodeScalars.map(\.value).reversed())
    }

    @Test func whitespaceTestsMatchTheScalarProperties() {
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            #expect(UTF8Decoding.isWhitespace(v) == scalar.properties.isWhitespace, "U+\(String(v, radix: 16))")
            let spaceOrTab = v == 0x09 || scalar.properties.generalCategory == .spaceSeparator
            #expect(UTF8Decoding.isSpaceOrTab(v) == spaceOrTab, "U+\(String(v, radix: 16))")
        }
    }

    @Test func bytesOfNativeAndBridgedStrings() {
        let native = "전략군 Strategic Force"
        #expect(UTF8Decoding.withBytes(of: native) { Array($0) } == Array(native.utf8))
        let slice = native.dropFirst(4)
        #expect(UTF8Decoding.withBytes(of: slice) { Array($0) } == Array(slice.utf8))
        #expect(UTF8Decoding.withBytes(of: "") { $0.count } == 0)
    }
}
