import Testing
@testable import KoglossText

@Suite struct HangulLetterCountTests {
    /// `hangulRatio` as it was, on the scalar view.
    static func referenceRatio(_ s: String) -> Double {
        var letters = 0, hangul = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { letters += 1 }
            } else if HangulScript.isHangul(scalar) {
                letters += 1
                hangul += 1
            } else if scalar.properties.isAlphabetic {
                letters += 1
            }
        }
        return letters == 0 ? 0 : Double(hangul) / Double(letters)
    }

    static let samples = ["", "123 !?", "북한 2023", "북한ab", "North Korea", "Strategic Force, 戰略軍", "“전략군”’s — Ａｂ",
                          "\u{3130}\u{318F}", "\u{3130}a", "\u{A97D}\u{D7C7}\u{FFBF}", "\u{1100}\u{1161}", "ㅋㅋ", "ﾡ", "Ωмир ١٢٣ ǅ",
                          "\u{2071}\u{207F}", "@[`{", "Ⅻ", "\u{10400}"]

    @Test func countsAgreeWithTheScalarRatio() {
        for sample in Self.samples {
            var count = HangulLetterCount()
            count.add(sample)
            #expect(count.ratio == Self.referenceRatio(sample), "\(sample.debugDescription)")
            #expect(HangulScript.hangulRatio(sample) == Self.referenceRatio(sample), "\(sample.debugDescription)")
            #expect(count.hasAlphabetic == sample.unicodeScalars.contains { $0.properties.isAlphabetic }, "\(sample.debugDescription)")
        }
    }

    @Test func countsAddUpLikeAJoinedText() {
        var count = HangulLetterCount()
        for sample in Self.samples { count.add(sample) }
        let joined = Self.samples.joined(separator: "\n")
        #expect(count.ratio == Self.referenceRatio(joined))
        #expect(HangulScript.hangulRatio(ofAll: Self.samples) == Self.referenceRatio(joined))
        #expect(count.hasAlphabetic)
    }

    @Test func generalPunctuationHasNoLetters() {
        // The count skips U+2000-206F without a property lookup.
        for v in UInt32(0x2000)...0x206F {
            let scalar = Unicode.Scalar(v)!
            #expect(!scalar.properties.isAlphabetic && !HangulScript.isHangul(scalar), "U+\(String(v, radix: 16))")
        }
    }

    @Test func containsHangulOnBytes() {
        #expect(HangulScript.containsHangul("The 전략군 said"))
        #expect(HangulScript.containsHangul("x\u{1100}"))
        #expect(HangulScript.containsHangul("é\u{FFDC}"))
        #expect(!HangulScript.containsHangul("Strategic Force, 戰略軍 — “ok” 😀"))
        for v in UInt32(0x1000)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            #expect(HangulScript.containsHangul("a" + String(scalar) + "b") == HangulScript.isHangul(scalar), "U+\(String(v, radix: 16))")
        }
    }

    @Test func randomMixesCountLikeTheScalarRatio() {
        let pool = ["a", "Z", "q", " ", ".", "7", "@", "[", "`", "{", "한", "국", "가", "힣", "\u{D7A4}", "\u{D7FB}", "\u{1100}", "\u{3131}",
                    "\u{A960}", "\u{FFA0}", "’", "“", "—", "é", "Ω", "漢", "١", "😀", "\u{A97D}", "\n", "ab", "word ", "North Korea "]
        var state: UInt64 = 12345
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(state % 40) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pool[Int((state >> 33) % UInt64(pool.count))]
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            var count = HangulLetterCount()
            count.add(text)
            #expect(count.ratio == Self.referenceRatio(text), "\(text.debugDescription)")
            #expect(count.hasAlphabetic == text.unicodeScalars.contains { $0.properties.isAlphabetic }, "\(text.debugDescription)")
        }
    }
}
