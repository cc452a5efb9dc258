import Foundation
import KoglossXML

/// Writes a termbase as TBX-Basic v3, DCA style (see docs/tbx-mapping.md): valid against the official
/// `TBX-Basic_DCA.rng`, deterministic (fixed element and attribute order, tab indentation, one element per
/// line) so that writing an unchanged termbase gives identical bytes and one changed term changes a few lines.
public enum TBXWriter {
    /// The whole termbase as a TBX document (UTF-8, ending with a newline).
    public static func write(_ termbase: Termbase) -> Data {
        let w = XMLWriter()
        w.startDocument()
        w.startElement("tbx", attributes: [
            ("type", "TBX-Basic"), ("style", "dca"), ("xml:lang", termbase.header.sourceLanguage.code),
            ("xmlns", TBXReader.namespace),
        ])
        writeHeader(termbase.header, to: w)
        w.startElement("text")
        w.startElement("body")
        for concept in termbase.concepts { writeConcept(concept, to: w) }
        w.endElement()
        for element in termbase.header.preserved where element.name == "back" { w.rawElement(element.xml) }
        w.endElement()
        w.endElement()
        return w.finish()
    }

    static func writeHeader(_ header: TermbaseHeader, to w: XMLWriter) {
        w.startElement("tbxHeader")
        w.startElement("fileDesc")
        if let title = header.title {
            w.startElement("titleStmt")
            w.textElement("title", text: title)
            w.endElement()
        }
        if !header.publication.isEmpty {
            w.startElement("publicationStmt")
            for p in header.publication { w.textElement("p", text: p) }
            w.endElement()
        }
        // TBX requires at least one sourceDesc.
        w.startElement("sourceDesc")
        if header.sourceDescription.isEmpty {
            w.textElement("p", text: "Written by kogloss")
        } else {
            for p in header.sourceDescription { w.textElement("p", text: p) }
        }
        w.endElement()
        w.endElement()
        for element in header.preserved where element.name != "back" { w.rawElement(element.xml) }
        w.endElement()
    }

    static func writeConcept(_ concept: Concept, to w: XMLWriter) {
        w.startElement("conceptEntry", attributes: [("id", concept.id)])
        if let field = concept.subjectField { w.textElement("descrip", attributes: [("type", "subjectField")], text: field.rawValue) }
        if let definition = concept.definition { w.textElement("descrip", attributes: [("type", "definition")], text: definition) }
        for source in concept.sources { w.textElement("admin", attributes: [("type", "source")], text: source) }
        for ref in concept.crossReferences {
            w.textElement("ref", attributes: [("type", "crossReference"), ("target", ref.target)], text: ref.relation.rawValue)
        }
        for note in concept.notes { w.textElement("note", text: note) }
        if let from = concept.validity?.from { w.textElement("note", text: "kogloss:validFrom=\(from)") }
        if let until = concept.validity?.until { w.textElement("note", text: "kogloss:validUntil=\(until)") }
        for element in concept.preserved { w.rawElement(element.xml) }

        var languages = concept.languages
        for code in concept.preservedByLanguage.keys.sorted() where !languages.contains(LanguageCode(code)) {
            languages.append(LanguageCode(code))
        }
        for language in languages {
            w.startElement("langSec", attributes: [("xml:lang", language.code)])
            for element in concept.preservedByLanguage[language.code] ?? [] { w.rawElement(element.xml) }
            for term in concept.terms where term.language == language { writeTerm(term, to: w) }
            w.endElement()
        }
        w.endElement()
    }

    static func writeTerm(_ term: Term, to w: XMLWriter) {
        w.startElement("termSec")
        w.textElement("term", text: term.text)
        w.textElement("termNote", attributes: [("type", "termType")], text: term.type.rawValue)
        if let pos = term.partOfSpeech { w.textElement("termNote", attributes: [("type", "partOfSpeech")], text: pos.rawValue) }
        if let geo = term.geographicalUsage { w.textElement("termNote", attributes: [("type", "geographicalUsage")], text: geo) }
        w.textElement("termNote", attributes: [("type", "administrativeStatus")], text: term.status.tbxValue)
        // Unknown termNotes must stay with the termNotes: TBX puts them before the auxiliary elements.
        for element in term.preserved where element.name.hasPrefix("termNote") { w.rawElement(element.xml) }
        if let context = term.context { w.textElement("descrip", attributes: [("type", "context")], text: context) }
        if let source = term.source { w.textElement("admin", attributes: [("type", "source")], text: source) }
        if let note = term.usageNote { w.textElement("note", text: note) }
        if let kind = term.variantKind { w.textElement("note", text: "kogloss:variant=\(kind.rawValue)") }
        if term.caseSensitive { w.textElement("note", text: "kogloss:caseSensitive=true") }
        for element in term.preserved where !element.name.hasPrefix("termNote") { w.rawElement(element.xml) }
        w.endElement()
    }
}
