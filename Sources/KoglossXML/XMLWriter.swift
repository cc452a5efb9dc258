import CLibXML2
import Foundation

/// Writes XML through libxml2's `xmlTextWriter` (which does all escaping) with deterministic layout:
/// one element per line, tab indentation, attributes in the order given, text-only elements on one line.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private let indentUnit: String
    /// For each open element: whether it has child elements (then its end tag goes on its own line).
    private var open: [Bool] = []
    private var finished = false
    /// An empty UTF-8 document used only as the escaping context: with it libxml2 escapes `& < >` in text
    /// and leaves quotes and non-ASCII characters as they are (more readable diffs than `&quot;`).
    private let escapingDocument: xmlDocPtr

    /// A writer to memory; `indent` is repeated once per nesting level.
    public init(indent: String = "\t") {
        _ = LibXML.initialized
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        indentUnit = indent
        escapingDocument = xmlNewDoc("1.0")
        escapingDocument.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
    }

    deinit {
        if !finished { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
        xmlFreeDoc(escapingDocument)
    }

    /// Writes escaped character data.
    private func writeEscaped(_ text: String) {
        guard let escaped = xmlEncodeEntitiesReentrant(escapingDocument, text) else { return }
        defer { xmlFree(escaped) }
        xmlTextWriterWriteRaw(writer, escaped)
    }

    /// `<?xml version="1.0" encoding="UTF-8"?>`.
    public func startDocument() {
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    private func newline(depth: Int) {
        var s = "\n"
        for _ in 0..<depth { s += indentUnit }
        xmlTextWriterWriteRaw(writer, s)
    }

    /// Opens `<name attr="value" ...>` on a new line at the current depth.
    public func startElement(_ name: String, attributes: [(String, String)] = []) {
        if !open.isEmpty {
            open[open.count - 1] = true
            newline(depth: open.count)
        }
        xmlTextWriterStartElement(writer, name)
        for (key, value) in attributes { xmlTextWriterWriteAttribute(writer, key, value) }
        open.append(false)
    }

    /// Closes the innermost element; its end tag goes on its own line when it has child elements.
    public func endElement() {
        guard let hasChildren = open.popLast() else { return }
        if hasChildren { newline(depth: open.count) }
        xmlTextWriterFullEndElement(writer)
    }

    /// `<name attrs>text</name>` on one line.
    public func textElement(_ name: String, attributes: [(String, String)] = [], text: String) {
        startElement(name, attributes: attributes)
        writeEscaped(text)
        endElement()
    }

    /// Escaped text inside the current element (no line break added).
    public func text(_ text: String) {
        writeEscaped(text)
    }

    /// An already-serialised element (e.g. one preserved from input) on its own line, written as is.
    /// The caller is responsible for it being well-formed (it came from libxml2's serialiser).
    public func rawElement(_ xml: String) {
        if !open.isEmpty {
            open[open.count - 1] = true
            newline(depth: open.count)
        }
        // WriteRaw first closes a pending start tag (">"), then copies the bytes.
        xmlTextWriterWriteRaw(writer, xml)
    }

    /// Closes everything still open and returns the document, ending with a newline.
    public func finish() -> Data {
        while !open.isEmpty { endElement() }
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        xmlFreeTextWriter(writer)
        finished = true
        guard let content = xmlBufferContent(buffer) else { return Data() }
        var data = Data(bytes: content, count: Int(xmlBufferLength(buffer)))
        if data.last != 0x0A { data.append(0x0A) }
        return data
    }
}
