import Foundation
import Testing

@Suite struct CorpusConcordanceTests {
    func seededStore() throws -> (URL, String) {
        let (dir, store) = try CorpusTestFiles.project()
        let result = try CLIRunner.run(["import", "--batch", CorpusTestFiles.seeds.path, "--store", store], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return (dir, store)
    }

    @Test func koreanQueryMatchesThroughParticlesWithItsEnglish() throws {
        let (dir, store) = try seededStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["concordance", "전략군", "--store", store], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.contains("[[전략군]]에"))         // 전략군에 in the text, particle outside the mark
        #expect(result.stdout.contains("Strategic Military Command"))
        // Short stems go through the stem index: 보위국 is 3 syllables, 북한 is 2.
        let short = try CLIRunner.run(["concordance", "북한", "--store", store, "--json"], in: dir)
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(short.stdout.utf8)) as? [[String: Any]])
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { ($0["language"] as? String) == "ko" })
    }

    @Test func englishPhraseFindsItsParagraphsAndHighlightsThem() throws {
        let (dir, store) = try seededStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["concordance", "Military Security Command", "--store", store, "--limit", "50"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.contains("[[Military Security Command]]"))
        #expect(result.stdout.contains("보위국"))
        let json = try CLIRunner.run(["concordance", "Strategic Military Command", "--store", store, "--json"], in: dir)
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let first = try #require(hits.first)
        let english = try #require(first["english"] as? [[String: Any]])
        let line = try #require(english.first { !(($0["highlights"] as? [[Int]]) ?? []).isEmpty })
        let range = try #require((line["highlights"] as? [[Int]])?.first)
        let text = Array((line["text"] as? String ?? "").utf8)
        #expect(String(decoding: text[range[0]..<range[1]], as: UTF8.self) == "Strategic Military Command")
    }

    @Test func exportsTMXAndReadsItBack() throws {
        let (dir, store) = try seededStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmx = dir.appendingPathComponent("out/corpus.tmx")
        try FileManager.default.createDirectory(at: tmx.deletingLastPathComponent(), withIntermediateDirectories: true)
        let export = try CLIRunner.run(["export", "--tmx", tmx.path, "--store", store], in: dir)
        #expect(export.status == 0, "\(export.stderr)")
        let xml = try String(contentsOf: tmx, encoding: .utf8)
        #expect(xml.contains("<tmx version=\"1.4\">"))
        #expect(xml.contains("creationid=\"Violet Kim\""))
        #expect(xml.contains("<prop type=\"x-document\">000_31914b20eae98fcb.txt</prop>"))
        let units = xml.components(separatedBy: "<tu ").count - 1
        #expect(export.stdout.contains("wrote \(units) translation units from 3 pairs"))

        let other = dir.appendingPathComponent("other.sqlite").path
        let back = try CLIRunner.run(["import", "--tmx", tmx.path, "--store", other], in: dir)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("imported \(units) translation units as 3 pairs"))
        #expect(try CLIRunner.run(["concordance", "전략군", "--store", other], in: dir).stdout.contains("[[전략군]]"))

        let foreign = try CLIRunner.run(["import", "--tmx", CorpusTestFiles.tmx.appendingPathComponent("other-tool.tmx").path, "--store", other], in: dir)
        #expect(foreign.status == 0)
        #expect(foreign.stdout.contains("skipped 1 units"))
    }
}
