import Foundation
@_spi(Benchmark) import KoglossAlign
import KoglossGlossary
import KoglossText

/// `kogloss-bench align [--pairs N] [--paragraphs P] [--dump FILE]`: aligns N generated document pairs of about P
/// paragraphs (Korean-like and English-like text with numbers, merges, splits, omissions, captions and footers, gold
/// known) on one thread, then prints seconds, pairs/s, the lattice and bead costs alone (features computed in
/// advance), and exact-bead F1 of the aligner and the length-only baseline on the generated pairs and on the
/// evaluation set built from seeds/ and Tests/Fixtures/align-eval/. `--dump` writes every alignment (beads and
/// confidences) to FILE, to compare two builds.
enum AlignBenchmark {
    static func run(_ arguments: [String]) throws {
        var pairs = 1_000, paragraphs = 15
        var dumpPath: String? = nil
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--pairs": index += 1; pairs = Int(arguments[index]) ?? pairs
            case "--paragraphs": index += 1; paragraphs = Int(arguments[index]) ?? paragraphs
            case "--dump": index += 1; dumpPath = arguments[index]
            default: throw BenchmarkError.usage("unknown option \(arguments[index]); usage: kogloss-bench align [--pairs N] [--paragraphs P] [--dump FILE]")
            }
            index += 1
        }
        var rng = SplitMix64(seed: 42)
        let documents = (0..<pairs).map { _ in SyntheticPair.make(paragraphs: paragraphs, rng: &rng) }
        let paragraphCount = documents.reduce(0) { $0 + $1.korean.count + $1.english.count }
        print("align: \(pairs) generated pairs, \(paragraphCount) paragraphs (about \(paragraphs) a side)")

        let aligner = ParagraphAligner()
        let cpuStart = threadCPUSeconds()
        let (alignments, seconds) = measureSeconds { documents.map { aligner.align(korean: $0.korean, english: $0.english) } }
        let cpu = threadCPUSeconds() - cpuStart
        print(String(format: "  aligned in %.3f s wall, %.3f s CPU on one thread: %.0f pairs/s by CPU time (target: 1,000 pairs in at most 2 s)",
                     seconds, cpu, Double(pairs) / cpu))
        var dump = alignments.map(dumpLine)

        // The lattice and bead costs alone (`ParagraphAligner.steps`), features computed in advance, ten rounds.
        let prepared = documents.map { aligner.prepare(korean: $0.korean, english: $0.english) }
        let latticeStart = threadCPUSeconds()
        for _ in 0..<10 { for pair in prepared { _ = aligner.align(pair) } }
        let latticeCPU = (threadCPUSeconds() - latticeStart) / 10
        print(String(format: "  lattice and bead costs alone: %.3f s CPU, %.1f µs per pair", latticeCPU, latticeCPU / Double(pairs) * 1e6))

        var ours = AlignmentEvaluation(), baseline = AlignmentEvaluation()
        let lengthOnly = LengthOnlyAligner()
        for (document, alignment) in zip(documents, alignments) {
            ours.add(predicted: alignment, gold: document.gold)
            baseline.add(predicted: lengthOnly.align(korean: document.korean, english: document.english), gold: document.gold)
        }
        print("  generated pairs, ours:     \(ours)")
        print("  generated pairs, baseline: \(baseline)")

        // The evaluation set from the repository's hand-aligned pairs, when run from a checkout.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folders = [root.appendingPathComponent("seeds"), root.appendingPathComponent("Tests/Fixtures/align-eval")]
        let bases = try EvaluationSetBuilder.basePairs(in: folders)
        guard !bases.isEmpty else { return }
        let glossaryURL = root.appendingPathComponent("glossary/dailynk.tbx")
        let glossary = FileManager.default.fileExists(atPath: glossaryURL.path) ? try TBXReader.read(url: glossaryURL).termbase : nil
        let set = try EvaluationSetBuilder().build(from: bases)
        var setOurs = AlignmentEvaluation(), setBaseline = AlignmentEvaluation(), setTermbaseLexicon = AlignmentEvaluation()
        // Glossary anchors from the glossary's TermMatcher (as the lint finds them), and from the older
        // TermbaseAnchorLexicon for comparison.
        let withGlossary = ParagraphAligner(glossary: glossary)
        let withTermbaseLexicon = ParagraphAligner(lexicon: glossary.map { CombinedAnchorLexicon([TermbaseAnchorLexicon(termbase: $0), CoreNewsLexicon()]) } ?? CoreNewsLexicon())
        var glossaryCPU = 0.0
        var setParagraphs = 0
        for document in set {
            let ko = try ArticleReader.read(text: document.koreanText, format: .text, file: nil).paragraphs
            let en = try ArticleReader.read(text: document.englishText, format: .text, file: nil).paragraphs
            setParagraphs += ko.count + en.count
            let start = threadCPUSeconds()
            let alignment = withGlossary.align(korean: ko, english: en)
            setOurs.add(predicted: alignment, gold: document.gold)
            dump.append(dumpLine(alignment))
            glossaryCPU += threadCPUSeconds() - start
            setTermbaseLexicon.add(predicted: withTermbaseLexicon.align(korean: ko, english: en), gold: document.gold)
            setBaseline.add(predicted: lengthOnly.align(korean: ko, english: en), gold: document.gold)
        }
        print("  evaluation set (\(set.count) pairs from \(bases.count) hand-aligned bases\(glossary == nil ? "" : ", glossary anchors")):")
        print(String(format: "    ours:     \(setOurs)  (%.3f s CPU for %d paragraphs)", glossaryCPU, setParagraphs))
        print("    ours with TermbaseAnchorLexicon: \(setTermbaseLexicon)")
        print("    baseline: \(setBaseline)")
        let confidence = setOurs.meanConfidence
        print(String(format: "    mean confidence of correct beads %.3f, of wrong beads %.3f", confidence.correct, confidence.wrong))
        if let dumpPath { try (dump.joined(separator: "\n") + "\n").write(toFile: dumpPath, atomically: true, encoding: .utf8) }
    }

    /// One alignment on one line: each bead's paragraphs and confidence.
    static func dumpLine(_ alignment: Alignment) -> String {
        alignment.beads.map { "\($0.ko)-\($0.en):\($0.confidence)" }.joined(separator: " ")
    }

    /// CPU time of this thread: the honest single-core figure when other processes share the machine.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    enum BenchmarkError: Error, CustomStringConvertible {
        case usage(String)
        var description: String { if case let .usage(text) = self { return text }; return "" }
    }
}

/// A generated document pair with known gold: Korean-like and English-like paragraphs of matching lengths.
struct SyntheticPair {
    var korean: [Paragraph]
    var english: [Paragraph]
    var gold: Alignment

    static let syllables: [Character] = Array("가나다라마바사아자차카타파하국민군당사회전략부대소식통북한시장가격쌀돈위원장평양주민간부")
    static let words = ["the", "source", "said", "north", "korean", "authorities", "market", "price", "soldiers", "rice", "province",
                        "officials", "ordered", "residents", "military", "party", "reported", "recently", "according", "to", "and", "of", "in"]

    static func make(paragraphs: Int, rng: inout SplitMix64) -> SyntheticPair {
        var korean: [Paragraph] = [], english: [Paragraph] = [], beads: [Bead] = []
        func add(ko: [Paragraph], en: [Paragraph]) {
            beads.append(Bead(ko: Array(korean.count..<(korean.count + ko.count)), en: Array(english.count..<(english.count + en.count))))
            korean += ko
            english += en
        }
        if rng.next() % 2 == 0 { add(ko: [], en: [Paragraph(text: "north korea, military, markets", kind: .tags, range: 0..<0)]) }
        var produced = 0
        while produced < paragraphs {
            let roll = rng.next() % 100
            switch roll {
            case 0..<6: // two Korean paragraphs merged in English
                let a = pair(&rng), b = pair(&rng)
                add(ko: [a.ko, b.ko], en: [Paragraph(text: a.en.text + " " + b.en.text, kind: .body, range: 0..<0)])
            case 6..<11: // one Korean paragraph split in English
                let a = pair(&rng), b = pair(&rng)
                add(ko: [Paragraph(text: a.ko.text + " " + b.ko.text, kind: .body, range: 0..<0)], en: [a.en, b.en])
            case 11..<15: add(ko: [pair(&rng).ko], en: [])
            case 15..<17: add(ko: [], en: [pair(&rng).en])
            case 17..<20:
                let n = Int(rng.next() % 90)
                add(ko: [Paragraph(text: "평양 시내 모습 \(n)호. /사진=데일리NK", kind: .caption, range: 0..<0)],
                    en: [Paragraph(text: "A view of Pyongyang, number \(n). / Image: Daily NK", kind: .caption, range: 0..<0)])
            default:
                let a = pair(&rng)
                add(ko: [a.ko], en: [a.en])
            }
            produced += 1
        }
        add(ko: [], en: [Paragraph(text: "*Translated by Violet Kim", kind: .credit, range: 0..<0)])
        add(ko: [], en: [Paragraph(text: "Please direct any comments or questions about this article to dailynkenglish@uni-media.net.", kind: .footer, range: 0..<0)])
        return SyntheticPair(korean: korean, english: english, gold: Alignment(beads: beads))
    }

    /// A Korean-like paragraph and its English-like translation: 1-3 sentences, lengths in the news ratio, shared numbers.
    static func pair(_ rng: inout SplitMix64) -> (ko: Paragraph, en: Paragraph) {
        var ko = "", en = ""
        let sentences = 1 + Int(rng.next() % 3)
        for _ in 0..<sentences {
            let koWords = 4 + Int(rng.next() % 10)
            let number = rng.next() % 3 == 0 ? 10 + Int(rng.next() % 5000) : nil
            if let number { ko += "\(number)명이 " }
            for w in 0..<koWords {
                let length = 2 + Int(rng.next() % 3)
                for _ in 0..<length { ko.append(syllables[Int(rng.next() % UInt64(syllables.count))]) }
                ko += w == koWords - 1 ? "다. " : " "
            }
            // About 2.6 English characters per Korean one, with noise.
            let enWords = max(3, Int(Double(koWords) * (2.2 + Double(rng.next() % 100) / 100)))
            var sentence: [String] = []
            for _ in 0..<enWords { sentence.append(words[Int(rng.next() % UInt64(words.count))]) }
            if let number { sentence.append("\(number)") }
            en += sentence.joined(separator: " ").capitalizedFirst + ". "
        }
        return (Paragraph(text: String(ko.dropLast()), kind: .body, range: 0..<0), Paragraph(text: String(en.dropLast()), kind: .body, range: 0..<0))
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
