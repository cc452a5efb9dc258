import Testing
@testable import KoglossText

@Suite struct DecimalScannerTests {
    func parse(_ text: String) -> DecimalScanner.Parsed? {
        Array(text.utf8).withUnsafeBufferPointer { DecimalScanner.parse($0, 0) }
    }

    @Test(arguments: [
        ("200", "200", 3), ("1,000 troops", "1000", 5), ("12,345.670x", "12345.67", 10), ("007", "7", 3), ("0.5", "0.5", 3),
        ("3.0", "3", 3), ("1,00", "1", 1), ("1234,567", "1234", 4), ("31.", "31", 2), ("1,000,000", "1000000", 9),
    ])
    func parsesCanonicalValues(_ text: String, _ canonical: String, _ end: Int) throws {
        let parsed = try #require(parse(text))
        #expect(parsed.canonical == canonical)
        #expect(parsed.end == end)
    }

    @Test func reportsShape() throws {
        let year = try #require(parse("2023"))
        #expect(year.integer == 2023 && year.integerDigits == 4 && !year.hasSeparator && !year.hasFraction)
        let grouped = try #require(parse("2,023"))
        #expect(grouped.hasSeparator && grouped.integer == 2023)
        let fraction = try #require(parse("1.5"))
        #expect(fraction.integer == nil && fraction.hasFraction)
        #expect(DecimalScanner.canonical(DecimalScanner.scaled(fraction.value, 4)) == "15000")
        #expect(parse("x1") == nil)
    }

    @Test func handlesNumbersTooLongForAnInt() throws {
        let parsed = try #require(parse("123456789012345678901234"))
        #expect(parsed.mantissa == nil)
        #expect(parsed.canonical == "123456789012345678901234")
        #expect(DecimalScanner.canonical(parsed.value) == "123456789012345678901234")
    }

    /// `letterEnd` reads eight bytes at a time: it must stop exactly where the byte loop stops, for every byte
    /// value at every position of the load (and in the tail shorter than a load).
    @Test func letterEndStopsWhereTheByteLoopStops() {
        for c in 0...255 {
            for position in 0..<20 {
                var bytes = Array("aBcDeFgHiJkLmNoPqRsT".utf8)
                bytes[position] = UInt8(c)
                bytes.withUnsafeBufferPointer { b in
                    for start in 0...b.count {
                        var expected = start
                        while expected < b.count && DecimalScanner.isLetter(b[expected]) { expected += 1 }
                        #expect(DecimalScanner.letterEnd(b, start) == expected, "byte \(c) at \(position) from \(start)")
                    }
                }
            }
        }
    }
}
