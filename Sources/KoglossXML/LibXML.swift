import CLibXML2
import Foundation
import KoglossText

/// One-time, process-wide libxml2 set-up shared by every wrapper in this module.
enum LibXML {
    /// Initialises libxml2 exactly once (thread-safe via Swift's lazy global initialisation) and installs an
    /// external entity loader that refuses everything: kogloss never loads DTDs or entities from disk or network.
    static let initialized: Void = {
        xmlInitParser()
        xmlRelaxNGInitTypes()
        xmlSetExternalEntityLoader(refusingEntityLoader)
    }()

    /// Parser options for untrusted XML: no network, no DTD loading or defaulted attributes, no entity
    /// substitution (so billion-laughs style expansion is never performed), default size limits kept.
    static let safeParseOptions: Int32 = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
}

/// Refuses every external resource (DTDs, external entities, XInclude); the parser then reports an error
/// or warning through the per-context structured handler.
private func refusingEntityLoader(
    _ url: UnsafePointer<CChar>?, _ id: UnsafePointer<CChar>?, _ context: xmlParserCtxtPtr?
) -> xmlParserInputPtr? {
    return nil
}

/// One libxml2 diagnostic, as reported to a per-context structured error handler.
public struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Level: Int, Sendable, Comparable {
        case warning = 1, error = 2, fatal = 3
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }
    public var level: Level
    /// 1-based line, 0 when unknown.
    public var line: Int
    /// 1-based column, 0 when unknown.
    public var column: Int
    public var message: String
    /// libxml2's numeric error code (`xmlParserErrors`).
    public var code: Int

    public var description: String { "\(line):\(column): \(message)" }

    /// The diagnostic as an `InputError` for a file.
    public func inputError(file: String?, hint: String? = nil) -> InputError {
        InputError(file: file, line: line > 0 ? line : nil, column: line > 0 && column > 0 ? column : nil,
                   message: message, hint: hint)
    }
}

/// Collects diagnostics for one libxml2 context; passed to C as an unmanaged pointer.
final class DiagnosticCollector {
    var diagnostics: [XMLDiagnostic] = []
    /// Caps memory when a broken file produces an error per byte.
    let limit = 200

    var firstError: XMLDiagnostic? { diagnostics.first { $0.level >= .error } }

    func add(_ error: UnsafePointer<xmlError>) {
        guard diagnostics.count < limit else { return }
        let e = error.pointee
        let level: XMLDiagnostic.Level
        switch e.level {
        case XML_ERR_WARNING: level = .warning
        case XML_ERR_FATAL: level = .fatal
        default: level = .error
        }
        var message = e.message.map { String(cString: $0) } ?? "XML error \(e.code)"
        // One line: libxml2 puts details such as "Bytes: 0xFF 0xB3" on a second line.
        message = message.trimmingCharacters(in: .whitespacesAndNewlines)
            .split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
        // libxml2 messages end with a newline and sometimes with a ",": tidy them for one-line output.
        while message.hasSuffix(",") || message.hasSuffix(".") { message.removeLast() }
        diagnostics.append(XMLDiagnostic(level: level, line: Int(e.line), column: Int(e.int2), message: message, code: Int(e.code)))
    }

    /// The C callback; `userData` is an unretained `DiagnosticCollector`.
    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue().add(error)
    }
}

/// A copy of bytes in C memory that libxml2 can parse without copying again (readers keep the pointer).
final class CBuffer {
    let pointer: UnsafeMutablePointer<CChar>
    let count: Int

    init(_ data: Data) {
        count = data.count
        pointer = .allocate(capacity: max(count, 1))
        data.withUnsafeBytes { raw in
            if let base = raw.baseAddress { memcpy(pointer, base, count) }
        }
    }

    deinit { pointer.deallocate() }
}

extension String {
    /// A libxml2 `xmlChar*` string (UTF-8) as a Swift String, nil for NULL.
    init?(xmlChars: UnsafePointer<xmlChar>?) {
        guard let xmlChars else { return nil }
        self = String(cString: xmlChars)
    }
}
