import Foundation
import KoglossText

/// The source format of an article file.
public enum ArticleFormat: String, Sendable, CaseIterable {
    case text, markdown, html

    /// The format implied by a file name's extension (`.md`/`.markdown`, `.html`/`.htm`, else text).
    public init(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: self = .text
        }
    }

    /// `init(pathExtension: url.pathExtension)`, with the extension read straight from the URL's string when
    /// it is a plain path (Foundation parses the whole URL for `pathExtension`, microseconds per file).
    public init(url: URL) {
        if let plain = Self.plainPathExtension(url.relativeString) {
            self.init(pathExtension: plain)
        } else {
            self.init(pathExtension: url.pathExtension)
        }
    }

    /// The extension of the last component of a relative path or a `file:///` URL string made only of ASCII
    /// letters, digits, `/ . - _ ~ +`, or nil when the string needs Foundation's parsing (a scheme other than
    /// `file:///`, percent escapes, a query, a trailing slash, a component starting or ending with a dot, "..").
    static func plainPathExtension(_ string: String) -> String? {
        UTF8Decoding.withBytes(of: string) { bytes -> String? in
            var start = 0
            if ArticleReader.contains(bytes, "file:///", within: 8) { start = 7 }
            var componentStart = start
            var lastDot = -1
            for i in start..<bytes.count {
                let b = bytes[i]
                switch b {
                case 0x2F: componentStart = i + 1; lastDot = -1
                case 0x2E: lastDot = i
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x7E, 0x2B: break
                default: return nil
                }
            }
            guard componentStart < bytes.count else { return nil }
            guard lastDot >= 0 else { return "" }
            guard lastDot > componentStart, bytes[lastDot - 1] != 0x2E, lastDot + 1 < bytes.count else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[(lastDot + 1)...]), as: UTF8.self)
        }
    }
}
