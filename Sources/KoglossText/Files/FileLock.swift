import Foundation

/// An advisory, blocking lock (flock(2); exclusive for writers, shared for readers) on the file `NAME.lock`
/// beside the target, so that two kogloss processes (or threads) updating the same glossary or corpus take
/// turns. The lock file is created by writers when missing and deliberately never deleted: removing it would
/// let a waiter lock a stale inode (and readers rely on it: no lock file, no writer has started).
/// Re-entrant on one thread: a nested `withLock` for the same target (from any `FileLock` instance) runs
/// directly instead of deadlocking on its own lock.
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
        if HeldLocks.shared.enterIfHeld(path) {
            defer { HeldLocks.shared.leave(path) }
            return try body()
        }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw FileSystemError.fromErrno(errno, path: path, operation: "lock") }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw FileSystemError.fromErrno(errno, path: path, operation: "lock")
        }
        defer { flock(fd, LOCK_UN) }
        HeldLocks.shared.acquired(path)
        defer { HeldLocks.shared.leave(path) }
        return try body()
    }

    /// Runs `body` while no `withLock` holder runs, for readers (several may hold it at once). Creates nothing,
    /// so a reader needs no write access: when the lock file does not exist, no writer has started (a writer
    /// creates it before changing anything, and it is never deleted), so `body` runs unlocked, and runs again
    /// under the shared lock if the file appeared meanwhile. When the file exists but cannot be opened
    /// (another user's, mode 0600), `body` runs unlocked. On a thread that holds `withLock`, runs `body` directly.
    public func withSharedLock<T>(_ body: () throws -> T) throws -> T {
        let path = lockURL.path
        if HeldLocks.shared.isHeldByCurrentThread(path) { return try body() }
        var fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            guard errno == ENOENT else { return try body() }
            let unlocked = Result { try body() }
            fd = open(path, O_RDONLY | O_CLOEXEC)
            if fd < 0 { return try unlocked.get() }
        }
        defer { close(fd) }
        while flock(fd, LOCK_SH) != 0 {
            if errno == EINTR { continue }
            throw FileSystemError.fromErrno(errno, path: path, operation: "lock")
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}

/// The lock files this process holds, by path, with the holding thread and nesting depth.
private final class HeldLocks: @unchecked Sendable {
    static let shared = HeldLocks()
    private let mutex = NSLock()
    private var held: [String: (owner: pthread_t, depth: Int)] = [:]

    /// When the current thread already holds `path`, counts one more level and returns true.
    func enterIfHeld(_ path: String) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard let entry = held[path], pthread_equal(entry.owner, pthread_self()) != 0 else { return false }
        held[path] = (entry.owner, entry.depth + 1)
        return true
    }

    func isHeldByCurrentThread(_ path: String) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard let entry = held[path] else { return false }
        return pthread_equal(entry.owner, pthread_self()) != 0
    }

    func acquired(_ path: String) {
        mutex.lock()
        held[path] = (pthread_self(), 1)
        mutex.unlock()
    }

    func leave(_ path: String) {
        mutex.lock()
        if let entry = held[path] {
            held[path] = entry.depth > 1 ? (entry.owner, entry.depth - 1) : nil
        }
        mutex.unlock()
    }
}
