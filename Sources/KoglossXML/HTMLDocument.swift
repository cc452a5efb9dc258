import CLibXML2
import Foundation
import KoglossText

/// A parsed HTML page (libxml2's forgiving HTML parser, no network), queried with XPath.
/// Immutable after parsing; node handles keep the document alive.
public final class HTMLDocument: @unchecked Sendable {
    let doc: htmlDocPtr
    /// Serialises XPath use: an xmlXPathContext is per call, but libxml2 documents are not thread-safe to share.
    private let lock = NSLock()

    /// Parses `data`. Encoding: the page's `<meta charset>` / `http-equiv` if it declares one, else UTF-8.
    public init(data: Data, url: String? = nil, file: String? = nil) throws {
        _ = LibXML.initialized
        if data.isEmpty {
            throw InputError(file: file, line: 1, column: 1, message: "empty HTML file", hint: "check the download or the path")
        }
        // libxml2 takes the length as a C int: refuse what it cannot address instead of trapping.
        guard data.count < Int(Int32.max) else {
            throw InputError(file: file, message: "HTML page is \(data.count / 1_048_576) MB; pages are limited to 2 GB",
                             hint: "check that this is an article page")
        }
        let buffer = CBuffer(data)
        let encoding: String? = HTMLDocument.declaresCharset(data) ? nil : "UTF-8"
        let options = Int32(HTML_PARSE_NONET.rawValue) | Int32(HTML_PARSE_NOERROR.rawValue)
            | Int32(HTML_PARSE_NOWARNING.rawValue) | Int32(HTML_PARSE_RECOVER.rawValue)
        guard let doc = htmlReadMemory(buffer.pointer, Int32(buffer.count), url, encoding, options) else {
            throw InputError(file: file, message: "could not parse the HTML page", hint: "check that the file is an HTML page")
        }
        self.doc = doc
    }

    deinit { xmlFreeDoc(doc) }

    /// Whether the first 2 KB declare a charset (`<meta charset=...>` or `content="...; charset=..."`).
    static func declaresCharset(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        return head.contains("charset=") || head.contains("charset =")
    }

    /// The root `<html>` element.
    public var root: HTMLNode? {
        guard let node = xmlDocGetRootElement(doc) else { return nil }
        return HTMLNode(node: node, document: self)
    }

    /// Nodes matching an XPath expression evaluated from the document root (e.g. `//article//p`).
    public func select(_ xpath: String) -> [HTMLNode] {
        evaluate(xpath, from: nil)
    }

    /// The first node matching `xpath`, or nil.
    public func first(_ xpath: String) -> HTMLNode? { select(xpath).first }

    func evaluate(_ xpath: String, from context: xmlNodePtr?) -> [HTMLNode] {
        lock.lock()
        defer { lock.unlock() }
        guard let ctx = xmlXPathNewContext(doc) else { return [] }
        defer { xmlXPathFreeContext(ctx) }
        // Silence XPath syntax errors on this context only: an invalid expression simply matches nothing.
        let collector = DiagnosticCollector()
        ctx.pointee.error = DiagnosticCollector.callback
        ctx.pointee.userData = Unmanaged.passUnretained(collector).toOpaque()
        if let context { ctx.pointee.node = context }
        guard let result = withExtendedLifetime(collector, { xmlXPathEvalExpression(xpath, ctx) }) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0, let tab = set.pointee.nodeTab else { return [] }
        var nodes: [HTMLNode] = []
        nodes.reserveCapacity(Int(set.pointee.nodeNr))
        for i in 0..<Int(set.pointee.nodeNr) {
            if let node = tab[i] { nodes.append(HTMLNode(node: node, document: self)) }
        }
        return nodes
    }
}

/// A lightweight handle on one node of an `HTMLDocument` (element, text or attribute).
public struct HTMLNode: @unchecked Sendable {
    let node: xmlNodePtr
    /// Keeps the document (and so the node) alive.
    public let document: HTMLDocument

    /// Lower-cased element name (`p`, `a`), `text` for text nodes.
    public var name: String { String(xmlChars: node.pointee.name)?.lowercased() ?? "" }

    /// Whether this is an element (not text, comment or attribute).
    public var isElement: Bool { node.pointee.type == XML_ELEMENT_NODE }

    /// Attribute value, or nil.
    public func attribute(_ name: String) -> String? {
        guard isElement, let value = xmlGetProp(node, name) else { return nil }
        defer { xmlFree(value) }
        return String(cString: value)
    }

    /// All text below this node, concatenated (entities decoded by the parser).
    public var textContent: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { xmlFree(content) }
        return String(cString: content)
    }

    /// Element children, in document order.
    public var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { result.append(HTMLNode(node: c, document: document)) }
            child = c.pointee.next
        }
        return result
    }

    /// All child nodes, text nodes included, in document order.
    public var childNodes: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = node.pointee.children
        while let c = child {
            result.append(HTMLNode(node: c, document: document))
            child = c.pointee.next
        }
        return result
    }

    /// The parent element, nil at the root.
    public var parent: HTMLNode? {
        guard let p = node.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(node: p, document: document)
    }

    /// Source line of the element (1-based), 0 when unknown.
    public var line: Int { Int(xmlGetLineNo(node)) }

    /// Nodes matching an XPath expression relative to this node (e.g. `.//a[@href]`).
    public func select(_ xpath: String) -> [HTMLNode] { document.evaluate(xpath, from: node) }

    /// The first node matching `xpath` relative to this node.
    public func first(_ xpath: String) -> HTMLNode? { select(xpath).first }

    /// The node serialised as HTML.
    public var outerHTML: String {
        guard let buf = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buf) }
        htmlNodeDump(buf, document.doc, node)
        guard let content = xmlBufferContent(buf) else { return "" }
        return String(cString: content)
    }
}
