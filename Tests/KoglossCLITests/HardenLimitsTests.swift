import Foundation
import Testing

/// Hostile sizes that are quick to build: each is refused with a message naming the limit (or handled),
/// never a crash or a hang. The slow ones (100 MB, 2 GB, 200,000 concepts) are in scripts/limits.sh.
@Suite struct HardenLimitsTests {
    static func write(_ text: String, _ name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    static func nested(_ open: String, _ close: String, depth: Int, inner: String) -> String {
        String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)
    }

    /// A crash shows as a signal (status > 128 through the shell, or an uncaught-signal termination).
    static func expectRefusal(_ result: CLIResult, status: Int32, mentioning words: [String], _ label: String) {
        #expect(result.status == status, "\(label): status \(result.status): \(result.stderr)")
        for word in words { #expect(result.stderr.contains(word), "\(label): \(result.stderr)") }
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"), "\(label) crashed: \(result.stderr)")
    }

    @Test func tbxNestedTenThousandDeepIsRefusedNamingTheDepthLimit() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-limits")
        defer { try? FileManager.default.removeItem(at: dir) }
        let header = #"<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>"#
        let deepNote = header + #"<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>x</term><note>"#
            + Self.nested("<hi>", "</hi>", depth: 10_000, inner: "deep") + "</note></termSec></langSec></conceptEntry></body></text></tbx>"
        let deepEntries = header + Self.nested(#"<conceptEntry id="a">"#, "</conceptEntry>", depth: 10_000, inner: "") + "</body></text></tbx>"
        try Self.write(deepNote, "note.tbx", in: dir)
        try Self.write(deepEntries, "entries.tbx", in: dir)
        for file in ["note.tbx", "entries.tbx"] {
            Self.expectRefusal(try CLIRunner.run(["lookup", "x", "--glossary", file], in: dir), status: 65, mentioning: ["depth", "256"], "lookup \(file)")
            Self.expectRefusal(try CLIRunner.run(["glossary", "import", file, "--glossary", "g.tbx"], in: dir),
                               status: 65, mentioning: ["depth", "256"], "glossary import \(file)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("g.tbx").path), "a refused import created the termbase")
        }
    }

    @Test func tmxNestedTenThousandDeepIsRefused() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-limits")
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmx = #"<?xml version="1.0"?><tmx version="1.4"><header srclang="ko"/><body><tu><tuv xml:lang="en"><seg>"#
            + Self.nested("<hi>", "</hi>", depth: 10_000, inner: "x") + #"</seg></tuv><tuv xml:lang="ko"><seg>y</seg></tuv></tu></body></tmx>"#
        try Self.write(tmx, "deep.tmx", in: dir)
        Self.expectRefusal(try CLIRunner.run(["import", "--tmx", "deep.tmx", "--store", "c.sqlite"], in: dir),
                           status: 2, mentioning: ["depth", "256"], "import --tmx")
    }

    @Test func htmlNestedTenThousandDeepDoesNotCrash() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-limits")
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = "<html><body><article>" + Self.nested("<div>", "</div>", depth: 10_000, inner: "<p>The Korean People's Army marched.</p>")
            + "</article></body></html>"
        try Self.write(html, "deep.html", in: dir)
        try Self.write("조선인민군이 행진했다.\n", "deep.ko.txt", in: dir)
        let result = try CLIRunner.run(["align", "deep.html", "deep.ko.txt"], in: dir)
        // libxml2's HTML parser stops nesting at its depth limit; kogloss then finds no article body.
        #expect(result.status == 0 || result.status == 2, "\(result.status): \(result.stderr)")
        #expect(result.status == 0 || result.stderr.contains("error:"), "\(result.stderr)")
    }

    @Test func fiveMegabyteParagraphIsRefusedNamingTheLimit() throws {
        let dir = try CLIRunner.temporaryDirectory("kogloss-harden-limits")
        defer { try? FileManager.default.removeItem(at: dir) }
        let sentence = "The Korean People's Army moved troops to Ryanggang Province on Mar. 31 while officials said nothing. "
        let paragraph = String(repeating: sentence, count: 5 * 1024 * 1024 / sentence.utf8.count + 1)
        try Self.write("Title line\n\n" + paragraph + "\n", "long.txt", in: dir)
        try Self.write("조선인민군이 행진했다.\n", "long.ko.txt", in: dir)
        let lint = try CLIRunner.run(["lint", "long.txt", "--glossary", CLIRunner.packageRoot.appendingPathComponent("glossary").path], in: dir)
        Self.expectRefusal(lint, status: 2, mentioning: ["100000-byte limit", "long.txt"], "lint")
        let align = try CLIRunner.run(["align", "long.txt", "long.ko.txt"], in: dir)
        Self.expectRefusal(align, status: 2, mentioning: ["100000-byte limit"], "align")
        let store = try CLIRunner.run(["import", "long.txt", "long.ko.txt", "--store", "c.sqlite"], in: dir)
        Self.expectRefusal(store, status: 2, mentioning: ["100000-byte limit"], "import")
    }
}
