import Foundation
import KoglossText

/// One CSV/TSV record with the line it starts on.
public struct CSVRecord: Sendable, Hashable {
    public var fields: [String]
    /// 1-based line where the record starts.
    public var line: Int
    /// 1-based column (Unicode scalars) where each field starts, on the line where it starts.
    public var columns: [Int]
}

/// RFC 4180 CSV (and tab-separated) parsing with exact error positions: quoted fields with `""` escapes and
/// embedded separators or line breaks, CRLF or LF line ends, UTF-8 with or without BOM. Blank lines are
/// skipped. Errors name line and column: an unterminated quote, text after a closing quote, a stray quote
/// inside an unquoted field, and (in `parse(requireRectangular:)`) rows with the wrong number of fields.
public enum CSVParser {
    /// Decodes and parses `data`; `separator` is `,` for CSV and `\t` for TSV.
    public static func parse(_ data: Data, separator: Character = ",", file: String?, requireRectangular: Bool = true) throws -> [CSVRecord] {
        let text = try TextFileDecoder.decode(data, file: file)
        return try parse(text: text, separator: separator, file: file, requireRectangular: requireRectangular)
    }

    /// Parses decoded text (LF line ends).
    public static func parse(text: String, separator: Character = ",", file: String?, requireRectangular: Bool = true) throws -> [CSVRecord] {
        let sep = separator.unicodeScalars.first!
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 0
        var recordLine = 1
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        var state = State.fieldStart
        var quoteLine = 0, quoteColumn = 0
        var recordHasContent = false
        var columns: [Int] = []
        var fieldColumn = 1

        func error(_ message: String, _ l: Int, _ c: Int, hint: String) -> InputError {
            InputError(file: file, line: l, column: c, message: message, hint: hint)
        }
        func endField() {
            fields.append(String(field))
            columns.append(fieldColumn)
            field = String.UnicodeScalarView()
            fieldColumn = column + 1
        }
        func endRecord() {
            endField()
            // A line with nothing on it is skipped, not a record with one empty field.
            if recordHasContent || fields.count > 1 { records.append(CSVRecord(fields: fields, line: recordLine, columns: columns)) }
            fields = []
            columns = []
            recordHasContent = false
        }

        for scalar in text.unicodeScalars {
            column += 1
            switch state {
            case .fieldStart, .unquoted:
                if scalar == "\"" {
                    if state == .unquoted {
                        throw error("stray quote inside an unquoted field", line, column,
                                    hint: "quote the whole field and double the quote (\"\"), per RFC 4180")
                    }
                    state = .quoted
                    quoteLine = line
                    quoteColumn = column
                    recordHasContent = true
                } else if scalar == sep {
                    endField()
                    recordHasContent = true
                    state = .fieldStart
                } else if scalar == "\n" {
                    endRecord()
                    line += 1
                    column = 0
                    fieldColumn = 1
                    recordLine = line
                    state = .fieldStart
                } else {
                    field.append(scalar)
                    recordHasContent = true
                    state = .unquoted
                }
            case .quoted:
                if scalar == "\"" {
                    state = .quoteInQuoted
                } else {
                    field.append(scalar)
                    if scalar == "\n" {
                        line += 1
                        column = 0
                    }
                }
            case .quoteInQuoted:
                if scalar == "\"" {
                    field.append("\"")
                    state = .quoted
                } else if scalar == sep {
                    endField()
                    state = .fieldStart
                } else if scalar == "\n" {
                    endRecord()
                    line += 1
                    column = 0
                    fieldColumn = 1
                    recordLine = line
                    state = .fieldStart
                } else {
                    throw error("text after a closing quote", line, column,
                                hint: "a quoted field must end at the separator; double quotes inside it (\"\")")
                }
            }
        }
        if state == .quoted {
            throw error("unterminated quoted field (the quote opened here is never closed)", quoteLine, quoteColumn,
                        hint: "close the quote, and double any quote inside the field (\"\")")
        }
        if recordHasContent || !fields.isEmpty || !field.isEmpty { endRecord() }

        if requireRectangular, let header = records.first {
            for record in records.dropFirst() where record.fields.count != header.fields.count {
                throw InputError(file: file, line: record.line, column: 1,
                                 message: "row has \(record.fields.count) fields, the header has \(header.fields.count)",
                                 hint: "every row needs one value per column (leave a value empty, but keep its separator)")
            }
        }
        return records
    }
}
