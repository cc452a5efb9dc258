import CLibXML2
import Foundation
import KoglossText

/// A forward-only, streaming XML reader over libxml2's `xmlTextReader`, safe for untrusted input:
/// no network, no DTD or external entity loading, no entity substitution. Every libxml2 diagnostic goes to
/// this reader's own handler (never to the process-wide one), so readers can run on many threads at once.
/// Not thread-safe itself: use one reader per thread.
public final class XMLStreamReader {
    /// The kind of node the reader is on.
    public enum NodeType: Sendable, Equatable {
        case element, endElement, text, cdata, whitespace, comment, processingInstruction
        case documentType, entityReference, other
    }

    private let reader: xmlTextReaderPtr
    /// The input when reading from memory (libxml2 does not copy it); nil when libxml2 reads a file itself.
    private let buffer: CBuffer?
    private let path: String?
    private let collector = DiagnosticCollector()
    /// Path or name used in errors.
    public let file: String?
    private var reportedErrors = 0

    /// Opens `data` (encoding from the XML declaration or BOM, UTF-8 by default) for reading.
    /// `ignoringBlanks` drops whitespace-only text nodes (faster for data formats like TBX).
    public init(data: Data, file: String? = nil, ignoringBlanks: Bool = false) throws {
        _ = LibXML.initialized
        self.file = file
        if data.isEmpty {
            throw InputError(file: file, line: 1, column: 1, message: "empty file, expected an XML document",
                             hint: "check that the file was written completely")
        }
        // libxml2 takes the length as a C int: refuse what it cannot address instead of trapping.
        guard data.count < Int(Int32.max) else {
            throw InputError(file: file, message: "file is \(data.count / 1_048_576) MB; XML input in memory is limited to 2 GB",
                             hint: "split the file")
        }
        let buffer = CBuffer(data)
        guard let reader = xmlReaderForMemory(buffer.pointer, Int32(buffer.count), file, nil,
                                               LibXML.safeParseOptions | (ignoringBlanks ? Int32(XML_PARSE_NOBLANKS.rawValue) : 0)) else {
            throw InputError(file: file, message: "could not start the XML parser", hint: nil)
        }
        self.buffer = buffer
        self.path = nil
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, DiagnosticCollector.callback, Unmanaged.passUnretained(collector).toOpaque())
    }

    /// Opens a file that libxml2 reads in chunks as parsing proceeds (memory stays small for large files).
    public init(contentsOf url: URL, ignoringBlanks: Bool = false) throws {
        _ = LibXML.initialized
        let path = url.path
        file = path
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw InputError(file: path, message: "cannot read the file: \(String(cString: strerror(errno)))", hint: "check the path and permissions")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(file: path, message: "is a folder, expected an XML file", hint: nil)
        }
        if info.st_size == 0 {
            throw InputError(file: path, line: 1, column: 1, message: "empty file, expected an XML document",
                             hint: "check that the file was written completely")
        }
        guard access(path, R_OK) == 0,
              let reader = xmlReaderForFile(path, nil, LibXML.safeParseOptions | (ignoringBlanks ? Int32(XML_PARSE_NOBLANKS.rawValue) : 0)) else {
            throw InputError(file: path, message: "cannot read the file", hint: "check the path and permissions")
        }
        self.buffer = nil
        self.path = path
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, DiagnosticCollector.callback, Unmanaged.passUnretained(collector).toOpaque())
    }

    deinit { xmlFreeTextReader(reader) }

    /// Advances to the next node; false at the end of the document. Throws `InputError` (with line:column)
    /// on malformed XML, an entity reference loop or an undeclared/external entity.
    public func read() throws -> Bool {
        let status = xmlTextReaderRead(reader)
        try throwIfErrors()
        if status < 0 {
            throw InputError(file: file, line: parserLine, column: parserColumn, message: "malformed XML",
                             hint: "check that the file is complete, well-formed XML")
        }
        if status == 1, nodeType == .entityReference {
            // Entities are never expanded (entity bombs, /etc/passwd): an unexpanded reference would lose
            // text silently, so refuse the file instead.
            throw InputError(file: file, line: line, column: column,
                             message: "entity reference '&\(localName);' is not supported",
                             hint: "replace custom entities with the characters they stand for")
        }
        return status == 1
    }

    /// Skips the current element's subtree (to its next sibling), returning false at the end of the document.
    public func skip() throws -> Bool {
        let status = xmlTextReaderNext(reader)
        try throwIfErrors()
        if status < 0 {
            throw InputError(file: file, line: parserLine, column: parserColumn, message: "malformed XML", hint: nil)
        }
        return status == 1
    }

    /// The number of the input's last line (counted only when an error needs it).
    private var lastLine: Int {
        var bytes: [UInt8] = []
        if let buffer {
            bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(buffer.pointer).assumingMemoryBound(to: UInt8.self), count: buffer.count))
        } else if let path, let data = FileManager.default.contents(atPath: path) {
            bytes = Array(data)
        }
        var lines = 1
        for byte in bytes where byte == 0x0A { lines += 1 }
        if bytes.last == 0x0A { lines -= 1 }
        return lines
    }

    /// Diagnostics so far, including warnings.
    public var diagnostics: [XMLDiagnostic] { collector.diagnostics }

    private func throwIfErrors() throws {
        if var error = collector.firstError {
            // libxml2's reader reports a file cut short as "Extra content at the end of the document" (code 5)
            // at the last line; say what it is.
            if error.code == Int(XML_ERR_DOCUMENT_END.rawValue), error.line >= lastLine {
                error.message = "unexpected end of file: elements are not closed"
            }
            var hint = "fix the XML at that position"
            if error.message.contains("UTF-8") || error.message.contains("encoding") {
                hint = "save the file as UTF-8"
            } else if error.message.lowercased().contains("entity") {
                hint = "kogloss does not expand custom or external entities; remove the DOCTYPE entity declarations"
            } else if error.message.contains("Premature end") || error.message.contains("EndTag") || error.message.contains("Extra content") {
                hint = "the file looks truncated or has mismatched tags"
            }
            throw error.inputError(file: file, hint: hint)
        }
    }

    // MARK: Current node

    /// The current node's kind.
    public var nodeType: NodeType {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): return .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): return .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue): return .text
        case Int32(XML_READER_TYPE_CDATA.rawValue): return .cdata
        case Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue): return .whitespace
        case Int32(XML_READER_TYPE_COMMENT.rawValue): return .comment
        case Int32(XML_READER_TYPE_PROCESSING_INSTRUCTION.rawValue): return .processingInstruction
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue): return .documentType
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue): return .entityReference
        default: return .other
        }
    }

    /// Local name without prefix (`subjectField` for `basic:subjectField`). libxml2 interns names in a
    /// dictionary, so strings are cached by pointer: no allocation per node on large files.
    public var localName: String {
        guard let pointer = xmlTextReaderConstLocalName(reader) else { return "" }
        return interned(pointer)
    }
    /// Interned names by pointer: a document has a few dozen, so a linear scan of pointers beats hashing.
    private var nameCache: [(pointer: UnsafePointer<xmlChar>, name: String)] = []
    private func interned(_ pointer: UnsafePointer<xmlChar>) -> String {
        for entry in nameCache where entry.pointer == pointer { return entry.name }
        let name = String(cString: pointer)
        // Past 256 names (not a data format), stop caching rather than scan a long list.
        if nameCache.count < 256 { nameCache.append((pointer, name)) }
        return name
    }
    /// Qualified name as written (`basic:subjectField`).
    public var qualifiedName: String { String(xmlChars: xmlTextReaderConstName(reader)) ?? "" }
    /// Namespace URI, or nil for none.
    public var namespaceURI: String? {
        guard let pointer = xmlTextReaderConstNamespaceUri(reader) else { return nil }
        return interned(pointer)
    }
    /// Depth in the tree (root element is 0).
    public var depth: Int { Int(xmlTextReaderDepth(reader)) }
    /// `<x/>`: no end-element node follows.
    public var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    /// Text of a text, whitespace, CDATA or comment node.
    public var value: String? { String(xmlChars: xmlTextReaderConstValue(reader)) }
    /// `xml:lang` in scope.
    public var xmlLang: String? { String(xmlChars: xmlTextReaderConstXmlLang(reader)) }

    /// Attribute by qualified name (`type`, `xml:lang`).
    public func attribute(_ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { xmlFree(value) }
        return String(cString: value)
    }

    /// Like `attribute(_:)` for attributes with few distinct values (`type`, `xml:lang`): values are cached,
    /// so reading them allocates nothing after the first time.
    public func internedAttribute(_ name: String) -> String? {
        guard xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        guard let value = xmlTextReaderConstValue(reader) else { return nil }
        for (bytes, string) in internedValues {
            let equal = bytes.withUnsafeBufferPointer { strcmp($0.baseAddress!, UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self)) == 0 }
            if equal { return string }
        }
        let string = String(cString: value)
        if internedValues.count < 64 { internedValues.append((Array(string.utf8CString), string)) }
        return string
    }
    private var internedValues: [([CChar], String)] = []

    /// Attribute by local name and namespace URI.
    public func attribute(localName: String, namespaceURI: String) -> String? {
        guard let value = xmlTextReaderGetAttributeNs(reader, localName, namespaceURI) else { return nil }
        defer { xmlFree(value) }
        return String(cString: value)
    }

    /// All attributes of the current element (qualified name, value), namespace declarations excluded, in document order.
    public var attributes: [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        guard xmlTextReaderHasAttributes(reader) == 1, xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return result }
        repeat {
            let name = String(xmlChars: xmlTextReaderConstName(reader)) ?? ""
            if name != "xmlns" && !name.hasPrefix("xmlns:") {
                result.append((name, String(xmlChars: xmlTextReaderConstValue(reader)) ?? ""))
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
        return result
    }

    /// Calls `body` once per child element of the current element, with the reader on the child's start tag.
    /// `body` must consume the child entirely (`skip()`, `forEachChild`, `readOuterXML()` then `skip()`), leaving
    /// the reader on the node after it. Text directly inside the element is passed to `text`.
    /// On return the reader is on the node after the element's end tag.
    public func forEachChild(text: ((String) -> Void)? = nil, _ body: () throws -> Void) throws {
        let parentDepth = depth
        if isEmptyElement {
            _ = try read()
            return
        }
        guard try read() else { throw truncated() }
        while true {
            switch nodeType {
            case .endElement where depth == parentDepth:
                _ = try read()
                return
            case .element:
                try body()
            case .text, .cdata:
                if let text, let v = value { text(v) }
                guard try read() else { throw truncated() }
            default:
                guard try read() else { throw truncated() }
            }
        }
    }

    private func truncated() -> InputError {
        InputError(file: file, line: parserLine, column: parserColumn, message: "unexpected end of document",
                   hint: "the file looks truncated")
    }

    /// The text of the current element when it holds only text (nil when it has child elements, e.g. inline
    /// markup). The reader stays on the element.
    public func textIfTextOnly() throws -> String? {
        if isEmptyElement { return "" }
        guard let node = xmlTextReaderExpand(reader) else {
            try throwIfErrors()
            throw truncated()
        }
        var child = node.pointee.children
        // The common case, one text node: no concatenation.
        if let only = child, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE {
            return only.pointee.content.map { String(cString: $0) } ?? ""
        }
        var parts = ""
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { parts += String(cString: content) }
            case XML_COMMENT_NODE, XML_PI_NODE:
                break
            case XML_ENTITY_REF_NODE:
                throw entityError(c)
            default:
                return nil
            }
            child = c.pointee.next
        }
        return parts
    }

    private func entityError(_ node: xmlNodePtr) -> InputError {
        let name = String(xmlChars: node.pointee.name) ?? "?"
        return InputError(file: file, line: Int(xmlGetLineNo(node)), message: "entity reference '&\(name);' is not supported",
                          hint: "replace custom entities with the characters they stand for")
    }

    private func checkNoEntityReferences(_ node: xmlNodePtr) throws {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ENTITY_REF_NODE { throw entityError(c) }
            if c.pointee.type == XML_ELEMENT_NODE { try checkNoEntityReferences(c) }
            child = c.pointee.next
        }
    }

    /// The current element serialised with its subtree, with elements that have no namespace put into
    /// `namespace` (declared on the element itself), as when moving TBX 2008 content into a TBX v3 document.
    /// The reader stays on the element.
    public func readOuterXML(assigningNamespace namespace: String) throws -> String {
        guard nodeType == .element, let node = xmlTextReaderExpand(reader) else { return try readOuterXML() }
        try checkNoEntityReferences(node)
        guard let copy = xmlDocCopyNode(node, node.pointee.doc, 1) else { return try readOuterXML() }
        defer { xmlFreeNode(copy) }
        let ns = xmlNewNs(copy, namespace, nil)
        func assign(_ n: xmlNodePtr) {
            guard n.pointee.type == XML_ELEMENT_NODE else { return }
            if n.pointee.ns == nil { xmlSetNs(n, ns) }
            var child = n.pointee.children
            while let c = child {
                assign(c)
                child = c.pointee.next
            }
        }
        assign(copy)
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, node.pointee.doc, copy, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// The current element serialised with its subtree. The reader stays on the element: call `skip()` to pass it.
    public func readOuterXML() throws -> String {
        if nodeType == .element, let node = xmlTextReaderExpand(reader) {
            try checkNoEntityReferences(node)
        }
        guard let xml = xmlTextReaderReadOuterXml(reader) else {
            try throwIfErrors()
            return ""
        }
        defer { xmlFree(xml) }
        try throwIfErrors()
        return String(cString: xml)
    }

    /// The concatenated text content of the current element (all descendants). The reader stays on the element.
    public func readString() throws -> String {
        guard let text = xmlTextReaderReadString(reader) else {
            try throwIfErrors()
            return ""
        }
        defer { xmlFree(text) }
        try throwIfErrors()
        return String(cString: text)
    }

    /// Line of the current node (1-based), falling back to the parser position.
    public var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let n = Int(xmlGetLineNo(node))
            if n > 0 { return n }
        }
        return parserLine
    }

    /// Column: libxml2 only knows the parser's position, which is exact for errors and close for nodes.
    public var column: Int { parserColumn }

    /// Where the parser is in the input (1-based line).
    public var parserLine: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }
    /// Where the parser is in the input (1-based column).
    public var parserColumn: Int { Int(xmlTextReaderGetParserColumnNumber(reader)) }
}
