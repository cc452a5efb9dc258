import CLibXML2
import Foundation
import KoglossText

/// Validates XML documents against a RELAX NG schema (libxml2). The compiled schema is reused across
/// validations; each validation has its own context and error handler, so one validator may be shared
/// across threads (validations are serialised on it because libxml2 schemas are not documented thread-safe).
public final class RelaxNGValidator: @unchecked Sendable {
    private let schema: xmlRelaxNGPtr
    private let lock = NSLock()

    /// Compiles a schema from its XML text; throws `InputError` naming the schema's problems.
    public init(schema data: Data, file: String? = nil) throws {
        _ = LibXML.initialized
        let buffer = CBuffer(data)
        guard let parser = xmlRelaxNGNewMemParserCtxt(buffer.pointer, Int32(buffer.count)) else {
            throw InputError(file: file, message: "could not read the RELAX NG schema", hint: nil)
        }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        let collector = DiagnosticCollector()
        xmlRelaxNGSetParserStructuredErrors(parser, DiagnosticCollector.callback, Unmanaged.passUnretained(collector).toOpaque())
        let parsed = withExtendedLifetime(collector) { xmlRelaxNGParse(parser) }
        guard let parsed else {
            let first = collector.firstError
            throw InputError(file: file, line: first?.line, message: "invalid RELAX NG schema: \(first?.message ?? "unknown error")", hint: nil)
        }
        schema = parsed
    }

    /// Convenience: compiles the schema in a file.
    public convenience init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw InputError(file: url.path, message: "cannot read the schema", hint: "check the path")
        }
        try self.init(schema: data, file: url.path)
    }

    deinit { xmlRelaxNGFree(schema) }

    /// Validates a document. Returns the validity errors (empty when valid); throws `InputError` if the
    /// document is not well-formed XML.
    public func validate(_ document: Data, file: String? = nil) throws -> [XMLDiagnostic] {
        let buffer = CBuffer(document)
        let parseCollector = DiagnosticCollector()
        guard let ctxt = xmlNewParserCtxt() else { throw InputError(file: file, message: "out of memory", hint: nil) }
        defer { xmlFreeParserCtxt(ctxt) }
        // Per-context structured handler: libxml2 passes ctxt->userData (the context itself), so the
        // collector rides in ctxt->_private, which the DOM builder does not use.
        ctxt.pointee._private = Unmanaged.passUnretained(parseCollector).toOpaque()
        ctxt.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let privateData = ctxt.pointee._private else { return }
            Unmanaged<DiagnosticCollector>.fromOpaque(privateData).takeUnretainedValue().add(error)
        }
        let doc = withExtendedLifetime(parseCollector) {
            xmlCtxtReadMemory(ctxt, buffer.pointer, Int32(buffer.count), file, nil, LibXML.safeParseOptions)
        }
        guard let doc, parseCollector.firstError == nil, ctxt.pointee.wellFormed != 0 else {
            if let doc { xmlFreeDoc(doc) }
            let first = parseCollector.firstError
            throw first?.inputError(file: file, hint: "the document is not well-formed XML")
                ?? InputError(file: file, message: "malformed XML", hint: nil)
        }
        defer { xmlFreeDoc(doc) }

        lock.lock()
        defer { lock.unlock() }
        guard let valid = xmlRelaxNGNewValidCtxt(schema) else { throw InputError(file: file, message: "out of memory", hint: nil) }
        defer { xmlRelaxNGFreeValidCtxt(valid) }
        let collector = DiagnosticCollector()
        xmlRelaxNGSetValidStructuredErrors(valid, DiagnosticCollector.callback, Unmanaged.passUnretained(collector).toOpaque())
        let status = withExtendedLifetime(collector) { xmlRelaxNGValidateDoc(valid, doc) }
        var errors = collector.diagnostics.filter { $0.level >= .error }
        if status != 0 && errors.isEmpty {
            errors.append(XMLDiagnostic(level: .error, line: 0, column: 0, message: "document does not match the schema", code: Int(status)))
        }
        return errors
    }
}
