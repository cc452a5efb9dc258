import Foundation
import KoglossAlign
@testable import KoglossCorpus

/// Fresh temp folders and small hand-made pairs for the store tests.
enum CorpusTestSupport {
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A pair whose paragraphs are the given lines, aligned one to one (extra lines alone).
    static func pair(english: [String], korean: [String], url: String? = nil, englishFile: String? = nil, koreanFile: String? = nil,
                     title: String? = "Test", translator: String? = nil, date: String? = nil) -> PairContent {
        func paragraphs(_ lines: [String]) -> (String, [Paragraph]) {
            var text = "", result: [Paragraph] = []
            for line in lines {
                let start = text.utf8.count
                text += line
                result.append(Paragraph(text: line, kind: .body, range: start..<text.utf8.count))
                text += "\n\n"
            }
            return (text, result)
        }
        let (en, enP) = paragraphs(english), (ko, koP) = paragraphs(korean)
        var beads: [Bead] = []
        for i in 0..<max(english.count, korean.count) {
            beads.append(Bead(ko: i < korean.count ? [i] : [], en: i < english.count ? [i] : [], confidence: 0.9))
        }
        return PairContent(englishText: en, koreanText: ko, englishParagraphs: enP, koreanParagraphs: koP, beads: beads,
                           title: title, url: url, date: date, translator: translator, englishFile: englishFile, koreanFile: koreanFile)
    }

    static let strategicForce = pair(
        english: ["North Korea is recruiting students for the Strategic Force, Daily NK has learned.",
                  "The forces were inspected on Mar. 31."],
        korean: ["북한이 전략군에서 복무할 학생들을 모집하고 있다고 데일리NK가 확인했다.",
                 "북한의 군대는 3월 31일 검열을 받았다."],
        englishFile: "strategic.txt", koreanFile: "strategic.ko.txt", title: "Strategic Force recruits")

    /// SHA-256 of a file's bytes, to prove a command left it untouched.
    static func fileDigest(_ url: URL) throws -> String {
        ContentHash.hex(ContentHash.sha256(Array(try Data(contentsOf: url))))
    }
}
