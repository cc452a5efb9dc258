import Foundation

/// Byte-level helpers shared by the English and Korean anchor scanners: ASCII classes, decimal numbers with
/// thousands separators and fractions, and pattern tests at an offset.
enum DecimalScanner {
    struct Parsed {
        /// Digits without separators, times 10^-fractionDigits; nil when it does not fit in an Int.
        var mantissa: Int?
        var fractionDigits: Int
        /// Canonical text ("1000", "1.5"): leading zeros and trailing fraction zeros removed.
        var canonical: String
        var end: Int
        var integerDigits: Int
        var hasSeparator: Bool
        var hasFraction: Bool
        /// The value when it is a plain integer that fits (used for days, months, years).
        var integer: Int? { hasFraction ? nil : mantissa }
        /// The exact value, for arithmetic with multipliers (만, million).
        var value: Decimal {
            if let mantissa { return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(mantissa)) }
            return Decimal(string: canonical, locale: posix) ?? 0
        }
    }

    static let posix = Locale(identifier: "en_US_POSIX")

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    /// The first index from `start` whose byte is no ASCII letter (or the end), eight bytes at a time.
    @inline(__always)
    static func letterEnd(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        ASCIIRunEnd.letters(b, from: start)
    }

    /// A decimal number starting at `i` (a digit): 200, 1,000, 1.5, 12,345.67.
    /// Reads the digits in place (no buffer per number): they are the first group, then three after each comma,
    /// then the fraction.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Parsed? {
        let n = b.count
        guard i < n, isDigit(b[i]) else { return nil }
        var j = i
        while j < n && isDigit(b[j]) { j += 1 }
        let firstGroup = j - i
        var separator = false
        // Thousands groups: exactly three digits after each comma, only after a 1-3 digit head.
        if firstGroup <= 3 {
            while j + 3 < n && b[j] == UInt8(ascii: ",") && isDigit(b[j + 1]) && isDigit(b[j + 2]) && isDigit(b[j + 3])
                    && !(j + 4 < n && isDigit(b[j + 4])) {
                j += 4
                separator = true
            }
        }
        let integerDigits = firstGroup + (j - i - firstGroup) / 4 * 3
        var fractionDigits = 0
        let fractionStart = j + 1
        if j + 1 < n && b[j] == UInt8(ascii: ".") && isDigit(b[j + 1]) {
            j += 1
            while j < n && isDigit(b[j]) { j += 1; fractionDigits += 1 }
        }
        // The byte of logical digit k (integer digits without commas, then fraction digits).
        @inline(__always) func digit(_ k: Int) -> UInt8 {
            if k < firstGroup { return b[i + k] }
            if k < integerDigits {
                let r = k - firstGroup
                return b[i + firstGroup + (r / 3) * 4 + 1 + r % 3]
            }
            return b[fractionStart + k - integerDigits]
        }
        // Canonical digits: drop trailing fraction zeros, then leading integer zeros.
        var last = integerDigits + fractionDigits
        var keptFraction = fractionDigits
        while keptFraction > 0 && digit(last - 1) == UInt8(ascii: "0") { last -= 1; keptFraction -= 1 }
        var first = 0
        while first < integerDigits - 1 && digit(first) == UInt8(ascii: "0") { first += 1 }
        let canonicalCount = integerDigits - first + (keptFraction > 0 ? 1 + keptFraction : 0)
        // At most 15 bytes make a small string: no allocation for the usual number.
        let canonical = String(unsafeUninitializedCapacity: canonicalCount) { out in
            var w = 0
            for k in first..<integerDigits { out[w] = digit(k); w += 1 }
            if keptFraction > 0 {
                out[w] = UInt8(ascii: "."); w += 1
                for k in integerDigits..<last { out[w] = digit(k); w += 1 }
            }
            return w
        }
        var mantissa: Int? = nil
        if last - first <= 18 {
            var m = 0
            for k in first..<last { m = m * 10 + Int(digit(k) - 0x30) }
            mantissa = m
        }
        return Parsed(mantissa: mantissa, fractionDigits: keptFraction, canonical: canonical,
                      end: j, integerDigits: integerDigits, hasSeparator: separator, hasFraction: fractionDigits > 0)
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
    static func matches(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ pattern: [UInt8]) -> Bool {
        guard i >= 0, i + pattern.count <= b.count else { return false }
        var k = 0
        while k < pattern.count {
            if b[i + k] != pattern[k] { return false }
            k += 1
        }
        return true
    }

    /// Index after spaces (ASCII space, tab, NBSP) starting at `i`.
    static func skipSpaces(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i
        while j < b.count {
            if b[j] == 0x20 || b[j] == 0x09 { j += 1 }
            else if j + 1 < b.count && b[j] == 0xC2 && b[j + 1] == 0xA0 { j += 2 }
            else { break }
        }
        return j
    }
}
