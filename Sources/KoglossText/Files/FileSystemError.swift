import Foundation

/// A failed file-system operation (writing, renaming, locking), naming the path, the operation and the
/// system's reason, with a hint. Printed on one line like `InputError`: `path: error: message; hint`.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// What was being done: "write", "rename", "lock", ...
    public var operation: String
    /// The errno value, when the failure came from a system call.
    public var code: Int32?
    public var message: String
    public var hint: String?

    public init(path: String, operation: String, code: Int32? = nil, message: String, hint: String? = nil) {
        self.path = path
        self.operation = operation
        self.code = code
        self.message = message
        self.hint = hint
    }

    /// An error from the current `errno` after a failed system call.
    public static func fromErrno(_ code: Int32, path: String, operation: String) -> FileSystemError {
        let reason = String(cString: strerror(code))
        let hint: String
        switch code {
        case EACCES, EPERM, EROFS: hint = "check that the folder is writable"
        case ENOSPC, EDQUOT: hint = "free some disk space and try again"
        case ENOENT, ENOTDIR: hint = "check that the folder exists"
        case EISDIR: hint = "the target is a folder; give a file name"
        default: hint = "check the path and permissions"
        }
        return FileSystemError(path: path, operation: operation, code: code, message: "cannot \(operation): \(reason)", hint: hint)
    }

    /// `path: error: message; hint` on one line.
    public var description: String {
        var text = "\(path): error: \(message)"
        if let hint { text += "; \(hint)" }
        return text
    }
}
