import Foundation
import Testing
@testable import KoglossText

@Suite struct NFCQuickCheckTests {
    /// Every scalar the quick check calls stable, one by one.
    static func stableScalars() -> [Unicode.Scalar] {
        (0...0xFFFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter { NFCQuickCheck.isStable($0.value) }
    }

    @Test func stableScalarsAreNFCStartersThatNeverCompose() {
        // A scalar that is the second part of some canonical decomposition could compose with what precedes it.
        var composesWithPrevious = Set<UInt32>()
        for v in UInt32(0)...0x2FFFF {
            if (0xAC00...0xD7A3).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
                || (0x20000...0x2F7FF).contains(v) { continue }
            guard let scalar = Unicode.Scalar(v), scalar.properties.generalCategory != .unassigned else { continue }
            let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            if parts.count > 1 { composesWithPrevious.formUnion(parts.dropFirst()) }
        }
        composesWithPrevious.formUnion(0x1161...0x1175)   // Hangul vowels and final consonants join a leading syllable
        composesWithPrevious.formUnion(0x11A8...0x11C2)
        let stable = Self.stableScalars()
        #expect(stable.count > 30_000)
        for scalar in stable {
            let s = String(scalar)
            #expect(s.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value) == [scalar.value], "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(scalar.value, radix: 16))")
            #expect(!composesWithPrevious.contains(scalar.value), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test(arguments: [
        "plain ASCII", "café, naïve — “quoted” … ①②", "한국어 문장, 《로동신문》", "漢字 한자", "Ａ１，（전략군）", "Việt Nam",
        "\u{1112}\u{1161}\u{11AB}국",          // 한 as conjoining jamo
        "가\u{11A8}",                           // syllable + final consonant composes to 각
        "e\u{301}", "Jo\u{0306}", "a\u{0323}\u{0302}", "가\u{302E}\u{302A}",
        "\u{2000}\u{2001}\u{2002}",             // en/em quad are singletons
        "\u{212B}\u{2126}\u{212A}", "\u{F900}\u{FA10}", "\u{0958}", "\u{1E9B}\u{0323}",
        "line one\r\nline two\rthree\n", "ｶﾞ\u{FF9E}", "か\u{3099}", "\u{1100}\u{1161}\u{11A8}", "ㄱㅏ",
    ])
    func quickCheckAgreesWithFoundation(_ text: String) {
        let bytes = Array(text.utf8)
        let known = bytes.withUnsafeBufferPointer { NFCQuickCheck.isKnownNFC($0) }
        let nfc = text.precomposedStringWithCanonicalMapping
        // Never "known NFC" for text that NFC changes.
        if known { #expect(Array(nfc.utf8) == bytes) }
        #expect(Array(TextNormalizer.nfc(text).utf8) == Array(nfc.utf8))
    }

    @Test func quickCheckFindsTheOddScalarAnywhere() {
        for position in 0..<20 {
            var text = Array(String(repeating: "a", count: 20).utf8)
            text.replaceSubrange(position..<(position + 1), with: Array("e\u{301}".utf8))
            #expect(!text.withUnsafeBufferPointer { NFCQuickCheck.isKnownNFC($0) })
            var stable = Array(String(repeating: "a", count: 20).utf8)
            stable.replaceSubrange(position..<(position + 1), with: Array("한".utf8))
            #expect(stable.withUnsafeBufferPointer { NFCQuickCheck.isKnownNFC($0) })
        }
    }

    @Test func randomMixesNormaliseLikeFoundation() {
        let pool: [String] = ["a", "Z", " ", "\n", "é", "e", "\u{301}", "\u{302}", "\u{323}", "한", "\u{1112}", "\u{1161}", "\u{11AB}",
                              "가", "\u{11A8}", "\u{2000}", "\u{2001}", "—", "’", "Ａ", "\u{FF9E}", "か", "\u{3099}", "\u{212B}", "A", "\u{30A}",
                              "漢", "\u{F900}", "ㄱ", "\u{302E}", "\u{302A}", "Ạ", "\u{1E0A}", "\u{0307}"]
        var state: UInt64 = 7
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(state % 12) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pool[Int((state >> 33) % UInt64(pool.count))]
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let expected = Array(text.precomposedStringWithCanonicalMapping.utf8)
            #expect(Array(TextNormalizer.nfc(text).utf8) == expected, "\(text.debugDescription)")
            let decoded = try? TextFileDecoder.decode(Data(text.utf8), file: nil)
            #expect(decoded.map { Array($0.utf8) } == expected, "\(text.debugDescription)")
        }
    }
}
