import Foundation
import Testing

/// Broken files given to `glossary import` (and broken termbases): a clear one-line error, a non-zero
/// exit status, and the termbase on disk unchanged.
@Suite struct GlossaryBadInputTests {
    static let good = """
    <conceptEntry id="a"><langSec xml:lang="ko"><termSec><term>보위국</term></termSec></langSec>
    <langSec xml:lang="en"><termSec><term>Military Security Command</term></termSec></langSec></conceptEntry>
    """

    static func tbx(_ concepts: String, prolog: String = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") -> String {
        prolog + "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"ko\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
            + "<tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>\n\(concepts)\n</body></text>\n</tbx>\n"
    }

    static var billionLaughs: String {
        var dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 { dtd += "<!ENTITY lol\(i) \"\(String(repeating: i == 1 ? "&lol;" : "&lol\(i - 1);", count: 10))\">\n" }
        return tbx(good.replacingOccurrences(of: "보위국", with: "&lol9;"), prolog: dtd + "]>\n")
    }

    static let cases: [(name: String, file: String, content: Data, message: String)] = [
        ("truncated", "t.tbx", Data(String(tbx(good).dropLast(30)).utf8), "t.tbx:"),
        ("wrong root", "t.tbx", Data("<?xml version=\"1.0\"?>\n<html/>".utf8), "wrong root element <html>"),
        ("no languages", "t.tbx", Data(tbx("<conceptEntry id=\"a\"/>").utf8), "has no terms"),
        ("one language", "t.tbx", Data(tbx("<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>x</term></termSec></langSec></conceptEntry>").utf8), "one language only"),
        ("duplicate ids", "t.tbx", Data(tbx(good + "\n" + good).utf8), "duplicate concept id 'a'"),
        ("unknown language", "t.tbx", Data(tbx(good.replacingOccurrences(of: "\"en\"", with: "\"zz\"")).utf8), "unknown language code 'zz'"),
        ("invalid UTF-8", "t.tbx", { var d = Data(tbx(good).utf8); d[d.range(of: Data("보".utf8))!.lowerBound] = 0xFF; return d }(), "UTF-8"),
        ("billion laughs", "t.tbx", Data(billionLaughs.utf8), "t.tbx:"),
        ("external entity", "t.tbx", Data(tbx(good.replacingOccurrences(of: "보위국", with: "&xxe;"),
                                              prolog: "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n").utf8), "t.tbx:"),
        ("empty file", "t.tbx", Data(), "empty"),
        ("ragged CSV", "t.csv", Data("ko,en\n보위국,Military Security Command\n국가보위성\n".utf8), "t.csv:3:1: error: row has 1 fields, the header has 2"),
        ("mismatched quotes", "t.csv", Data("ko,en\n보위국,\"Military Security Command\n".utf8), "t.csv:2:5: error: unterminated quoted field"),
        ("stray quote", "t.csv", Data("ko,en\n보위국,Military \"Security\" Command\n".utf8), "t.csv:2:14: error: stray quote"),
        ("unknown column", "t.csv", Data("ko,en,colour\n가,a,red\n".utf8), "t.csv:1:7: error: unknown column 'colour'"),
    ]

    @Test(arguments: cases.indices)
    func badImportLeavesTheTermbaseUnchanged(_ index: Int) throws {
        let c = Self.cases[index]
        let dir = try GlossaryLookupTests.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let termbase = dir.appendingPathComponent("glossary/sample.tbx")
        let before = try Data(contentsOf: termbase)
        let input = dir.appendingPathComponent(c.file)
        try c.content.write(to: input)
        let r = try CLIRunner.run(["glossary", "import", c.file], in: dir)
        #expect(r.status == 65, "\(c.name): \(r.stderr)")
        #expect(r.stderr.contains(c.message), "\(c.name): \(r.stderr)")
        #expect(!r.stderr.contains("root:x:0:0"))
        #expect(r.stderr.split(separator: "\n").count == 1, "\(c.name): \(r.stderr)")
        #expect(try Data(contentsOf: termbase) == before, "\(c.name)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("glossary").path).filter { $0.contains(".tmp") }.isEmpty)
    }

    @Test func csvWithBOMAndCRLFImports() throws {
        let dir = try GlossaryLookupTests.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("id,ko,en,en_deprecated,notes\r\nsocial-security,사회안전성,Ministry of Social Security,\"Ministry of People's Security\",\"Renamed in 2020; \"\"MSS\"\" is wrong\"\r\n".utf8))
        try data.write(to: dir.appendingPathComponent("new.csv"))
        let r = try CLIRunner.run(["glossary", "import", "new.csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let show = try CLIRunner.run(["glossary", "show", "social-security"], in: dir)
        #expect(show.stdout.contains("Ministry of People's Security (deprecated)"))
        #expect(show.stdout.contains("note: Renamed in 2020; \"MSS\" is wrong"))
    }
}
