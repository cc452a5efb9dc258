import Foundation

/// Cleans text read from TBX: NFC, whitespace runs (pretty-printing line breaks and tabs) collapsed to
/// one space, trimmed.
enum TermText {
    static func clean(_ raw: String) -> String {
        // Fast path: plain ASCII with single inner spaces is already clean.
        var simple = true
        var previousSpace = true
        for byte in raw.utf8 {
            if byte >= 0x80 || byte == 0x0A || byte == 0x09 || byte == 0x0D { simple = false; break }
            if byte == 0x20 {
                if previousSpace { simple = false; break }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        if simple && !previousSpace { return raw }
        var collapsed = ""
        collapsed.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                pendingSpace = !collapsed.isEmpty
            } else {
                if pendingSpace { collapsed.unicodeScalars.append(" ") }
                pendingSpace = false
                collapsed.unicodeScalars.append(scalar)
            }
        }
        return isNFCQuickCheck(collapsed) ? collapsed : collapsed.precomposedStringWithCanonicalMapping
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
