import Testing
import KoglossText
@testable import KoglossAlign

/// The byte-level features equal what the scalar-by-scalar code computed (kept here as the reference).
@Suite struct ParagraphFeaturesTests {
    /// The previous scalar loop: non-space scalars, lower-cased ASCII words of two letters or more (hashed), quotation.
    static func reference(_ text: String) -> (length: Int, latin: [UInt64], quote: Bool) {
        var length = 0, latin: [UInt64] = [], hasQuote = false, doubleQuotes = 0
        var word: [UInt8] = []
        func endWord() {
            if word.count >= 2 { latin.append(AnchorKey.hash(word)) }
            word.removeAll()
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { word.append(b | 0x20) } else {
                    endWord()
                    if b == 0x22 { doubleQuotes += 1 }
                }
                if b != 0x20 && b != 0x09 { length += 1 }
            } else {
                endWord()
                if v == 0x201C || v == 0x201D || v == 0x300C || v == 0x300E { hasQuote = true }
                if !SentenceCounter.isSpace(scalar) { length += 1 }
            }
        }
        endWord()
        return (length, ParagraphFeatures.sortedUnique(latin), hasQuote || doubleQuotes >= 2)
    }

    /// The previous sentence counter, over scalars.
    static func referenceSentences(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        func isCloser(_ s: Unicode.Scalar) -> Bool { s == "\"" || s == "'" || s == "”" || s == "’" || s == ")" || s == "]" || s == "」" || s == "』" }
        func followsAbbreviation(_ index: Int) -> Bool {
            var start = index
            while start > 0, scalars[start - 1].isASCII, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "." { start -= 1 }
            guard start < index else { return false }
            if index - start == 1 && scalars[start].properties.isUppercase { return true }
            var word = ""
            word.unicodeScalars.append(contentsOf: scalars[start..<index])
            return SentenceCounter.abbreviations.contains(word.lowercased())
        }
        let n = scalars.count
        var sentences = 0, contentSinceLast = false, index = 0
        while index < n {
            let s = scalars[index]
            if s == "." || s == "?" || s == "!" {
                var k = index + 1
                while k < n, isCloser(scalars[k]) { k += 1 }
                if k == n || SentenceCounter.isSpace(scalars[k]), s != "." || !followsAbbreviation(index) {
                    sentences += 1
                    contentSinceLast = false
                    index = k
                    continue
                }
            } else if !SentenceCounter.isSpace(s) && !isCloser(s) {
                contentSinceLast = true
            }
            index += 1
        }
        return sentences + (contentSinceLast ? 1 : 0)
    }

    static let samples = [
        "“It was cold,” the source said. “Very cold.”", "Mr. Kim met Dr. Lee in the U.S. capital.", "소식통은 \"비가 왔다\"고 말했다. 피해가 컸다.",
        "「노동신문」은 『로동신문』이다.\u{3000}끝!", "A\u{00A0}B.\u{2003}C? D!\u{200B}", "He said: 'no.' Then (quietly.) left…", "Sept. 3 e.g. i.e. etc. X.",
        "", ".", "..", "a.b. c", "ICBM(대륙간탄도미사일)을 KN-23 발사", "Café résumé — naïve ‘quote’ ’s", "tab\there\nnewline\r\n",
    ]

    @Test func samplesAsBefore() {
        for text in Self.samples { check(text) }
    }

    @Test func everyEvaluationParagraphAsBefore() throws {
        for document in try AlignmentEvaluationSetTests.evaluationSet() {
            for paragraph in try ArticleReader.read(text: document.koreanText, format: .text, file: nil).paragraphs { check(paragraph.text) }
            for paragraph in try ArticleReader.read(text: document.englishText, format: .text, file: nil).paragraphs { check(paragraph.text) }
        }
    }

    func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let reference = Self.reference(text)
        for korean in [true, false] {
            let features = ParagraphFeatures(paragraph: Paragraph(text: text, kind: .body, range: 0..<0), korean: korean, lexicon: nil)
            #expect(features.length == Double(reference.length), "\(text)", sourceLocation: sourceLocation)
            #expect((korean ? features.latinTokens : features.words) == reference.latin, "\(text)", sourceLocation: sourceLocation)
            #expect(features.anchors.contains(AnchorKey.make(.quotation, 1)) == reference.quote, "\(text)", sourceLocation: sourceLocation)
            #expect(features.sentences == Self.referenceSentences(text), "\(text)", sourceLocation: sourceLocation)
        }
        // Without words (English paragraphs when no Korean one has Latin tokens) the scan takes its eight-byte path.
        var copy = text
        var latin: [UInt64] = []
        let (length, quote) = copy.withUTF8 { ParagraphFeatures.scan($0, words: .none, into: &latin) }
        #expect(length == reference.length, "\(text)", sourceLocation: sourceLocation)
        #expect(quote == reference.quote, "\(text)", sourceLocation: sourceLocation)
        #expect(latin.isEmpty, sourceLocation: sourceLocation)
    }
}
