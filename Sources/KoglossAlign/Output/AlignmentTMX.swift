import Foundation
import KoglossXML

/// `kogloss align --format tmx`: TMX 1.4b with Korean as the source language, one `<tu>` per bead that has
/// paragraphs on both sides; the bead's paragraphs are joined with a space and its confidence kept as a prop.
public enum AlignmentTMX {
    public static func render(korean: Article, english: Article, alignment: Alignment, toolVersion: String = "0.1.0") -> Data {
        let writer = XMLWriter()
        writer.startDocument()
        writer.startElement("tmx", attributes: [("version", "1.4")])
        writer.startElement("header", attributes: [
            ("creationtool", "kogloss"), ("creationtoolversion", toolVersion), ("segtype", "paragraph"),
            ("o-tmf", "kogloss"), ("adminlang", "en"), ("srclang", "ko"), ("datatype", "plaintext"),
        ])
        writer.endElement()
        writer.startElement("body")
        for bead in alignment.beads where bead.isLink {
            writer.startElement("tu")
            writer.textElement("prop", attributes: [("type", "x-kogloss-confidence")], text: AlignmentTSV.format(bead.confidence))
            let kind = korean.paragraphs[bead.ko[0]].kind
            writer.textElement("prop", attributes: [("type", "x-kogloss-kind")], text: kind.rawValue)
            writer.startElement("tuv", attributes: [("xml:lang", "ko")])
            writer.textElement("seg", text: bead.ko.map { korean.paragraphs[$0].text }.joined(separator: " "))
            writer.endElement()
            writer.startElement("tuv", attributes: [("xml:lang", "en")])
            writer.textElement("seg", text: bead.en.map { english.paragraphs[$0].text }.joined(separator: " "))
            writer.endElement()
            writer.endElement()
        }
        writer.endElement()
        writer.endElement()
        return writer.finish()
    }
}
