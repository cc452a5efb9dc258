import Testing
@testable import KoglossText

@Suite struct InputErrorTests {
    @Test func formatsLineAndColumn() {
        let error = InputError(file: "g.tbx", line: 3, column: 7, message: "unexpected end of file", hint: "check the file is complete")
        #expect(error.description == "g.tbx:3:7: error: unexpected end of file; check the file is complete")
    }

    @Test func formatsByteOffset() {
        let error = InputError(byteOffset: 12, message: "invalid UTF-8").inFile("a.txt")
        #expect(error.description == "a.txt: byte 12: error: invalid UTF-8")
    }
}
