import Testing
@testable import KoglossText
@testable import KoglossAlign

/// The byte-level news lexicon (`KoreanStemTrie`, `EnglishPhraseTable`) finds exactly what the string-based
/// `KoreanTermIndex` and `EnglishPhraseIndex` find with the same entries and acceptance rule.
@Suite struct CoreNewsLexiconTests {
    static let referenceKorean: KoreanTermIndex = {
        var list: [(term: String, concept: Int)] = []
        for (number, entry) in CoreNewsLexicon.entries.enumerated() { list += entry.ko.map { ($0, number) } }
        return KoreanTermIndex(list)
    }()

    static let referenceEnglish: EnglishPhraseIndex = {
        var list: [(phrase: String, concept: Int)] = []
        for (number, entry) in CoreNewsLexicon.entries.enumerated() { list += entry.en.map { ($0, number) } }
        return EnglishPhraseIndex(list)
    }()

    static func referenceKoreanConcepts(_ text: String) -> [Int] {
        referenceKorean.find(in: text) { word, stem in stem.count > 1 || word == stem || JosaStripper.strip(word) == stem }
    }

    @Test func koreanStemsAsBefore() {
        let lexicon = CoreNewsLexicon()
        let cases = [
            "군인들이 처벌받았다", "쌀값이 올랐다", "쌀을 샀다", "배급이 끊겼다", "배를 탔다", "돈이 없다", "돈벌이",
            "로동자들은 로임을 못 받았다", "녀성들이 장마당에서", "노인과 로인", "라디오 방송을 들었다", "러시아와 로씨야",
            "원래 3원이다", "원은 떨어졌다", "핵 미사일을 발사했다", "몇 년 전 평양에서", "회의에서 지시를 내렸다",
            "ICBM 발사, 중국(中國) 국경지역의 밀수꾼", "한국 드라마를 본 학생", "집이 집집마다", "값을 물었다 값싼",
            "뇌물을 바쳤다", "", " ", "돈3 쌀X 배y",
        ]
        for text in cases {
            #expect(lexicon.koreanConcepts(in: text) == Self.referenceKoreanConcepts(text), "\(text)")
        }
        #expect(!lexicon.koreanConcepts(in: "로동자들은").isEmpty)
    }

    @Test func englishPhrasesAsBefore() {
        let lexicon = CoreNewsLexicon()
        let cases = [
            "Soldiers were punished; the farmers’ rice prices rose.", "The North Koreans' cell phones", "a mobile phone’s battery",
            "Farm workers don't get paid", "The prison camp's inmates", "crack down, cracked down, cracking down", "café résumé naïve",
            "U.S. dollars and Chinese yuan", "it's the source's", "", "'", "’", "s'", "a’s", "phones’", "Pyongyang-based",
        ]
        for text in cases {
            #expect(lexicon.englishConcepts(in: text) == Self.referenceEnglish.find(in: text), "\(text)")
        }
    }

    /// Every lexicon word in its plural, -es, -ies and possessive forms, capitalised or not, and words that share
    /// only a prefix with one: the surface-form table of `EnglishPhraseTable` misses none and adds none.
    @Test func inflectedFormsAsBefore() {
        let lexicon = CoreNewsLexicon()
        var words: [String] = []
        for entry in CoreNewsLexicon.entries {
            for phrase in entry.en {
                for word in phrase.split(separator: " ").map(String.init) {
                    words += [word, word + "s", word + "es", word + "'s", word + "s'", String(word.dropLast()) + "ies",
                              word.prefix(1).uppercased() + word.dropFirst(), word.uppercased(), word + "ed", word + "x",
                              String(word.dropLast()), String(word.dropLast(3)) + "men", word + "2"]
                }
            }
        }
        words += EnglishPhraseTable.irregularPlurals + ["was", "for", "are", "state", "states", "policewomen", "persons", "peoples"]
        for word in words {
            for text in [word, "the \(word) of", "\(word) \(word)s united \(word)"] {
                #expect(lexicon.englishConcepts(in: text) == Self.referenceEnglish.find(in: text), "\(text)")
            }
        }
    }

    /// `EnglishPhraseTable.wordEnd` reads eight bytes at a time: it must stop exactly where the byte loop over
    /// `isWordByte` stops, for every byte value at every position of the load (and in the tail).
    @Test func wordEndStopsWhereTheByteLoopStops() {
        for c in 0...255 {
            for position in 0..<20 {
                var bytes = Array("aB3DeF9HiJkL0NoPqRsZ".utf8)
                bytes[position] = UInt8(c)
                bytes.withUnsafeBufferPointer { b in
                    for start in 0...b.count {
                        var expected = start
                        while expected < b.count && EnglishPhraseTable.isWordByte(b[expected]) { expected += 1 }
                        #expect(EnglishPhraseTable.wordEnd(b, start) == expected, "byte \(c) at \(position) from \(start)")
                    }
                }
            }
        }
    }

    /// `EnglishPhraseTable.surfaceKey` reads a short word with one load when eight bytes are left, byte by byte
    /// at the end of the text: both give the same key, in any case, and words that differ get different keys.
    @Test func surfaceKeyIsTheSameInPlaceAndAtTheEnd() {
        let words = ["a", "of", "won", "Rice", "FARMER", "soldiers", "Military", "authorities", "b2b", "x9y8z7w6"]
        var keys = Set<UInt64>()
        for word in words {
            let lower = Array(word.lowercased().utf8)
            let atEnd = Array(("say " + word).utf8)
            let inPlace = Array(("say " + word + " and more text").utf8)
            let reference = lower.withUnsafeBufferPointer { EnglishPhraseTable.surfaceKey($0, 0, $0.count) }
            let end = atEnd.withUnsafeBufferPointer { EnglishPhraseTable.surfaceKey($0, 4, $0.count) }
            let middle = inPlace.withUnsafeBufferPointer { EnglishPhraseTable.surfaceKey($0, 4, 4 + lower.count) }
            #expect(end == reference, "\(word) at the end")
            #expect(middle == reference, "\(word) in place")
            keys.insert(reference)
        }
        #expect(keys.count == words.count)
    }

    /// `EnglishPhraseTable.irregularPlurals` holds every plural that `EnglishInflection` maps to another word.
    @Test func irregularPluralsListComplete() {
        let listed = Set(EnglishPhraseTable.irregularPlurals)
        for plural in EnglishInflection.irregular.keys { #expect(listed.contains(plural), "\(plural)") }
        for plural in EnglishInflection.vesPlurals.keys { #expect(listed.contains(plural), "\(plural)") }
    }

    @Test func everyEvaluationParagraphAsBefore() throws {
        let lexicon = CoreNewsLexicon()
        var paragraphs = 0
        for document in try AlignmentEvaluationSetTests.evaluationSet() {
            for paragraph in try ArticleReader.read(text: document.koreanText, format: .text, file: nil).paragraphs {
                #expect(lexicon.koreanConcepts(in: paragraph.text) == Self.referenceKoreanConcepts(paragraph.text), "\(paragraph.text)")
                paragraphs += 1
            }
            for paragraph in try ArticleReader.read(text: document.englishText, format: .text, file: nil).paragraphs {
                #expect(lexicon.englishConcepts(in: paragraph.text) == Self.referenceEnglish.find(in: paragraph.text), "\(paragraph.text)")
                paragraphs += 1
            }
        }
        #expect(paragraphs > 500)
    }
}
