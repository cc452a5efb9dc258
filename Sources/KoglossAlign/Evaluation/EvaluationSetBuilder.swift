import Foundation
import KoglossGlossary
import KoglossText

/// Builds a deterministic evaluation set from hand-aligned base pairs: each base as it is, plus variants with
/// the changes real translations make (two English paragraphs merged, one split at a sentence boundary, a Korean
/// or English paragraph left out, photo captions on one or both sides, English tag lines, credits and footers),
/// with gold beads derived from the base's gold by construction.
public struct EvaluationSetBuilder: Sendable {
    /// Perturbed variants made from each base pair.
    public var variantsPerBase: Int
    public var seed: UInt64

    public init(variantsPerBase: Int = 3, seed: UInt64 = 2024) {
        self.variantsPerBase = variantsPerBase
        self.seed = seed
    }

    /// A gold bead with its paragraphs (text and kind): the unit perturbations work on.
    struct Unit {
        var ko: [Paragraph]
        var en: [Paragraph]
        /// Changed by a perturbation (or inserted): later perturbations leave it and its neighbours alone, so
        /// edits stay apart the way they do in real translations.
        var touched = false
        var isText: Bool {
            (ko + en).allSatisfy { $0.kind.alignmentClass == .text } && !(ko.isEmpty && en.isEmpty)
        }
    }

    /// Base pairs found next to gold files: `BASE.gold.json` with `BASE.ko.*` and `BASE.txt|.en.*|.md` in the
    /// same folder. Sorted by name.
    public static func basePairs(in folders: [URL]) throws -> [EvaluationDocument] {
        var documents: [EvaluationDocument] = []
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            let paired = try ArticlePairing.pairs(in: folder).pairs
            for name in names.sorted() where name.hasSuffix(".gold.json") {
                let base = String(name.dropLast(".gold.json".count))
                guard let pair = paired.first(where: { ArticlePairing.role(of: $0.english.lastPathComponent)?.base == base }) else { continue }
                let gold = try GoldAlignment.read(folder.appendingPathComponent(name))
                let korean = try String(contentsOf: pair.korean, encoding: .utf8)
                let english = try String(contentsOf: pair.english, encoding: .utf8)
                documents.append(EvaluationDocument(name: base, koreanText: korean, englishText: english, gold: gold))
            }
        }
        return documents
    }

    /// Every base as it is, then `variantsPerBase` perturbed variants of each.
    public func build(from bases: [EvaluationDocument]) throws -> [EvaluationDocument] {
        var result: [EvaluationDocument] = []
        for (number, base) in bases.enumerated() {
            let ko = try ArticleReader.read(text: base.koreanText, format: .text, file: base.name + ".ko").paragraphs
            let en = try ArticleReader.read(text: base.englishText, format: .text, file: base.name).paragraphs
            guard GoldAlignment.isComplete(base.gold, koCount: ko.count, enCount: en.count) else {
                throw EvaluationSetError.goldDoesNotMatch(base.name, ko: ko.count, en: en.count)
            }
            result.append(base)
            let units = base.gold.beads.map { Unit(ko: $0.ko.map { ko[$0] }, en: $0.en.map { en[$0] }) }
            for variant in 0..<variantsPerBase {
                var rng = SplitMix64(seed: seed &+ UInt64(number) &* 1_000_003 &+ UInt64(variant) &* 7919)
                let perturbed = perturb(units, rng: &rng)
                result.append(document(named: "\(base.name)~\(variant + 1)", units: perturbed))
            }
        }
        return result
    }

    public enum EvaluationSetError: Error, CustomStringConvertible {
        case goldDoesNotMatch(String, ko: Int, en: Int)
        public var description: String {
            switch self {
            case let .goldDoesNotMatch(name, ko, en):
                return "\(name): gold beads do not cover the \(ko) Korean and \(en) English paragraphs exactly once"
            }
        }
    }

    // MARK: - Perturbations

    func perturb(_ original: [Unit], rng: inout SplitMix64) -> [Unit] {
        var units = original
        let operations = 2 + Int(rng.next() % 3)
        for _ in 0..<operations {
            switch rng.next() % 6 {
            case 0: mergeEnglish(&units, rng: &rng)
            case 1: splitEnglish(&units, rng: &rng)
            case 2: dropSide(&units, korean: true, rng: &rng)
            case 3: dropSide(&units, korean: false, rng: &rng)
            case 4: insertCaption(&units, rng: &rng)
            default: addFurniture(&units, rng: &rng)
            }
        }
        return units
    }

    /// Two adjacent 1:1 body units become one 2:1 unit (the translator joined two paragraphs).
    func mergeEnglish(_ units: inout [Unit], rng: inout SplitMix64) {
        let candidates = units.indices.dropLast().filter { u in
            isQuiet(units, u) && isQuiet(units, u + 1) && units[u].isText && units[u + 1].isText && units[u].ko.count == 1 && units[u + 1].ko.count == 1
                && units[u].en.count == 1 && units[u + 1].en.count == 1
                && units[u].en[0].kind == .body && units[u + 1].en[0].kind == .body
        }
        guard let u = pick(candidates, &rng) else { return }
        let joined = units[u].en[0].text + " " + units[u + 1].en[0].text
        units[u] = Unit(ko: units[u].ko + units[u + 1].ko, en: [Paragraph(text: joined, kind: .body, range: 0..<0)], touched: true)
        units.remove(at: u + 1)
    }

    /// A 1:1 body unit whose English has two or more sentences becomes 1:2.
    func splitEnglish(_ units: inout [Unit], rng: inout SplitMix64) {
        let candidates = units.indices.filter { u in
            isQuiet(units, u) && units[u].isText && units[u].ko.count == 1 && units[u].en.count == 1 && units[u].en[0].kind == .body
                && EvaluationSetBuilder.sentenceBoundary(in: units[u].en[0].text) != nil
        }
        guard let u = pick(candidates, &rng), let cut = EvaluationSetBuilder.sentenceBoundary(in: units[u].en[0].text) else { return }
        let text = units[u].en[0].text
        let first = String(text[..<cut]).trimmingWhitespace()
        let second = String(text[cut...]).trimmingWhitespace()
        units[u].en = [Paragraph(text: first, kind: .body, range: 0..<0), Paragraph(text: second, kind: .body, range: 0..<0)]
        units[u].touched = true
    }

    /// A 1:1 body unit loses one side (a paragraph left untranslated, or added by the translator).
    func dropSide(_ units: inout [Unit], korean: Bool, rng: inout SplitMix64) {
        let candidates = units.indices.filter { u in
            u > 0 && isQuiet(units, u) && units[u].isText && units[u].ko.count == 1 && units[u].en.count == 1 && units[u].en[0].kind == .body
        }
        guard let u = pick(candidates, &rng) else { return }
        if korean { units[u].ko = [] } else { units[u].en = [] }
        units[u].touched = true
    }

    /// A photo caption between two units: on both sides (a 1:1 caption bead) or on one side only.
    func insertCaption(_ units: inout [Unit], rng: inout SplitMix64) {
        let caption = EvaluationSetBuilder.captions[Int(rng.next() % UInt64(EvaluationSetBuilder.captions.count))]
        let position = 1 + Int(rng.next() % UInt64(max(1, units.count - 1)))
        let ko = Paragraph(text: caption.ko, kind: .caption, range: 0..<0)
        let en = Paragraph(text: caption.en, kind: .caption, range: 0..<0)
        switch rng.next() % 3 {
        case 0: units.insert(Unit(ko: [ko], en: [en], touched: true), at: position)
        case 1: units.insert(Unit(ko: [ko], en: [], touched: true), at: position)
        default: units.insert(Unit(ko: [], en: [en], touched: true), at: position)
        }
    }

    /// English page furniture: a tag line at the top, the translator credit and footers at the end.
    func addFurniture(_ units: inout [Unit], rng: inout SplitMix64) {
        let tags = EvaluationSetBuilder.tagLines[Int(rng.next() % UInt64(EvaluationSetBuilder.tagLines.count))]
        let translator = EvaluationSetBuilder.translators[Int(rng.next() % UInt64(EvaluationSetBuilder.translators.count))]
        if rng.next() % 2 == 0, units.first?.en.first?.kind != .tags {
            units.insert(Unit(ko: [], en: [Paragraph(text: tags, kind: .tags, range: 0..<0)]), at: 0)
        }
        if !units.contains(where: { $0.en.contains { $0.kind == .credit } }) {
            units.append(Unit(ko: [], en: [Paragraph(text: "*Translated by \(translator)", kind: .credit, range: 0..<0)]))
            units.append(Unit(ko: [], en: [Paragraph(text: "Please direct any comments or questions about this article to dailynkenglish@uni-media.net.", kind: .footer, range: 0..<0)]))
        }
        if rng.next() % 3 == 0 {
            units.append(Unit(ko: [Paragraph(text: EvaluationSetBuilder.koreanBylines[Int(rng.next() % 3)], kind: .byline, range: 0..<0)], en: []))
        }
    }

    /// Neither this unit nor a text neighbour was changed, and it is a plain 1:1 unit from the base gold.
    func isQuiet(_ units: [Unit], _ u: Int) -> Bool {
        guard !units[u].touched else { return false }
        for v in [u - 1, u + 1] where v >= 0 && v < units.count && units[v].isText {
            if units[v].touched || units[v].ko.isEmpty || units[v].en.isEmpty { return false }
        }
        return true
    }

    func pick(_ candidates: [Int], _ rng: inout SplitMix64) -> Int? {
        candidates.isEmpty ? nil : candidates[Int(rng.next() % UInt64(candidates.count))]
    }

    /// The sentence boundary nearest the middle: ". " (or "?", "!", a closing quote) before a capital or quote,
    /// not after an abbreviation such as "Mar." or "Mr.".
    static func sentenceBoundary(in text: String) -> String.Index? {
        let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                          "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "gen", "lt", "col", "vs", "etc", "e.g", "i.e"]
        var best: String.Index? = nil
        var bestDistance = Int.max
        let total = text.count
        var position = 0
        var index = text.startIndex
        while index < text.endIndex {
            let char = text[index]
            let next = text.index(after: index)
            if ".?!".contains(char) || (char == "”" && next < text.endIndex && index > text.startIndex && ".?!,".contains(text[text.index(before: index)])) {
                var after = next
                if after < text.endIndex, text[after] == "”" || text[after] == "\"" { after = text.index(after: after) }
                if after < text.endIndex, text[after] == " " {
                    let start = text.index(after: after)
                    if start < text.endIndex, text[start].isUppercase || text[start] == "“" || text[start] == "\"" {
                        let word = text[..<index].split(separator: " ").last.map { $0.lowercased() } ?? ""
                        if !abbreviations.contains(word), word.count > 1 || char != "." {
                            let distance = abs(position - total / 2)
                            if position > 20, total - position > 20, distance < bestDistance {
                                best = start
                                bestDistance = distance
                            }
                        }
                    }
                }
            }
            index = next
            position += 1
        }
        return best
    }

    /// Files as a person would save them: paragraphs separated by blank lines, an image's alt text kept on the
    /// line just above its caption.
    func document(named name: String, units: [Unit]) -> EvaluationDocument {
        var beads: [Bead] = []
        var ko: [Paragraph] = [], en: [Paragraph] = []
        for unit in units {
            beads.append(Bead(ko: Array(ko.count..<(ko.count + unit.ko.count)), en: Array(en.count..<(en.count + unit.en.count)), confidence: 1))
            ko += unit.ko
            en += unit.en
        }
        return EvaluationDocument(name: name, koreanText: EvaluationSetBuilder.fileText(ko), englishText: EvaluationSetBuilder.fileText(en),
                                  gold: Alignment(beads: beads))
    }

    static func fileText(_ paragraphs: [Paragraph]) -> String {
        var text = ""
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 {
                let keepTogether = paragraph.kind == .caption && paragraphs[index - 1].kind == .caption
                    && ParagraphClassifier.classify(paragraphs[index - 1].text) != .caption
                text += keepTogether ? "\n" : "\n\n"
            }
            text += paragraph.text
        }
        return text + "\n"
    }

    // MARK: - Material for insertions

    static let captions: [(ko: String, en: String)] = [
        ("김정은 국무위원장이 평양의 한 군수공장을 현지지도하고 있다. /사진=노동신문·뉴스1",
         "Kim Jong Un provides field guidance at a munitions factory in Pyongyang. / Image: Rodong Sinmun, News1"),
        ("평안북도 신의주시 압록강 변의 모습. /사진=데일리NK",
         "A view of the Yalu River bank in Sinuiju, North Pyongan Province. / Image: Daily NK"),
        ("2023년 7월 27일 평양에서 열린 열병식에 등장한 화성-18형 ICBM. /사진=조선중앙TV 캡처",
         "A Hwasong-18 ICBM at the military parade held in Pyongyang on July 27, 2023. / Image: KCTV screenshot"),
        ("양강도 혜산시 전경. /사진=데일리NK 자료사진",
         "A view of Hyesan, Ryanggang Province. / Photo: Daily NK archive"),
        ("북한 주민들이 장마당에서 물건을 고르고 있다. /사진=데일리NK",
         "North Koreans shop for goods at a local market. / Image: Daily NK"),
        ("노동당 중앙위원회 제8기 제9차 전원회의가 12월 26일부터 30일까지 진행됐다. /사진=노동신문·뉴스1",
         "The Ninth Plenary Meeting of the Eighth Central Committee of the Workers' Party of Korea was held from Dec. 26 to 30. / Image: Rodong Sinmun, News1"),
    ]
    static let tagLines = [
        "north korea, military, kim jong un, pyongyang",
        "dprk, russia, troop deployment, storm corps",
        "ministry of state security, surveillance, defectors",
        "markets, rice prices, food, north hamgyong province",
    ]
    static let translators = ["Violet Kim", "Jason Bartlett", "Lee Jae-eun", "Christopher Green"]
    static let koreanBylines = ["강미진 기자", "이상용 기자", "문동희 기자"]
}
