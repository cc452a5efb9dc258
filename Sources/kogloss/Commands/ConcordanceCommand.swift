import ArgumentParser
import Foundation
import KoglossCorpus
import KoglossText

/// `kogloss concordance QUERY`: every aligned paragraph pair where a word or phrase occurs, hit highlighted.
struct ConcordanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concordance",
        abstract: "Search the corpus in Korean or English; show each hit with its aligned paragraph.",
        discussion: """
        Korean queries match through particles (전략군 finds 전략군에서); words of 3+ characters also match inside
        compounds, shorter ones match whole stems. English queries are phrases matched with stemming (force finds forces).
        Hits are bold on a terminal, [[marked]] otherwise; --json gives UTF-8 byte offsets.
        """
    )

    @Argument(help: "Word or phrase, Korean or English.") var query: String
    @Option(name: .long, help: "Most hits to show.") var limit: Int = 20
    @Flag(name: .long, help: "JSON output with highlight byte offsets.") var json = false
    @OptionGroup var storeOptions: CorpusStoreOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() async throws {
        let hits: [ConcordanceHit]
        do {
            hits = try storeOptions.openExisting().concordance(query, limit: limit)
        } catch {
            exitWithCorpusError(error)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: (try? encoder.encode(hits)) ?? Data("[]".utf8), as: UTF8.self))
            return
        }
        if hits.isEmpty { print("No matches for \(query)."); return }
        let env = ProcessInfo.processInfo.environment
        let bold = isatty(STDOUT_FILENO) == 1 && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
        for hit in hits {
            let side = hit.language == .korean ? "ko" : "en"
            var header = "── pair \(hit.pairID)"
            if let title = hit.title { header += " · \(title)" }
            header += " · \(side) ¶\(hit.paragraphIndex)"
            if let confidence = hit.confidence { header += String(format: " · confidence %.2f", confidence) }
            print(header)
            for line in hit.korean { print("  ko ¶\(line.index): " + marked(line, bold: bold)) }
            for line in hit.english { print("  en ¶\(line.index): " + marked(line, bold: bold)) }
            if hit.korean.isEmpty { print("  ko: (no aligned paragraph)") }
            if hit.english.isEmpty { print("  en: (no aligned paragraph)") }
        }
        print("\(hits.count) hit\(hits.count == 1 ? "" : "s")\(hits.count == limit ? " (limit reached; see --limit)" : "")")
    }

    /// The line's text with its highlight ranges wrapped in ANSI bold or [[ ]].
    func marked(_ line: ConcordanceHit.Line, bold: Bool) -> String {
        let bytes = Array(line.text.utf8)
        var out: [UInt8] = []
        var position = 0
        let (open, close) = bold ? ("\u{1B}[1m", "\u{1B}[0m") : ("[[", "]]")
        for range in line.highlights where range.lowerBound >= position && range.upperBound <= bytes.count {
            out += bytes[position..<range.lowerBound]
            out += Array(open.utf8) + bytes[range] + Array(close.utf8)
            position = range.upperBound
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }
}
