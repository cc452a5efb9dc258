import Foundation

/// `kogloss align --format json`: `{"ko": [...], "en": [...], "beads": [{"ko": [...], "en": [...], "confidence": x}]}`
/// plus the paragraph kinds, so a reader can tell captions and footers from body text.
public enum AlignmentJSON {
    private struct Document: Encodable {
        struct Kinds: Encodable { var ko: [ParagraphKind]; var en: [ParagraphKind] }
        var ko: [String]
        var en: [String]
        var beads: [Bead]
        var kinds: Kinds
    }

    public static func render(korean: Article, english: Article, alignment: Alignment) -> String {
        let document = Document(ko: korean.paragraphs.map(\.text), en: english.paragraphs.map(\.text), beads: alignment.beads,
                                kinds: .init(ko: korean.paragraphs.map(\.kind), en: english.paragraphs.map(\.kind)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
