import Foundation
import Testing
import KoglossGlossary
import KoglossText
@testable import KoglossAlign

/// The byte-level splitter, classifier and language detector against the String-based reference they
/// replaced (`ReferenceReading.swift`), on every article fixture and on generated text full of the cases where
/// bytes and characters differ: combining marks after markers, decomposed Hangul, prepended marks, exotic
/// spaces, İ and the Kelvin sign, comments and Markdown headings.
@Suite struct ByteReadingAgreementTests {
    static func fixtureTexts() throws -> [(name: String, text: String)] {
        var texts: [(String, String)] = []
        let folders = [Fixtures.seeds, Fixtures.alignEval, Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/lint/pairs")]
        for folder in folders {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
            for name in names.sorted() {
                let url = folder.appendingPathComponent(name)
                texts.append((name, try TextFileDecoder.decode(Data(contentsOf: url), file: name)))
            }
        }
        return texts
    }

    /// Same paragraphs, byte for byte (String `==` would accept canonically equivalent text).
    func expectSameParagraphs(_ text: String, _ format: ArticleFormat, _ label: String) {
        let fast = ParagraphSplitter.split(text, format: format)
        let reference = ReferenceParagraphSplitter.split(text, format: format)
        #expect(fast.map { Array($0.text.utf8) } == reference.map { Array($0.text.utf8) }, "\(label) \(format): texts of \(text.debugDescription.prefix(300))")
        #expect(fast.map(\.kind) == reference.map(\.kind), "\(label) \(format): kinds of \(text.debugDescription.prefix(300))")
        #expect(fast.map(\.range) == reference.map(\.range), "\(label) \(format): ranges of \(text.debugDescription.prefix(300))")
        #expect(LanguageDetector.language(of: fast) == ReferenceLanguageDetector.language(of: reference), "\(label): language")
        let counted = LanguageDetector.languageAndLetters(of: fast)
        #expect(counted.language == LanguageDetector.language(of: fast), "\(label): language counted with the letters")
        #expect(counted.letters == LanguageDetector.letters(of: fast), "\(label): letters counted with the language")
        expectSameArticle(text, format, label)
        if format == .markdown {
            #expect(ParagraphSplitter.markdownTitle(text).map { Array($0.utf8) } == ReferenceParagraphSplitter.markdownTitle(text).map { Array($0.utf8) },
                    "\(label): title of \(text.debugDescription.prefix(300))")
        }
    }

    /// Reading with the letters counted while decoding (`decodeCountingLetters`) gives the article and the
    /// letters that counting on the paragraphs gives.
    func expectSameArticle(_ text: String, _ format: ArticleFormat, _ label: String) {
        guard let decoded = try? TextFileDecoder.decodeCountingLetters(Data(text.utf8), file: nil),
              let plain = try? ArticleReader.read(text: decoded.text, format: format, file: nil) else { return }
        let fromLetters = try? ArticleReader.read(text: decoded.text, format: format, file: nil, textLetters: decoded.letters)
        let counted = try? ArticleReader.readCountingLetters(text: decoded.text, format: format, file: nil, textLetters: decoded.letters)
        #expect(fromLetters?.language == plain.language, "\(label) \(format): language from the decoder's letters")
        #expect(fromLetters?.paragraphs == plain.paragraphs, "\(label) \(format): paragraphs")
        #expect(counted?.article.language == plain.language, "\(label) \(format): language with letters")
        #expect(counted?.letters == LanguageDetector.letters(of: plain.paragraphs), "\(label) \(format): letters")
    }

    /// Articles whose language sample leaves paragraphs out (credits, footers, tag lines, bylines; paragraphs
    /// over 2,000 bytes; samples past 20 KB; comments): the decoder's letters give what counting gives.
    @Test func lettersFromTheDecoderGiveTheCountedLanguage() {
        var random = SplitMix64(seed: 23)
        let words = ["북한", "North", "Korea", "김정은", "Ａ", "the", "군대", "1990", "É", "당국은", "said"]
        let lines = ["*Translated by Violet Kim", "ⓒ Daily NK", "By Jeong Tae Joo", "#북한 #러시아", "<!-- 주석 note -->",
                     "Please direct any comments to feedback@dailynk.com", "홍길동 기자", "Radio silence", "/ Image: Daily NK"]
        for round in 0..<400 {
            var paragraphs: [String] = []
            for _ in 0..<Int(random.next() % 14) {
                if random.next() % 3 == 0 {
                    paragraphs.append(lines[Int(random.next() % UInt64(lines.count))])
                    continue
                }
                var text = ""
                let length = random.next() % 5 == 0 ? 300 + Int(random.next() % 700) : 1 + Int(random.next() % 40)
                for _ in 0..<length { text += words[Int(random.next() % UInt64(words.count))] + " " }
                paragraphs.append(text + (random.next() % 2 == 0 ? "." : ""))
            }
            let text = paragraphs.joined(separator: random.next() % 4 == 0 ? "\n" : "\n\n")
            expectSameArticle(text, round % 2 == 0 ? .text : .markdown, "round \(round)")
        }
    }

    func expectSameKinds(ofLinesIn text: String, _ label: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() {
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            let reference = ParagraphClassifier.classifyCharacters(line, next: next)
            #expect(ParagraphClassifier.classify(line, next: next) == reference, "\(label): \(line.debugDescription)")
            var copy = line
            let byBytes = copy.withUTF8 { ParagraphClassifier.classify(bytes: $0, next: next) }
            #expect(byBytes == reference, "\(label) (bytes): \(line.debugDescription)")
        }
    }

    @Test func fixturesSplitAsBefore() throws {
        let texts = try Self.fixtureTexts()
        #expect(texts.count > 100)
        for (name, text) in texts {
            expectSameParagraphs(text, .text, name)
            expectSameParagraphs(text, .markdown, name)
            expectSameKinds(ofLinesIn: text, name)
        }
    }

    /// Pieces that put bytes and characters at odds, and the markers every rule looks for.
    static let pieces: [String] = [
        "North", "Korea", "said", "the", "source", "source.", "residents", "북한", "소식통은", "전했다.", "했다", "기자", "특파원", "기자.",
        "\u{110C}\u{1161}", "\u{1100}\u{1175}\u{110C}\u{1161}", "\u{1112}\u{1161}\u{11AB}", "\u{110B}\u{116F}", "By", "By ", "by",
        "Translated by Violet Kim", "*Translated by", "_translation by", "(translated from the Korean by X)", "/ Image: Daily NK",
        "/사진=조선중앙TV", "(사진=연합뉴스)", "/ 사진 =", "▲", "▲\u{301}", "△ 사진", "△", "<!--", "<!--\u{301}", "-->", "\u{600}-->", "é-->",
        "<!-->", "#", "##", "###", "####### ", "#\u{20E3}", "#\u{FE0F}\u{20E3}", "\u{301}", "\u{302E}", "\u{600}", "\u{600}.", "\u{110BD}",
        "İ", "\u{212A}", "@", "a@b.com", ".com", " is a ", " is a reporter at Daily NK", "journalist", "Daily NK", "©", "ⓒ", "copyright",
        "Read in Korean", "read in english", "Please direct any comments", "한국어로 읽기", "무단전재", "weapons, russia, north korea, dprk",
        ",", ".", "!", "?", "\"", "”", "’", "'", ":", ";", "…", ")", "]", "(", "[", "|", "/", "<", "tags:", "Tags: ", "태그:", "#북한", "#러시아",
        "e\u{301}", "\u{1F1F0}\u{1F1F7}", "👍🏽", "\u{200D}", "K", "image: ", "Photo courtesy", "photo: ", "사진=", "[사진]", " 사진=",
        " ", "  ", "\t", "\u{A0}", "\u{3000}", "\u{2028}", "\u{85}", "\u{2009}", "\r", "Kim Jong Un", "DPRK", "KPA", "and", "or", "및",
        "漢字", "Ａ", "١٢٣٤", "2024", "\u{1160}", "\u{3130}", "\u{318F}", "\u{A97D}", "\u{D7C7}", "\u{FFBF}", "ㅋ", "\u{0D4E}",
    ]

    static func generatedText(_ random: inout SplitMix64) -> String {
        var text = ""
        let lineCount = Int(random.next() % 12)
        for _ in 0..<lineCount {
            var line = ""
            let words = Int(random.next() % 9)
            for w in 0..<words {
                if w > 0 && random.next() % 3 != 0 { line += " " }
                line += pieces[Int(random.next() % UInt64(pieces.count))]
            }
            if random.next() % 20 == 0 { line += String(repeating: "word ", count: 60 + Int(random.next() % 200)) + "." }
            text += line
            switch random.next() % 6 {
            case 0: text += "\n\n"
            case 1: text += "\n \n"
            default: text += "\n"
            }
        }
        if random.next() % 3 == 0 { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        return text
    }

    @Test func generatedTextSplitsAsBefore() {
        var random = SplitMix64(seed: 20261125)
        for round in 0..<4_000 {
            let text = Self.generatedText(&random)
            expectSameParagraphs(text, round % 2 == 0 ? .text : .markdown, "generated \(round)")
            expectSameKinds(ofLinesIn: text, "generated \(round)")
        }
    }

    @Test func edgeCasesSplitAsBefore() {
        let texts = ["", "\n", "\n\n", "a", "a\n", "a\n\n", "\na", " \n\t\n", "<!-- x -->\n", "<!--\nstill\n-->\nafter.", "<!-->\nbody.",
                     "#\n\nbody.", "# \n\n# Title #\n\nbody.", "#\u{301} x\n", "<!--\u{301} x -->\nline.", "x\u{600}-->\n", "line\r\nline.\r\n",
                     "\u{2028}x\u{2028}\n", "   indented.\n\n\tTabbed.", "A\u{A0}\n\u{3000}B.\n",
                     "홍길동 기자”.", "홍길동 기자”", "김 특파원\u{2019}.", "He said “yes”.", "기자\u{301}”.", "“기자”.", "기자 ”.", "x 자\u{2026}."]
        for text in texts {
            expectSameParagraphs(text, .text, "edge")
            expectSameParagraphs(text, .markdown, "edge")
            expectSameKinds(ofLinesIn: text, "edge")
        }
    }

    /// The language sample and the letters of every paragraph in one pass: long paragraphs (cut at 2,000
    /// characters for the sample), samples past 20 KB, kinds outside the sample, and articles without body.
    @Test func languageAndLettersInOnePass() {
        var random = SplitMix64(seed: 11)
        let words = ["북한", "North", "Korea", "김정은", "e\u{301}", "Ａ", "the", "군대", "1990", "ⓒ", "É", "\u{1100}\u{1161}"]
        let kinds = ParagraphKind.allCases
        for round in 0..<300 {
            var paragraphs: [Paragraph] = []
            for _ in 0..<Int(random.next() % 12) {
                var text = ""
                let length = random.next() % 4 == 0 ? 700 + Int(random.next() % 900) : Int(random.next() % 30)
                for _ in 0..<length { text += words[Int(random.next() % UInt64(words.count))] + " " }
                let kind = round % 5 == 0 ? ParagraphKind.credit : kinds[Int(random.next() % UInt64(kinds.count))]
                paragraphs.append(Paragraph(text: text, kind: kind, range: 0..<0))
            }
            let counted = LanguageDetector.languageAndLetters(of: paragraphs)
            #expect(counted.language == LanguageDetector.language(of: paragraphs), "round \(round)")
            #expect(counted.language == ReferenceLanguageDetector.language(of: paragraphs), "round \(round)")
            #expect(counted.letters == LanguageDetector.letters(of: paragraphs), "round \(round)")
            #expect(counted.letters.ratio == ReferenceHangulRatio.ratio(paragraphs.map(\.text).joined(separator: "\n")), "round \(round)")
        }
    }

    @Test func hangulRatioOfParagraphsNeedsNoJoin() throws {
        for (name, text) in try Self.fixtureTexts() {
            let paragraphs = ParagraphSplitter.split(text)
            let joined = ReferenceHangulRatio.ratio(paragraphs.map(\.text).joined(separator: "\n"))
            #expect(LanguageDetector.hangulRatio(of: paragraphs) == joined, "\(name)")
            #expect(HangulScript.hangulRatio(ofAll: paragraphs.map(\.text)) == joined, "\(name)")
        }
    }
}
