import Foundation

/// Finds an article's date in its text: a front-matter `date:` line, or a date on the first non-empty
/// line (`2024-03-31`, `March 31, 2024`, `Mar. 31, 2024`, `31 March 2024`, `2024년 3월 31일`).
public enum ArticleDate {
    /// `YYYY-MM-DD`, or nil when the text does not state a date where expected.
    public static func detect(in text: String) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
            lines = lines.dropFirst()
            for line in lines {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed == "---" { break }
                if trimmed.lowercased().hasPrefix("date:") { return parse(String(trimmed.dropFirst(5))) }
            }
            return nil
        }
        guard let first = lines.first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("<!--") }) else { return nil }
        return parse(String(first))
    }

    /// Validates a `YYYY-MM-DD` date given on the command line.
    public static func isValidISODate(_ s: String) -> Bool { parse(s) == s }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The first date written in `s`, as `YYYY-MM-DD`.
    static func parse(_ s: String) -> String? {
        let text = s.trimmingCharacters(in: .whitespaces)
        if let m = text.firstMatch(of: #/(\d{4})-(\d{1,2})-(\d{1,2})/#) {
            return iso(Int(m.1)!, Int(m.2)!, Int(m.3)!)
        }
        if let m = text.firstMatch(of: #/(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/#) {
            return iso(Int(m.1)!, Int(m.2)!, Int(m.3)!)
        }
        if let m = text.firstMatch(of: #/([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/#), let month = month(String(m.1)) {
            return iso(Int(m.3)!, month, Int(m.2)!)
        }
        if let m = text.firstMatch(of: #/(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/#), let month = month(String(m.2)) {
            return iso(Int(m.3)!, month, Int(m.1)!)
        }
        return nil
    }

    private static func month(_ name: String) -> Int? {
        let lower = name.lowercased()
        guard let i = months.firstIndex(where: { lower.hasPrefix($0) }) else { return nil }
        return i + 1
    }

    private static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2200).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
