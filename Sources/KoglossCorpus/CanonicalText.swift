import Foundation
import KoglossAlign
import KoglossText

/// NFC normalisation with a fast path: text that can only be NFC already (ASCII, Latin-1, Hangul
/// syllables, most CJK and punctuation) is returned as is; anything that might not be goes through
/// Foundation. Import normalises every paragraph, and Foundation's bridging dominated its profile.
enum CanonicalText {
    /// The NFC form of `s`.
    static func nfc(_ s: String) -> String {
        mayNeedNormalization(s) ? s.precomposedStringWithCanonicalMapping : s
    }

    /// False only when every scalar is certainly NFC-stable in any context.
    static func mayNeedNormalization(_ s: String) -> Bool {
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x300 || (0xAC00...0xD7A3).contains(v) { continue }
            // Conjoining jamo compose into syllables; ranges with composition exclusions or singletons.
            if (0x1100...0x11FF).contains(v) || (0x0900...0x0FFF).contains(v) || (0x1F00...0x1FFF).contains(v)
                || (0x2000...0x2001).contains(v) || (0x2126...0x212B).contains(v) || (0x2329...0x232A).contains(v)
                || v == 0x2ADC || (0xF900...0xFAFF).contains(v) || (0xFB1D...0xFB4F).contains(v)
                || (0x1D100...0x1D1FF).contains(v) || (0x2F800...0x2FA1F).contains(v) || (0x0340...0x0387).contains(v) {
                return true
            }
            if scalar.properties.canonicalCombiningClass != .notReordered { return true }
        }
        return false
    }
}
