import KoglossText

/// Compares matched English bytes with an ASCII term as `RomanizationRule.normalized` does (quotes,
/// dashes and Unicode spaces folded, runs of white space as one space, none at the ends), without
/// building strings: runs for every name match. Answers nil when the text holds anything else outside
/// ASCII or a carriage return, for the caller to compare the normalised strings.
enum FoldedTermComparison {
    static func equal(_ surface: UnsafeBufferPointer<UInt8>, asciiTerm term: UnsafeBufferPointer<UInt8>) -> Bool? {
        var plain = true
        var i = 0
        while i < surface.count {
            let b = surface[i]
            if b == 0x0D { return nil }
            if b < 0x80 { i += 1; continue }
            plain = false
            let (scalar, length) = UTF8Decoding.scalar(at: i, in: surface)
            guard TextNormalizer.folded(scalar) != nil else { return nil }
            i += length
        }
        if term.contains(0x0D) { return nil }
        var a = NormalizedBytes(surface, decodes: !plain)
        var b = NormalizedBytes(term, decodes: false)
        while true {
            let x = a.next(), y = b.next()
            if x != y { return false }
            if x == nil { return true }
        }
    }

    /// The bytes of the normalised form, one at a time (every folded scalar is ASCII).
    private struct NormalizedBytes {
        let bytes: UnsafeBufferPointer<UInt8>
        let decodes: Bool
        var i = 0
        var started = false
        var pendingSpace = false
        var held: UInt8? = nil

        init(_ bytes: UnsafeBufferPointer<UInt8>, decodes: Bool) {
            self.bytes = bytes
            self.decodes = decodes
        }

        mutating func next() -> UInt8? {
            if let h = held { held = nil; return h }
            while i < bytes.count {
                var b = bytes[i]
                if b < 0x80 || !decodes {
                    i += 1
                } else {
                    let (scalar, length) = UTF8Decoding.scalar(at: i, in: bytes)
                    b = UInt8(truncatingIfNeeded: (TextNormalizer.folded(scalar) ?? "?").value)
                    i += length
                }
                if b == 0x20 || b == 0x0A || b == 0x09 {
                    if started { pendingSpace = true }
                    continue
                }
                started = true
                if pendingSpace {
                    pendingSpace = false
                    held = b
                    return 0x20
                }
                return b
            }
            return nil
        }
    }
}
