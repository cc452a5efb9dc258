import Foundation
import Testing
@testable import KoglossAlign
import KoglossText
import KoglossGlossary

@Suite struct DebugDumpTests {
    @Test func dump() throws {
        guard let name = ProcessInfo.processInfo.environment["KOGLOSS_DEBUG"] else { return }
        let glossary = try TBXReader.read(url: Fixtures.glossary.appendingPathComponent("dailynk.tbx")).termbase
        let lexicon = TermbaseAnchorLexicon(termbase: glossary)
        let folder = name.count == 2 ? Fixtures.alignEval : Fixtures.seeds
        let enName = name.count == 2 ? "\(name).en.txt" : "\(name).txt"
        let en = try ArticleReader.read(contentsOf: folder.appendingPathComponent(enName)).paragraphs
        let ko = try ArticleReader.read(contentsOf: folder.appendingPathComponent("\(name).ko.txt")).paragraphs
        let gold = try GoldAlignment.read(folder.appendingPathComponent("\(name).gold.json"))
        var kf = ko.map { ParagraphFeatures(paragraph: $0, korean: true, lexicon: lexicon) }
        var ef = en.map { ParagraphFeatures(paragraph: $0, korean: false, lexicon: lexicon) }
        AnchorWeighting.apply(ko: &kf, en: &ef)
        let r = kf.filter { $0.alignmentClass == .text }.reduce(0) { $0 + $1.length } / ef.filter { $0.alignmentClass == .text }.reduce(0) { $0 + $1.length }
        print("== \(name) r=\(r)")
        for (i, p) in ko.enumerated() { print("ko\(i) \(p.kind) len=\(kf[i].length) nums=\(NumberAnchorExtractor.koreanAnchors(in: p.text).map { "\($0.kind):\($0.value)" }) concepts=\(lexicon.koreanConcepts(in: p.text).map { glossary.concepts[$0].id }) latin=\(kf[i].latinTokens.count) bonus=\(kf[i].anchorBonus.map { Int($0 * 10) })") }
        for (i, p) in en.enumerated() { print("en\(i) \(p.kind) len=\(ef[i].length) nums=\(NumberAnchorExtractor.englishAnchors(in: p.text).map { "\($0.kind):\($0.value)" }) concepts=\(lexicon.englishConcepts(in: p.text).map { glossary.concepts[$0].id })") }
        for b in gold.beads where !b.ko.isEmpty && !b.en.isEmpty {
            let lk = b.ko.reduce(0.0) { $0 + kf[$1].length }, le = b.en.reduce(0.0) { $0 + ef[$1].length }
            print("gold \(b.ko) \(b.en) dev=\(log(lk / (r * le)))")
        }
        let predicted = ParagraphAligner(glossary: glossary).align(korean: ko, english: en)
        print("predicted: " + predicted.beads.map { "\($0.ko)-\($0.en)@\($0.confidence)" }.joined(separator: " "))
    }
}

@Suite struct DebugCountTests {
    @Test func countShapes() throws {
        guard ProcessInfo.processInfo.environment["KOGLOSS_COUNT"] != nil else { return }
        let bases = try EvaluationSetBuilder.basePairs(in: [Fixtures.seeds, Fixtures.alignEval])
        var counts: [String: Int] = [:]
        for base in bases {
            let ko = try ArticleReader.read(text: base.koreanText, format: .text, file: nil).paragraphs
            let en = try ArticleReader.read(text: base.englishText, format: .text, file: nil).paragraphs
            for bead in base.gold.beads {
                let kinds = Set(bead.ko.map { ko[$0].kind.alignmentClass } + bead.en.map { en[$0].kind.alignmentClass })
                let heading = (bead.ko.map { ko[$0].kind } + bead.en.map { en[$0].kind }).contains(.heading)
                counts["\(kinds.map { "\($0)" }.sorted())\(heading ? "H" : "") \(bead.ko.count):\(bead.en.count)", default: 0] += 1
            }
        }
        for (k, v) in counts.sorted(by: { $0.key < $1.key }) { print("COUNT \(k) \(v)") }
    }
}
