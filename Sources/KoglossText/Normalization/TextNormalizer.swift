import Foundation

/// Unicode normalisation shared by every layer: NFC for storage and comparison, and a folding for
/// forgiving matching that maps typographic variants (full-width forms, curly quotes, dashes, exotic
/// spaces) to their plain ASCII counterparts.
public enum TextNormalizer {
    /// The string in Unicode Normalization Form C (composed Hangul syllables, composed accents).
    public static func nfc(_ s: String) -> String {
        if isKnownNFC(s) { return s }
        return s.precomposedStringWithCanonicalMapping
    }

    /// NFC; full-width ASCII forms -> ASCII (Ａ->A, ０->0, ，->,); curly quotes -> straight; dashes (‐‑‒–—―) -> "-";
    /// NBSP and other Unicode spaces -> " ". One-to-one on characters, so offsets stay close.
    public static func foldForMatching(_ s: String) -> String {
        var composed = nfc(s)
        // Nothing folds in pure ASCII.
        if composed.utf8.allSatisfy({ $0 < 0x80 }) { return composed }
        let result = composed.withUTF8 { MatchFolding.fold($0, lowercase: false, wantMap: false) }
        return result.changed ? String(decoding: result.bytes, as: UTF8.self) : composed
    }

    /// The ASCII replacement of one scalar under `foldForMatching`, or nil when it is kept as is.
    @inline(__always)
    public static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0xA0 { return nil }
        switch v {
        case 0xFF01...0xFF5E: return Unicode.Scalar(v - 0xFEE0)   // full-width ASCII block, ＇ and ＂ included
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return "\""
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63: return "-"
        default: return nil
        }
    }

    /// Cheap NFC_Quick_Check over ranges that can never change under NFC (see `NFCQuickCheck`).
    static func isKnownNFC(_ s: String) -> Bool {
        UTF8Decoding.withBytes(of: s) { NFCQuickCheck.isKnownNFC($0) }
    }
}
