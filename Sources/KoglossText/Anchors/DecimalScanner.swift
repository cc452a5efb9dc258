import Foundation

/// Byte-level helpers shared by the English and Korean anchor scanners: ASCII classes, decimal numbers with
/// thousands separators and fractions, and pattern tests at an offset.
enum DecimalScanner {
    struct Parsed {
        var value: Decimal
        var end: Int
        var integerDigits: Int
        var hasSeparator: Bool
        var hasFraction: Bool
        /// The value when it is a plain integer that fits (used for days, months, years).
        var integer: Int?
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    /// A decimal number starting at `i` (a digit): 200, 1,000, 1.5, 12,345.67.
    static func parse(_ b: [UInt8], _ i: Int) -> Parsed? {
        let n = b.count
        guard i < n, isDigit(b[i]) else { return nil }
        var j = i
        var text = [UInt8]()
        while j < n && isDigit(b[j]) { text.append(b[j]); j += 1 }
        let firstGroup = j - i
        var separator = false
        // Thousands groups: exactly three digits after each comma, only after a 1-3 digit head.
        if firstGroup <= 3 {
            while j + 3 < n && b[j] == UInt8(ascii: ",") && isDigit(b[j + 1]) && isDigit(b[j + 2]) && isDigit(b[j + 3])
                    && !(j + 4 < n && isDigit(b[j + 4])) {
                text.append(contentsOf: b[(j + 1)...(j + 3)])
                j += 4
                separator = true
            }
        }
        let integerDigits = text.count
        var fraction = false
        if j + 1 < n && b[j] == UInt8(ascii: ".") && isDigit(b[j + 1]) {
            text.append(UInt8(ascii: "."))
            j += 1
            while j < n && isDigit(b[j]) { text.append(b[j]); j += 1 }
            fraction = true
        }
        guard let value = Decimal(string: String(decoding: text, as: UTF8.self), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        var integer: Int?
        if !fraction && integerDigits <= 12 { integer = Int(String(decoding: text, as: UTF8.self)) }
        return Parsed(value: value, end: j, integerDigits: integerDigits, hasSeparator: separator, hasFraction: fraction, integer: integer)
    }

    /// Canonical text of a value: no exponent, no trailing fraction zeros ("1000", "1.5").
    static func canonical(_ value: Decimal) -> String {
        value.description
    }

    /// `value * 10^exponent`.
    static func scaled(_ value: Decimal, _ exponent: Int) -> Decimal {
        value * Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

    /// Whether `pattern` occurs at `i`.
    @inline(__always)
    static func matches(_ b: [UInt8], _ i: Int, _ pattern: [UInt8]) -> Bool {
        guard i >= 0, i + pattern.count <= b.count else { return false }
        var k = 0
        while k < pattern.count {
            if b[i + k] != pattern[k] { return false }
            k += 1
        }
        return true
    }

    /// Index after spaces (ASCII space, tab, NBSP) starting at `i`.
    static func skipSpaces(_ b: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < b.count {
            if b[j] == 0x20 || b[j] == 0x09 { j += 1 }
            else if j + 1 < b.count && b[j] == 0xC2 && b[j + 1] == 0xA0 { j += 2 }
            else { break }
        }
        return j
    }
}
