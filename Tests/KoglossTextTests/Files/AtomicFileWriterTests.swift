import Foundation
import Testing
@testable import KoglossText

@Suite struct AtomicFileWriterTests {
    @Test func createsANewFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.file("glossary.tbx")
        try AtomicFileWriter.write(Data("<tbx/>".utf8), to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "<tbx/>")
        #expect(try folder.contents() == ["glossary.tbx"])
    }

    @Test func replacesAnExistingFileAndKeepsItsMode() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.file("notes.txt")
        try Data("old contents that are longer".utf8).write(to: target)
        #expect(chmod(target.path, 0o640) == 0)
        try AtomicFileWriter.write("new 전략군", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "new 전략군")
        var info = stat()
        #expect(stat(target.path, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o640)
        #expect(try folder.contents() == ["notes.txt"])
    }

    @Test func writesEmptyAndLargeData() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.file("big.bin")
        try AtomicFileWriter.write(Data(), to: target)
        #expect(try Data(contentsOf: target).isEmpty)
        let big = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try AtomicFileWriter.write(big, to: target)
        #expect(try Data(contentsOf: target) == big)
    }

    // Tests run as root, which ignores permission bits, so an unwritable target is made another way:
    // a path whose parent is a regular file cannot be created by anyone (ENOTDIR).
    @Test func failsClearlyWhenTheFolderCannotHoldTheFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let notAFolder = folder.file("plain-file")
        try Data("x".utf8).write(to: notAFolder)
        let target = notAFolder.appendingPathComponent("out.txt")
        let error = try #require(throws: FileSystemError.self) { try AtomicFileWriter.write(Data("y".utf8), to: target) }
        #expect(error.path == target.path)
        #expect(error.code == ENOTDIR)
        #expect(error.description.hasPrefix("\(target.path): error: cannot write"))
        #expect(try folder.contents() == ["plain-file"])
        #expect(try String(contentsOf: notAFolder, encoding: .utf8) == "x")
    }

    @Test func failsClearlyWhenTheFolderIsMissing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.file("no-such-folder/out.txt")
        let error = try #require(throws: FileSystemError.self) { try AtomicFileWriter.write(Data("y".utf8), to: target) }
        #expect(error.code == ENOENT)
        #expect(error.hint == "check that the folder exists")
        #expect(try folder.contents().isEmpty)
    }

    // The rename step fails when the target is a non-empty folder: the temp file must not be left behind.
    @Test func removesTheTempFileWhenTheRenameFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.file("taken")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: target.appendingPathComponent("inside.txt"))
        #expect(throws: FileSystemError.self) { try AtomicFileWriter.write(Data("y".utf8), to: target) }
        #expect(try folder.contents() == ["taken"])
        #expect(try String(contentsOf: target.appendingPathComponent("inside.txt"), encoding: .utf8) == "keep")
    }

    @Test func followsSymbolicLinks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let real = folder.file("real.txt")
        let link = folder.file("link.txt")
        try Data("old".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try AtomicFileWriter.write(Data("new".utf8), to: link)
        #expect(try String(contentsOf: real, encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(try folder.contents() == ["link.txt", "real.txt"])
    }

    @Test func concurrentWritersNeverLeaveAPartialFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.file("shared.txt")
        let versions = (0..<8).map { String(repeating: Character(UnicodeScalar(UInt8(65 + $0))), count: 200_000) }
        DispatchQueue.concurrentPerform(iterations: versions.count) { index in
            try? AtomicFileWriter.write(versions[index], to: target)
        }
        let final = try String(contentsOf: target, encoding: .utf8)
        #expect(versions.contains(final))
        #expect(try folder.contents() == ["shared.txt"])
    }
}
