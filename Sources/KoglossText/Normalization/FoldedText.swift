/// Text folded for matching (`TextNormalizer.foldForMatching`, optionally lower-cased) together with the map
/// from UTF-8 offsets in the folded text back to UTF-8 offsets in the original, so a matcher can search the
/// folded text and still report positions in the user's text (Ｓ is 3 bytes, S is 1).
/// The original is expected in NFC (as `TextFileDecoder` returns it); it is not re-normalised, so offsets stay exact.
public struct FoldedText: Sendable {
    /// The folded text.
    public let text: String
    /// originalOffsets[i] is the original offset of folded byte i (plus one entry for the end); nil when identical.
    let originalOffsets: [Int32]?
    /// UTF-8 length of the original.
    public let originalLength: Int

    /// Folds `original`; with `lowercase`, letters are lower-cased too (for English matching).
    public init(_ original: String, lowercase: Bool = false) {
        originalLength = original.utf8.count
        var changes = false
        for byte in original.utf8 where byte >= 0x80 || (lowercase && byte >= 0x41 && byte <= 0x5A) {
            changes = true
            break
        }
        if !changes {
            text = original
            originalOffsets = nil
            return
        }
        var copy = original
        let result = copy.withUTF8 { MatchFolding.fold($0, lowercase: lowercase, wantMap: true) }
        text = result.changed ? String(decoding: result.bytes, as: UTF8.self) : original
        originalOffsets = result.map
    }

    /// The original UTF-8 offset of a folded UTF-8 offset (the end maps to the end).
    public func originalOffset(_ foldedOffset: Int) -> Int {
        guard let originalOffsets else { return min(max(0, foldedOffset), originalLength) }
        let clamped = min(max(0, foldedOffset), originalOffsets.count - 1)
        return Int(originalOffsets[clamped])
    }

    /// The original UTF-8 range of a folded UTF-8 range.
    public func originalRange(_ folded: Range<Int>) -> Range<Int> {
        let start = originalOffset(folded.lowerBound)
        // The end of a range is the start of the next folded byte, mapped back.
        let end = max(start, originalOffset(folded.upperBound))
        return start..<end
    }
}

