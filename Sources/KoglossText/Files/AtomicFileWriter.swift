import Foundation

/// Writes a file so that readers see either the old contents or the new, never a half-written file:
/// the data goes to a temporary file `.NAME.tmp-RANDOM` in the same folder, is flushed to disk, and is
/// renamed over the target; the folder is then flushed so the rename itself survives a crash.
public enum AtomicFileWriter {
    /// Temp file in the same folder, write, fsync, rename over, fsync the folder; keeps the old file's permissions.
    /// Throws a clear error on a read-only target or full disk, and leaves the previous file intact.
    public static func write(_ data: Data, to url: URL) throws {
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
            temp = directory + "/." + name + ".tmp-" + randomSuffix()
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
        if rename(temp, target) != 0 { throw fail("replace") }

        // Flush the folder entry; failure here cannot un-rename, and some file systems refuse it.
        let dirfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirfd >= 0 {
            _ = fsync(dirfd)
            close(dirfd)
        }
    }

    /// Writes a string as UTF-8.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// The path to replace: a symbolic link is followed so that the link keeps pointing at the new contents.
    static func resolvedTarget(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
              let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func randomSuffix() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
    }
}
