import Foundation
import KoglossText
import Testing
@testable import KoglossGlossary

@Suite struct CSVParserTests {
    func parse(_ text: String, _ sep: Character = ",") throws -> [[String]] {
        try CSVParser.parse(Data(text.utf8), separator: sep, file: "t.csv").map(\.fields)
    }

    func error(_ text: String) -> InputError? {
        do { _ = try parse(text); return nil } catch { return error as? InputError }
    }

    @Test func quotedFieldsWithSeparatorsQuotesAndNewlines() throws {
        let rows = try parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n")
        #expect(rows == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["", "", ""]])
    }

    @Test func crlfBOMAndBlankLines() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("a,b\r\n\r\n1,2\r\n".utf8))
        #expect(try CSVParser.parse(data, file: nil).map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func tabSeparated() throws {
        #expect(try parse("a\tb\n\"x\ty\"\tz\n", "\t") == [["a", "b"], ["x\ty", "z"]])
    }

    @Test func recordsKnowTheirLinesAndColumns() throws {
        let records = try CSVParser.parse(Data("a,bb,c\n\"1\n2\",x,y\nu,v,w".utf8), file: nil)
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(records[0].columns == [1, 3, 6])
    }

    @Test func errorsNameLineAndColumn() throws {
        let unterminated = try #require(error("a,b\n1,\"open\n"))
        #expect((unterminated.line, unterminated.column) == (2, 3))
        let stray = try #require(error("a,b\n1,x\"y\n"))
        #expect((stray.line, stray.column) == (2, 4))
        let after = try #require(error("a,b\n\"x\"y,1\n"))
        #expect((after.line, after.column) == (2, 4))
        let ragged = try #require(error("a,b\n1,2\n3\n"))
        #expect(ragged.line == 3)
        #expect(ragged.message.contains("1 fields"))
    }

    @Test func invalidUTF8IsAnError() {
        var data = Data("a,b\n".utf8)
        data.append(contentsOf: [0xFF, 0x2C, 0x31, 0x0A])
        #expect(throws: InputError.self) { _ = try CSVParser.parse(data, file: "t.csv") }
    }

    @Test func writerQuotesOnlyWhenNeededAndRoundTrips() throws {
        let rows = [["plain", "with, comma", "quote \"q\"", "new\nline", " padded"], ["", "보위국", "x", "y", "z"]]
        let text = CSVWriter.write(rows)
        #expect(text.hasPrefix("plain,\"with, comma\",\"quote \"\"q\"\"\""))
        #expect(try parse(text) == rows)
    }
}
