import Foundation
import Testing

/// `kogloss align` end to end: the seeds in every format, and bad input.
@Suite struct AlignCommandTests {
    static let seedEnglish = "seeds/000_31914b20eae98fcb.txt"
    static let seedKorean = "seeds/000_31914b20eae98fcb.ko.txt"

    @Test func jsonMatchesTheSeedGold() throws {
        let result = try CLIRunner.run(["align", Self.seedEnglish, Self.seedKorean, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let beads = try #require(object["beads"] as? [[String: Any]])
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("seeds/000_31914b20eae98fcb.gold.json"))) as? [String: Any]
        let goldBeads = try #require(gold?["beads"] as? [[String: Any]])
        #expect(beads.map { "\($0["ko"]!)-\($0["en"]!)" } == goldBeads.map { "\($0["ko"]!)-\($0["en"]!)" })
        #expect((object["ko"] as? [String])?.count == 13)
        #expect((object["en"] as? [String])?.count == 15)
        for bead in beads { #expect((0...1).contains(bead["confidence"] as? Double ?? -1)) }
    }

    @Test func sideBySideView() throws {
        let result = try CLIRunner.run(["align", Self.seedEnglish, Self.seedKorean], environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("credit"))
        #expect(result.stdout.contains("caption"))
        #expect(result.stdout.contains("to review"))
    }

    @Test func tsvAndTmx() throws {
        let tsv = try CLIRunner.run(["align", Self.seedEnglish, Self.seedKorean, "--format", "tsv"])
        #expect(tsv.status == 0)
        #expect(tsv.stdout.split(separator: "\n").count == 16)
        let tmx = try CLIRunner.run(["align", Self.seedEnglish, Self.seedKorean, "--format", "tmx"])
        #expect(tmx.status == 0)
        #expect(tmx.stdout.contains("<tmx version=\"1.4\">"))
        #expect(tmx.stdout.contains("srclang=\"ko\""))
        #expect(tmx.stdout.components(separatedBy: "<tu>").count - 1 == 11)
    }

    @Test func reviewThresholdFlagsMore() throws {
        let strict = try CLIRunner.run(["align", Self.seedEnglish, Self.seedKorean, "--review-threshold", "1"])
        #expect(strict.status == 0)
        #expect(strict.stdout.contains("REVIEW"))
        let bad = try CLIRunner.run(["align", Self.seedEnglish, Self.seedKorean, "--review-threshold", "3"])
        #expect(bad.status != 0)
    }

    @Test func swappedFilesAreRefusedSayingWhichIsWhich() throws {
        let result = try CLIRunner.run(["align", Self.seedKorean, Self.seedEnglish])
        #expect(result.status == 2)
        #expect(result.stderr.contains("swapped"))
        #expect(result.stderr.contains("\(Self.seedKorean) is Korean"))
    }

    @Test func twoEnglishOrTwoKoreanFiles() throws {
        let english = try CLIRunner.run(["align", Self.seedEnglish, "seeds/001_5f665c2d8f37da1c.txt"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("both files are English"))
        let korean = try CLIRunner.run(["align", "seeds/001_5f665c2d8f37da1c.ko.txt", Self.seedKorean])
        #expect(korean.status == 2)
        #expect(korean.stderr.contains("both files are Korean"))
    }

    @Test func badInputFiles() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("binary.txt"))
        var invalid = Data("North Korea.\n".utf8)
        invalid.append(contentsOf: [0xFF, 0xFE])
        try invalid.write(to: dir.appendingPathComponent("invalid.txt"))
        try Data(String(repeating: "tokens ", count: 800_000).utf8).write(to: dir.appendingPathComponent("huge.txt"))
        try Data("<html><body><nav>Home</nav></body></html>".utf8).write(to: dir.appendingPathComponent("nobody.html"))
        let korean = CLIRunner.packageRoot.appendingPathComponent(Self.seedKorean).path

        let cases: [(String, String)] = [
            ("empty.txt", "empty"), ("binary.txt", "binary.txt"), ("invalid.txt", "byte 13"),
            ("huge.txt", "limit"), ("nobody.html", "no article body"), ("missing.txt", "no such file"),
        ]
        for (file, expected) in cases {
            let result = try CLIRunner.run(["align", file, korean], in: dir)
            #expect(result.status == 1, "\(file): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains(expected), "\(file): \(result.stderr)")
            #expect(result.stderr.contains("error:"), "\(file)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func explicitGlossaryMustExist() throws {
        let result = try CLIRunner.run(["align", Self.seedEnglish, Self.seedKorean, "--glossary", "no/such/glossary.tbx"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no such glossary"))
        let ok = try CLIRunner.run(["align", Self.seedEnglish, Self.seedKorean, "--glossary", "glossary/dailynk.tbx", "--format", "json"])
        #expect(ok.status == 0, "\(ok.stderr)")
    }
}

/// HTML and Markdown inputs through the CLI.
@Suite struct AlignFormatsTests {
    @Test func htmlEnglishWithMarkdownKorean() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Flood - Daily NK</title></head><body>
        <nav><p>Home News Analysis</p></nav>
        <div class="share"><p>Share this</p></div>
        <article><h1>Floods hit Sinuiju</h1><div class="article-body">
        <p>Torrential rain last week caused severe flooding in Sinuiju, North Pyongan Province.</p>
        <p>“More than 1,000 homes were flooded,” a source told Daily NK on July 31.</p>
        <figure><figcaption>The Yalu River in Sinuiju. / Image: Daily NK</figcaption></figure>
        <p>At least 30 people were killed or went missing.</p>
        <p>*Translated by Violet Kim</p></div></article>
        <footer><p>Copyright Daily NK</p></footer></body></html>
        """
        let markdown = """
        <!-- kogloss: reconstructed Korean source -->
        # 신의주 홍수

        지난주 내린 집중호우로 평안북도 신의주시 일대에서 큰 홍수 피해가 발생했다.

        소식통은 7월 31일 데일리NK에 "살림집 1,000여 채가 물에 잠겼다"고 전했다.

        최소 30여 명이 숨지거나 실종됐다.
        """
        try Data(html.utf8).write(to: dir.appendingPathComponent("flood.html"))
        try Data(markdown.utf8).write(to: dir.appendingPathComponent("flood.ko.md"))
        let result = try CLIRunner.run(["align", "flood.html", "flood.ko.md", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let english = try #require(object["en"] as? [String])
        #expect(english.count == 6)
        #expect(!english.contains { $0.contains("Share") || $0.contains("Home") || $0.contains("Copyright") })
        let beads = try #require(object["beads"] as? [[String: Any]])
        let shape = beads.map { "\($0["ko"]!)-\($0["en"]!)" }.map { $0.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "") }
        #expect(shape == ["[0]-[0]", "[1]-[1]", "[2]-[2]", "[]-[3]", "[3]-[4]", "[]-[5]"], "\(shape)")
    }
}
