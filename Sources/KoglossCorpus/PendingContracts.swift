// TEMPORARY: the align and text contracts from BRIEF.md, declared here until those branches land.
// Deleted at the merge of `align`/`text`; the real types then resolve from KoglossAlign/KoglossText.
import Foundation

public enum ParagraphKind: String, Codable, Sendable { case body, heading, caption, tags, credit, footer, byline }
public struct Paragraph: Codable, Sendable, Hashable {
    public var text: String
    public var kind: ParagraphKind
    public var range: Range<Int>
    public init(text: String, kind: ParagraphKind, range: Range<Int>) { self.text = text; self.kind = kind; self.range = range }
}
public struct Bead: Codable, Sendable, Hashable {
    public var ko: [Int]
    public var en: [Int]
    public var confidence: Double
    public init(ko: [Int], en: [Int], confidence: Double) { self.ko = ko; self.en = en; self.confidence = confidence }
}
enum JosaStripper {
    static let particles: [String] = ["에서는", "에서도", "으로는", "이라는", "에서", "에게", "께서", "으로", "까지", "부터", "이나", "이랑", "보다", "처럼", "이란", "라는",
                                      "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "나", "랑", "등"]
    static func strip(_ word: String) -> String {
        for p in particles.sorted(by: { $0.count > $1.count }) where word.hasSuffix(p) && word.count > p.count {
            return String(word.dropLast(p.count))
        }
        return word
    }
    static func stems(_ word: String) -> [String] {
        var result = [word]
        for p in particles where word.hasSuffix(p) && word.count > p.count {
            let s = String(word.dropLast(p.count))
            if !result.contains(s) { result.append(s) }
        }
        return result
    }
}
enum HangulScript {
    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: return true
        default: return false
        }
    }
    static func containsHangul(_ s: String) -> Bool { s.unicodeScalars.contains(where: isHangul) }
}
