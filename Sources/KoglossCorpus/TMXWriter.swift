import Foundation
import KoglossAlign
import KoglossText
import KoglossXML

/// Writes stored pairs as TMX 1.4b through libxml2: one translation unit per bead with text on both sides.
/// A unit's `creationdate` is the article date when known (else the import time), `creationid` the
/// translator; `x-document`, `x-url`, `x-date`, `x-pair` and `x-confidence` props keep the document.
public enum TMXWriter {
    /// The TMX document for `pairs`; `now` stamps the header.
    public static func write(_ pairs: [StoredPair], now: Date = Date()) -> Data {
        let writer = XMLWriter(indent: "  ")
        writer.startDocument()
        writer.startElement("tmx", attributes: [("version", "1.4")])
        writer.startElement("header", attributes: [
            ("creationtool", "kogloss"), ("creationtoolversion", "0.1.0"), ("segtype", "paragraph"), ("o-tmf", "kogloss"),
            ("adminlang", "en"), ("srclang", "ko"), ("datatype", "plaintext"), ("creationdate", tmxDate(CorpusStore.timestamp(now))),
        ])
        writer.endElement()
        writer.startElement("body")
        for pair in pairs {
            for (b, bead) in pair.beads.enumerated() {
                let korean = bead.ko.map { pair.koreanParagraphs[$0].text }.joined(separator: " ")
                let english = bead.en.map { pair.englishParagraphs[$0].text }.joined(separator: " ")
                guard !korean.isEmpty, !english.isEmpty else { continue }
                var attributes = [("tuid", "\(pair.id)-\(b)"),
                                  ("creationdate", tmxDate(pair.date.map { $0 + "T00:00:00Z" } ?? pair.createdAt))]
                if let translator = pair.translator { attributes.append(("creationid", translator)) }
                writer.startElement("tu", attributes: attributes)
                let document = pair.title ?? pair.content.englishFile ?? pair.url ?? "pair \(pair.id)"
                writer.textElement("prop", attributes: [("type", "x-document")], text: document)
                if let url = pair.url { writer.textElement("prop", attributes: [("type", "x-url")], text: url) }
                if let date = pair.date { writer.textElement("prop", attributes: [("type", "x-date")], text: date) }
                writer.textElement("prop", attributes: [("type", "x-pair")], text: String(pair.id))
                writer.textElement("prop", attributes: [("type", "x-confidence")], text: String(format: "%.3f", bead.confidence))
                for (lang, text) in [("ko", korean), ("en", english)] {
                    writer.startElement("tuv", attributes: [("xml:lang", lang)])
                    writer.textElement("seg", text: text)
                    writer.endElement()
                }
                writer.endElement()
            }
        }
        writer.endElement()
        writer.endElement()
        return writer.finish()
    }

    /// `2023-04-05T10:11:12Z` -> `20230405T101112Z` (TMX's ISO 8601 basic form).
    static func tmxDate(_ iso: String) -> String {
        String(iso.unicodeScalars.filter { $0 != "-" && $0 != ":" })
    }
}
