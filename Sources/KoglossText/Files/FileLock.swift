import Foundation

/// An advisory, blocking lock (flock(2), exclusive) on the file `NAME.lock` beside the target, so that two
/// kogloss processes (or threads) updating the same glossary or corpus take turns. The lock file is created
/// when missing and deliberately never deleted: removing it would let a waiter lock a stale inode.
public final class FileLock: Sendable {
    /// The file being protected.
    public let url: URL
    /// The lock file: the target's path plus `.lock`.
    public let lockURL: URL

    public init(url: URL) {
        self.url = url
        self.lockURL = URL(fileURLWithPath: url.path + ".lock")
    }

    /// Runs `body` while holding the lock; the lock is released when `body` returns or throws.
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        let path = lockURL.path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw FileSystemError.fromErrno(errno, path: path, operation: "lock") }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw FileSystemError.fromErrno(errno, path: path, operation: "lock")
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
