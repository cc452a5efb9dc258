/// The byte-level engine behind `TextNormalizer.foldForMatching` and `FoldedText`: one pass over UTF-8,
/// copying ASCII and Hangul straight through and replacing only the scalars that fold, optionally recording
/// for every output byte the offset of the input byte it came from.
enum MatchFolding {
    /// Folds `input`; `map` (when requested) gets one original offset per output byte plus the end, or stays nil
    /// when every scalar kept its length (offsets are then identical). Bytes of unchanged scalars map one to one;
    /// all bytes of a replacement map to the start of the scalar it replaced.
    static func fold(_ input: UnsafeBufferPointer<UInt8>, lowercase: Bool, wantMap: Bool) -> (bytes: [UInt8], map: [Int32]?, changed: Bool) {
        let n = input.count
        var out = [UInt8]()
        out.reserveCapacity(n)
        var map = [Int32]()
        var mapping = false
        var changed = false
        var i = 0
        while i < n {
            let b = input[i]
            if b < 0x80 {
                if lowercase && b >= 0x41 && b <= 0x5A {
                    out.append(b | 0x20)
                    changed = true
                } else {
                    out.append(b)
                }
                if mapping { map.append(Int32(i)) }
                i += 1
                continue
            }
            let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard i + width <= n else {   // cannot happen for a String's bytes; copy defensively
                out.append(b)
                if mapping { map.append(Int32(i)) }
                i += 1
                continue
            }
            // Hangul syllables (EA B0 80 ... ED 9E A3) never fold: copy them quickly.
            if width == 3 && b >= 0xEA && b <= 0xED {
                out.append(b); out.append(input[i + 1]); out.append(input[i + 2])
                if mapping { let o = Int32(i); map.append(o); map.append(o + 1); map.append(o + 2) }
                i += 3
                continue
            }
            let value: UInt32
            switch width {
            case 2: value = UInt32(b & 0x1F) << 6 | UInt32(input[i + 1] & 0x3F)
            case 3: value = UInt32(b & 0x0F) << 12 | UInt32(input[i + 1] & 0x3F) << 6 | UInt32(input[i + 2] & 0x3F)
            default: value = UInt32(b & 0x07) << 18 | UInt32(input[i + 1] & 0x3F) << 12 | UInt32(input[i + 2] & 0x3F) << 6 | UInt32(input[i + 3] & 0x3F)
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            var single: UInt8? = nil
            var several: [UInt8]? = nil
            if let ascii = TextNormalizer.folded(scalar) {
                var byte = UInt8(truncatingIfNeeded: ascii.value)
                if lowercase && byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                single = byte
            } else if lowercase && scalar.properties.changesWhenLowercased {
                var bytes: [UInt8] = []
                for part in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(part) { bytes.append($0) } }
                several = bytes
            }
            if single == nil && several == nil {
                for k in 0..<width { out.append(input[i + k]) }
                if mapping { for k in 0..<width { map.append(Int32(i + k)) } }
                i += width
                continue
            }
            changed = true
            let replacementCount = several?.count ?? 1
            if wantMap && !mapping && replacementCount != width {
                // Every earlier scalar kept its width, so earlier output offsets equal input offsets.
                map.reserveCapacity(n + 1)
                for k in 0..<out.count { map.append(Int32(k)) }
                mapping = true
            }
            if let single { out.append(single) } else { out.append(contentsOf: several!) }
            if mapping { for _ in 0..<replacementCount { map.append(Int32(i)) } }
            i += width
        }
        if mapping { map.append(Int32(n)) }
        return (out, mapping ? map : nil, changed)
    }
}
