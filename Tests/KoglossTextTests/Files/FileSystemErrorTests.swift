import Foundation
import Testing
@testable import KoglossText

@Suite struct FileSystemErrorTests {
    @Test func describesAFullDisk() {
        // A full disk cannot be provoked safely in a shared, parallel test run (no tmpfs mounts, no RLIMIT_FSIZE),
        // so this checks the message the write path throws for ENOSPC.
        let error = FileSystemError.fromErrno(ENOSPC, path: "/data/corpus.sqlite", operation: "write")
        #expect(error.description == "/data/corpus.sqlite: error: cannot write: No space left on device; free some disk space and try again")
        #expect(error.code == ENOSPC)
    }

    @Test func hintsMatchTheCause() {
        #expect(FileSystemError.fromErrno(EROFS, path: "p", operation: "write").hint == "check that the folder is writable")
        #expect(FileSystemError.fromErrno(ENOENT, path: "p", operation: "lock").message.hasPrefix("cannot lock: "))
        #expect(FileSystemError(path: "p", operation: "x", message: "m").description == "p: error: m")
    }
}
