import Foundation

/// Comparison key for romanised Korean names, which are spelt many ways (Kim Jong-un, Kim Jong Un,
/// Kim Jongun, Kim Jŏng-ŭn): letters and digits only, lower-cased, diacritics removed.
public enum RomanizationKey {
    /// Equal for romanisation variants: lower-cased, diacritics removed, hyphens, spaces and apostrophes removed:
    /// "Kim Jong-un", "Kim Jong Un", "Kim Jongun" -> "kimjongun".
    public static func key(_ s: String) -> String {
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
