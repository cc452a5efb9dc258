import Foundation

/// Writes a file so that readers see either the old contents or the new, never a half-written file:
/// the data goes to a temporary file `.NAME.tmp-RANDOM` in the same folder, is flushed to disk, and is
/// renamed over the target; the folder is then flushed so the rename itself survives a crash.
/// Replacing several files at once goes through `RenameJournal`, which uses the same temporary files.
public enum AtomicFileWriter {
    /// Temp file in the same folder, write, fsync, rename over, fsync the folder; keeps the old file's permissions.
    /// Throws a clear error on a read-only target or full disk, and leaves the previous file intact.
    public static func write(_ data: Data, to url: URL) throws {
        let target = resolvedTarget(url.path)
        let temp = try writeTemporary(data, for: url)
        if rename(temp.path, target) != 0 {
            let error = FileSystemError.fromErrno(errno, path: target, operation: "replace")
            unlink(temp.path)
            throw error
        }
        syncFolder(containing: target)
    }

    /// Writes a string as UTF-8.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// The first half of `write`: the data in a new temporary file beside the file `url` resolves to, flushed
    /// to disk and closed, with the permissions of the file it will replace. Returns the temporary file; the
    /// caller renames it over `resolvedTarget(url.path)` (or deletes it). On failure nothing is left behind.
    public static func writeTemporary(_ data: Data, for url: URL) throws -> URL {
        let target = resolvedTarget(url.path)
        let folder = (target as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        let name = (target as NSString).lastPathComponent

        // Keep the permissions of the file being replaced; new files get 0666 minus the umask.
        var existing = stat()
        let previousMode: mode_t? = stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : nil
        if stat(target, &existing) == 0 && (existing.st_mode & S_IFMT) == S_IFDIR {
            throw FileSystemError.fromErrno(EISDIR, path: target, operation: "write")
        }

        var temp = ""
        var fd: Int32 = -1
        for _ in 0..<16 {
            temp = directory + "/" + temporaryName(for: name)
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw FileSystemError.fromErrno(errno, path: target, operation: "write") }

        var failure: FileSystemError?
        defer {
            if fd >= 0 { close(fd) }
            if failure != nil { unlink(temp) }
        }
        func fail(_ operation: String, _ code: Int32 = errno) -> FileSystemError {
            let error = FileSystemError.fromErrno(code, path: target, operation: operation)
            failure = error
            return error
        }

        if let previousMode, fchmod(fd, previousMode) != 0 { throw fail("write") }
        let written: Int32? = data.withUnsafeBytes { raw -> Int32? in
            guard var pointer = raw.baseAddress else { return nil }
            var remaining = raw.count
            while remaining > 0 {
                let n = Foundation.write(fd, pointer, remaining)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                pointer += n
                remaining -= n
            }
            return nil
        }
        if let code = written { throw fail("write", code) }
        if fsync(fd) != 0 { throw fail("write") }
        let closeResult = close(fd)
        fd = -1
        if closeResult != 0 { throw fail("write") }
        return URL(fileURLWithPath: temp)
    }

    /// Flushes the folder holding `path`, so renames and deletions in it survive a crash. Failure cannot
    /// undo them, and some file systems refuse to flush a folder: it is ignored.
    public static func syncFolder(containing path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Flushes the folder `path` itself (see `syncFolder(containing:)`).
    public static func syncFolder(_ path: String) {
        let dirfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirfd >= 0 {
            _ = fsync(dirfd)
            close(dirfd)
        }
    }

    /// The path to replace: a symbolic link is followed so that the link keeps pointing at the new contents.
    public static func resolvedTarget(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
              let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `.NAME.tmp-RANDOM`: hidden, so folder listings of `*.tbx` never pick it up.
    static func temporaryName(for name: String) -> String {
        "." + name + temporaryMarker + randomSuffix()
    }

    /// What follows the file name in a temporary file's name.
    static let temporaryMarker = ".tmp-"
    /// Length of the random part of a temporary file's name.
    static let randomSuffixLength = 8

    /// Whether `name` (a file name, no folder) is a temporary file this writer makes for a file named like
    /// `isTarget` accepts: `.TARGET.tmp-` and eight lowercase letters or digits.
    public static func isTemporaryName(_ name: String, for isTarget: (String) -> Bool) -> Bool {
        let bytes = Array(name.utf8)
        let marker = Array(temporaryMarker.utf8)
        let suffixStart = bytes.count - randomSuffixLength
        let markerStart = suffixStart - marker.count
        guard markerStart > 1, bytes[0] == UInt8(ascii: "."), Array(bytes[markerStart..<suffixStart]) == marker,
              bytes[suffixStart...].allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return false }
        return isTarget(String(decoding: bytes[1..<markerStart], as: UTF8.self))
    }

    /// Deletes the temporary files of writes that were killed before their rename: `.NAME.tmp-RANDOM` in
    /// `folder` for each `NAME` that `isTarget` accepts. Only safe while holding the lock every writer of
    /// those files takes (another writer's temporary file would vanish under it).
    public static func removeTemporaries(in folder: URL, for isTarget: (String) -> Bool) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        var removed = false
        for name in names where isTemporaryName(name, for: isTarget) {
            if unlink(folder.appendingPathComponent(name).path) == 0 { removed = true }
        }
        if removed { syncFolder(folder.path) }
    }

    static func randomSuffix() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<randomSuffixLength).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
    }
}
