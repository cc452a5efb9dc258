import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Helpers for the hardening tests: starting `kogloss` without waiting, killing it with SIGKILL, comparing
/// folders byte for byte, querying SQLite with the `sqlite3` shell and running commands inside a private
/// mount namespace (a small tmpfs, a read-only mount) so nothing outside the test changes.
enum HardenProcess {
    /// Starts `kogloss ARGS` in `directory`, output discarded.
    static func start(_ arguments: [String], in directory: URL) throws -> Process {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `kogloss ARGS` and sends SIGKILL after `delay` microseconds unless it has finished; true when
    /// the command ran to its end (exit status 0) before the kill.
    static func runKilled(_ arguments: [String], in directory: URL, afterMicroseconds delay: UInt32) throws -> Bool {
        let process = try start(arguments, in: directory)
        usleep(delay)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus == 0
    }

    /// Wall time of one complete run, in microseconds (the kill delays are drawn around it).
    static func duration(_ arguments: [String], in directory: URL) throws -> UInt32 {
        let start = DispatchTime.now()
        let result = try CLIRunner.run(arguments, in: directory)
        precondition(result.status == 0, "reference run failed: \(result.stderr)")
        return UInt32((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1000)
    }

    /// Runs any program and captures its output (for `sqlite3`, `unshare`).
    static func runTool(_ path: String, _ arguments: [String], in directory: URL? = nil) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let outBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outBox.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outBox.data, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// The visible files of a folder (names not starting with "."), name -> bytes: what a folder termbase loads.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    var files: [String: Data]

    init(_ folder: URL) throws {
        files = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
    }

    var description: String { files.keys.sorted().map { "\($0) (\(files[$0]!.count) bytes)" }.joined(separator: ", ") }

    /// Replaces the folder's contents with this snapshot.
    func restore(to folder: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
    }
}

/// The `sqlite3` shell, to check a store from outside kogloss.
enum SQLiteShell {
    static let path: String? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Output lines of `sqlite3 -batch DB SQL` (throws on a non-zero status).
    static func query(_ database: URL, _ sql: String) throws -> [String] {
        guard let path else { throw HardenFailure("the sqlite3 shell is needed (apt-get install sqlite3)") }
        let result = try HardenProcess.runTool(path, ["-batch", database.path, sql])
        guard result.status == 0 else { throw HardenFailure("sqlite3 failed on \(database.lastPathComponent): \(result.stderr)") }
        return result.stdout.split(separator: "\n").map(String.init)
    }
}

/// Shell scripts run as root in a private mount namespace (`unshare --mount`, or `unshare -rm` as an
/// ordinary user): mounts made there (a 64 KiB tmpfs, a read-only remount) vanish with the process.
enum MountNamespace {
    static let unshare: String? = ["/usr/bin/unshare", "/bin/unshare"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs `sh -c SCRIPT` in a new mount namespace; `$KOGLOSS` names the binary.
    static func run(_ script: String, in directory: URL) throws -> CLIResult {
        guard let unshare else { throw HardenFailure("unshare (util-linux) is needed for the full-disk and read-only tests") }
        let flags = getuid() == 0 ? ["--mount", "--propagation", "private"] : ["--map-root-user", "--mount", "--propagation", "private"]
        let body = "set -u\nKOGLOSS='\(CLIRunner.binary.path)'\nexport NO_COLOR=1\n" + script
        return try HardenProcess.runTool(unshare, flags + ["/bin/sh", "-c", body], in: directory)
    }

    /// Whether a tmpfs can be mounted here (root, or unprivileged user namespaces).
    static let isAvailable: Bool = {
        guard let dir = try? CLIRunner.temporaryDirectory("kogloss-ns-probe") else { return false }
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try? run("mkdir m && mount -t tmpfs -o size=64k tmpfs m && echo mounted", in: dir)
        return result?.stdout.contains("mounted") == true
    }()
}

struct HardenFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
