import Foundation

/// `kogloss align --format json`: `{"ko": [...], "en": [...], "beads": [{"ko": [...], "en": [...], "confidence": x}]}`
/// plus the paragraph kinds, so a reader can tell captions and footers from body text. Keys in that order,
/// one paragraph and one bead per line.
public enum AlignmentJSON {
    public static func render(korean: Article, english: Article, alignment: Alignment) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        func json<T: Encodable>(_ value: T) -> String {
            String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
        }
        func list(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
        }
        let beads = alignment.beads.map { bead in
            "{\"ko\": \(json(bead.ko)), \"en\": \(json(bead.en)), \"confidence\": \(json(bead.confidence))}"
        }
        return """
        {
          "ko": \(list(korean.paragraphs.map { json($0.text) })),
          "en": \(list(english.paragraphs.map { json($0.text) })),
          "beads": \(list(beads)),
          "kinds": {"ko": \(json(korean.paragraphs.map(\.kind))), "en": \(json(english.paragraphs.map(\.kind)))}
        }

        """
    }
}
