import Foundation
import Testing
@testable import KoglossText

@Suite struct FileLockTests {
    @Test func createsTheLockFileBesideTheTarget() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.file("glossary.tbx")
        let value = try FileLock(url: target).withLock { 42 }
        #expect(value == 42)
        #expect(try folder.contents() == ["glossary.tbx.lock"])
    }

    @Test func criticalSectionsDoNotInterleaveAcrossThreads() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.file("counter.txt")
        try Data("0".utf8).write(to: target)
        let rounds = 24
        // Each section reads the counter, pauses, then writes it back incremented: any overlap loses an update.
        DispatchQueue.concurrentPerform(iterations: rounds) { _ in
            try? FileLock(url: target).withLock {
                let current = Int(try String(contentsOf: target, encoding: .utf8))!
                usleep(2000)
                try Data(String(current + 1).utf8).write(to: target)
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == String(rounds))
    }

    @Test func waitsForAnotherProcess() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.file("corpus.sqlite")
        let lockPath = target.path + ".lock"
        let marker = folder.file("held")
        let done = folder.file("done")
        // flock(1) from util-linux holds the same lock file in another process for a moment.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [lockPath, "-c", "touch '\(marker.path)'; sleep 0.6; touch '\(done.path)'"]
        try holder.run()
        defer { holder.waitUntilExit() }
        var waited = 0
        while !FileManager.default.fileExists(atPath: marker.path) && waited < 500 { usleep(10_000); waited += 1 }
        #expect(FileManager.default.fileExists(atPath: marker.path))
        let start = Date()
        let holderFinished = try FileLock(url: target).withLock { FileManager.default.fileExists(atPath: done.path) }
        #expect(Date().timeIntervalSince(start) > 0.3)
        #expect(holderFinished)
    }

    @Test func releasesTheLockWhenTheBodyThrows() throws {
        struct Boom: Error {}
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lock = FileLock(url: folder.file("x"))
        #expect(throws: Boom.self) { try lock.withLock { throw Boom() } }
        // A second, independent lock would block forever if the first were still held.
        #expect(try FileLock(url: folder.file("x")).withLock { true })
    }

    @Test func nestedLocksOnOneThreadDoNotDeadlock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.file("glossary.tbx")
        // flock(1) --nonblock in another process: exit status 0 when it could take the lock.
        func otherProcessCanLock() throws -> Bool {
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
            probe.arguments = ["--nonblock", target.path + ".lock", "true"]
            try probe.run()
            probe.waitUntilExit()
            return probe.terminationStatus == 0
        }
        let (depth, heldInside) = try FileLock(url: target).withLock {
            try FileLock(url: target).withLock {
                try FileLock(url: target).withLock { (3, try !otherProcessCanLock()) }
            }
        }
        #expect(depth == 3)
        #expect(heldInside)
        #expect(try otherProcessCanLock())
    }

    @Test func failsClearlyWhenTheLockCannotBeCreated() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let plain = folder.file("plain")
        try Data().write(to: plain)
        let error = try #require(throws: FileSystemError.self) { try FileLock(url: plain.appendingPathComponent("t")).withLock { 1 } }
        #expect(error.path.hasSuffix("plain/t.lock"))
    }
}
