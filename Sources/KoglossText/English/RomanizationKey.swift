import Foundation

/// Comparison key for romanised Korean names, which are spelt many ways (Kim Jong-un, Kim Jong Un,
/// Kim Jongun, Kim Jŏng-ŭn): letters and digits only, lower-cased, diacritics removed.
public enum RomanizationKey {
    /// Equal for romanisation variants: lower-cased, diacritics removed, hyphens, spaces and apostrophes removed:
    /// "Kim Jong-un", "Kim Jong Un", "Kim Jongun" -> "kimjongun".
    public static func key(_ s: String) -> String {
        // ASCII fast path: keep letters (lower-cased) and digits.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = [UInt8]()
            bytes.reserveCapacity(s.utf8.count)
            for b in s.utf8 {
                if b >= 0x41 && b <= 0x5A { bytes.append(b | 0x20) }
                else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { bytes.append(b) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 0x20)!) }
                else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { out.append(scalar) }
                continue
            }
            if v >= 0x0300 && v <= 0x036F { continue }   // combining diacritics
            if let ascii = TextNormalizer.folded(scalar), ascii.value < 0x80 {
                if ascii.properties.isAlphabetic || (ascii.value >= 0x30 && ascii.value <= 0x39) {
                    out.append(contentsOf: String(ascii).lowercased().unicodeScalars)
                }
                continue
            }
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { continue }
            // Decompose accented Latin letters (ŏ -> o + breve) and keep the base letter.
            for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            where !(part.value >= 0x0300 && part.value <= 0x036F) {
                out.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }
}
