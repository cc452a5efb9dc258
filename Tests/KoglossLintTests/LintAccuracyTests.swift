import Foundation
import KoglossGlossary
import KoglossLint
import Testing

/// Precision and recall of every rule on the labelled collection in Tests/Fixtures/lint (pairs with
/// deliberate faults and hard negatives, against the fixed test glossary).
@Suite struct LintAccuracyTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/lint")

    struct Label: Decodable {
        var rule: String
        var text: String?
        var occurrence: Int?
        var koParagraph: Int?
        var enParagraph: Int?
    }
    struct LabelFile: Decodable {
        var findings: [Label]
        var date: String?
    }

    struct Tally { var tp = 0, fp = 0, fn = 0 }

    /// The byte range of the n-th occurrence of `text` in `haystack`.
    static func occurrence(_ text: String, _ n: Int, in haystack: [UInt8]) -> Range<Int>? {
        let needle = Array(text.utf8)
        var count = 0
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i..<i + needle.count].elementsEqual(needle) {
                count += 1
                if count == n { return i..<i + needle.count }
            }
            i += 1
        }
        return nil
    }

    static func matches(_ finding: Finding, _ label: Label, english: [UInt8]) -> Bool {
        guard finding.ruleID == label.rule else { return false }
        if let text = label.text, let range = occurrence(text, label.occurrence ?? 1, in: english) {
            return finding.range.overlaps(range) || (finding.range.isEmpty && range.contains(finding.range.lowerBound))
        }
        if let k = label.koParagraph { return finding.koreanParagraph == k }
        if let e = label.enParagraph { return finding.englishParagraph == e }
        return false
    }

    @Test func precisionAndRecallPerRule() throws {
        let termbase = try GlossaryLoading.load(Self.fixtures.appendingPathComponent("glossary.tbx"))
        let engine = LintEngine(termbase: termbase)
        let loader = LintInputLoader(glossary: termbase)
        let folder = Self.fixtures.appendingPathComponent("pairs")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".labels.json") }.sorted()
        #expect(names.count >= 60)
        var tally: [String: Tally] = [:]
        var labelled = Set<String>()
        var problems: [String] = []
        for name in names {
            let base = String(name.dropLast(".labels.json".count))
            let labels = try JSONDecoder().decode(LabelFile.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
            let loaded = try loader.load(englishURL: folder.appendingPathComponent(base + ".txt"),
                                         koreanURL: folder.appendingPathComponent(base + ".ko.txt"), displayPath: base + ".txt", date: labels.date)
            let english = Array(loaded.document.english.utf8)
            let findings = engine.lint(loaded.document)
            var matched = Set<Int>()
            for label in labels.findings {
                labelled.insert(label.rule)
                if let i = findings.indices.first(where: { !matched.contains($0) && Self.matches(findings[$0], label, english: english) }) {
                    matched.insert(i)
                    tally[label.rule, default: Tally()].tp += 1
                } else {
                    tally[label.rule, default: Tally()].fn += 1
                    problems.append("\(base): missed \(label.rule) \(label.text ?? "") \(label.koParagraph.map { "ko \($0)" } ?? "")\(label.enParagraph.map { "en \($0)" } ?? "")")
                }
            }
            for (i, f) in findings.enumerated() where !matched.contains(i) {
                tally[f.ruleID, default: Tally()].fp += 1
                problems.append("\(base): unexpected \(f.ruleID) '\(String(decoding: english[f.range], as: UTF8.self))': \(f.message)")
            }
        }
        var total = Tally()
        for id in RuleRegistry.ids {
            let t = tally[id] ?? Tally()
            total.tp += t.tp; total.fp += t.fp; total.fn += t.fn
            let p = t.tp + t.fp == 0 ? 1 : Double(t.tp) / Double(t.tp + t.fp)
            let r = t.tp + t.fn == 0 ? 1 : Double(t.tp) / Double(t.tp + t.fn)
            print("\(id.padding(toLength: 18, withPad: " ", startingAt: 0)) " + String(format: "precision %.3f recall %.3f (tp %d, fp %d, fn %d)", p, r, t.tp, t.fp, t.fn))
            #expect(p >= 0.9 && r >= 0.9, "\(id): precision \(p), recall \(r)")
        }
        let precision = Double(total.tp) / Double(max(1, total.tp + total.fp))
        let recall = Double(total.tp) / Double(max(1, total.tp + total.fn))
        print(String(format: "overall            precision %.3f recall %.3f (tp %d, fp %d, fn %d)", precision, recall, total.tp, total.fp, total.fn))
        for p in problems { print("  " + p) }
        #expect(labelled == Set(RuleRegistry.ids), "every rule has labelled faults")
        #expect(precision >= 0.95)
        #expect(recall >= 0.95)
    }
}
