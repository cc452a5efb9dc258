/// A problem with a user's input file, located as precisely as the reader can: a line and column for
/// text formats, a byte offset for binary or undecodable data. Every reader throws this, so the CLI can
/// print one line in the compiler style `file:line:column: error: message` with a hint of what to do.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column in Unicode scalars, when known.
    public var column: Int?
    /// 0-based byte offset, for data that is not text or not valid UTF-8.
    public var byteOffset: Int?
    public var message: String
    /// What to do about it, shown after the message.
    public var hint: String?

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.message = message
        self.hint = hint
    }

    /// The same error attributed to a file (readers that work on bytes do not know the path).
    public func inFile(_ path: String) -> InputError {
        var copy = self
        copy.file = path
        return copy
    }

    /// `file:line:column: error: message; hint` on one line.
    public var description: String {
        var location = file ?? "<input>"
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        } else if let byteOffset {
            location += ": byte \(byteOffset)"
        }
        var text = "\(location): error: \(message)"
        if let hint { text += "; \(hint)" }
        return text
    }
}
