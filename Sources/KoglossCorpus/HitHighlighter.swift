import Foundation
import KoglossAlign
import KoglossText

/// UTF-8 byte ranges of concordance matches in a paragraph.
enum HitHighlighter {
    /// Every occurrence of each term (Korean stems are substrings of the words they match), merged.
    static func ranges(of terms: [String], in text: String) -> [Range<Int>] {
        let haystack = Array(text.utf8)
        var found: [Range<Int>] = []
        for term in terms {
            let needle = Array(term.utf8)
            guard !needle.isEmpty, needle.count <= haystack.count else { continue }
            var i = 0
            while i + needle.count <= haystack.count {
                if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) {
                    found.append(i..<(i + needle.count))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return merged(found)
    }

    /// Ranges of the spans FTS5's highlight() wrapped in \u{1}...\u{2}, as offsets in the unmarked text.
    static func ranges(inMarked marked: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var offset = 0
        var start: Int?
        for byte in marked.utf8 {
            switch byte {
            case 1: start = offset
            case 2: if let s = start { result.append(s..<offset); start = nil }
            default: offset += 1
            }
        }
        return merged(result)
    }

    /// Sorted, overlapping or touching ranges joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}
