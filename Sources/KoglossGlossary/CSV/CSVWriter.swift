/// Writes RFC 4180 CSV (or TSV): fields quoted only when they contain the separator, a quote or a line
/// break; quotes doubled; LF line ends; UTF-8 without BOM.
public enum CSVWriter {
    public static func write(_ rows: [[String]], separator: Character = ",") -> String {
        var out = ""
        for row in rows {
            out += row.map { quote($0, separator: separator) }.joined(separator: String(separator))
            out += "\n"
        }
        return out
    }

    static func quote(_ field: String, separator: Character) -> String {
        let needsQuotes = field.contains(separator) || field.contains("\"") || field.contains("\n") || field.contains("\r")
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
