import Foundation
import KoglossText

/// Cleans text read from TBX: NFC, whitespace runs (pretty-printing line breaks and tabs) collapsed to
/// one space, trimmed.
enum TermText {
    static func clean(_ raw: String) -> String {
        // Fast path: no leading, trailing or doubled spaces and no tabs/newlines (all ASCII bytes, so a
        // byte scan works for Hangul too); then only NFC can change anything.
        var simple = true
        var previousSpace = true
        for byte in raw.utf8 {
            if byte == 0x0A || byte == 0x09 || byte == 0x0D { simple = false; break }
            if byte == 0x20 {
                if previousSpace { simple = false; break }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        if simple && !previousSpace { return TextNormalizer.nfc(raw) }
        let collapsed = raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" })
            .joined(separator: " ")
        return TextNormalizer.nfc(collapsed)
    }

    /// True when the text certainly is NFC already: no combining marks and no conjoining Hangul jamo.
    static func isNFCQuickCheck(_ s: String) -> Bool {
        for scalar in s.unicodeScalars where scalar.value >= 0x300 {
            let v = scalar.value
            if (0x300...0x36F).contains(v) || (0x1100...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return false }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return false
            default: continue
            }
        }
        return true
    }
}
