import Foundation

/// Replaces several files of one folder as one atomic step, by roll-forward journal (the technique of
/// SQLite's journals and git's lock files). Under the caller's exclusive lock:
///
/// 1. every new file is written to its temporary file `.NAME.tmp-RANDOM` and flushed (`AtomicFileWriter`);
/// 2. the journal `FOLDER/.kogloss.pending` is written atomically (temporary file, fsync, rename, fsync
///    of the folder), listing each temporary file and the file it replaces. **Its appearance is the commit
///    point**: before it, the folder holds the old files (plus stray temporary files); after it, the update
///    counts as done even if the process dies;
/// 3. each temporary file is renamed over its target, the folder flushed, the journal deleted, the folder
///    flushed again.
///
/// Whoever finds a journal finishes it (`rollForward`): a temporary file that is gone was already renamed.
/// Until then a reader that cannot write sees the new state through `pendingRenames()`. Updates never
/// delete files, so the journal holds renames only.
public struct RenameJournal: Sendable {
    /// The journal's file name inside the folder.
    public static let fileName = ".kogloss.pending"
    /// The first line of a journal, naming its format.
    static let formatLine = "kogloss rename journal 1"

    /// The folder whose files are replaced together.
    public let folder: URL
    /// `FOLDER/.kogloss.pending`.
    public var url: URL { folder.appendingPathComponent(Self.fileName) }

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    /// One replacement: `temporary` (already written and flushed) becomes `target`.
    public struct Rename: Equatable, Sendable {
        public var temporary: URL
        public var target: URL
        public init(temporary: URL, target: URL) {
            self.temporary = temporary
            self.target = target
        }
    }

    /// Steps of `replace`, for tests that simulate a crash after one of them.
    enum Step: Equatable {
        /// `count` temporary files written, no journal yet.
        case temporariesWritten(Int)
        /// The journal committed, no rename done.
        case committed
        /// `count` renames done, the journal still there.
        case renamed(Int)
        /// Every rename done and flushed, the journal still there.
        case allRenamed
    }

    /// Whether a committed journal waits to be finished.
    public var isPending: Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }

    /// Replaces every file of `files` (targets inside or, through symbolic links, outside the folder) so that
    /// after a crash at any moment the files are all old or all new. The caller holds the exclusive lock of
    /// the folder and has finished any earlier journal. Throws before the commit point with nothing
    /// changed; after it (a rename failing) with the update committed, to be finished by the next command.
    public func replace(_ files: [(url: URL, data: Data)]) throws {
        try replace(files, stoppingAfter: nil)
    }

    func replace(_ files: [(url: URL, data: Data)], stoppingAfter stop: Step?) throws {
        var renames: [Rename] = []
        var committed = false
        defer {
            // Before the commit point a failure leaves the old files; take the temporary files away.
            if !committed && stop == nil { for rename in renames { unlink(rename.temporary.path) } }
        }
        for file in files {
            let temporary = try AtomicFileWriter.writeTemporary(file.data, for: file.url)
            renames.append(Rename(temporary: temporary, target: file.url.standardizedFileURL))
            if stop == .temporariesWritten(renames.count) { return }
        }
        try AtomicFileWriter.write(encode(renames), to: url)
        committed = true
        if stop == .committed { return }
        try finish(renames, stoppingAfter: stop)
    }

    /// Finishes a journal left by a process that died after its commit point: renames each temporary file
    /// that still exists over its target, flushes, deletes the journal. Returns false when there was none.
    /// The caller holds the exclusive lock. Throws `InputError` for a journal it cannot read.
    @discardableResult
    public func rollForward() throws -> Bool {
        guard let renames = try pendingRenames() else { return false }
        try finish(renames, stoppingAfter: nil)
        return true
    }

    private func finish(_ renames: [Rename], stoppingAfter stop: Step?) throws {
        var folders: [String] = []
        for (i, rename) in renames.enumerated() {
            let target = AtomicFileWriter.resolvedTarget(rename.target.path)
            if Foundation.rename(rename.temporary.path, target) != 0 {
                let code = errno
                // Gone: renamed before the previous process died (temporary files are never deleted while a
                // journal names them).
                if code == ENOENT && !FileManager.default.fileExists(atPath: rename.temporary.path) { continue }
                throw FileSystemError(path: target, operation: "replace", code: code,
                                      message: "cannot replace: \(String(cString: strerror(code))); the update is recorded in \(url.path)",
                                      hint: "the next kogloss command that can write this folder completes it")
            }
            let folder = (target as NSString).deletingLastPathComponent
            if !folders.contains(folder) { folders.append(folder) }
            if stop == .renamed(i + 1) { return }
        }
        for folder in folders { AtomicFileWriter.syncFolder(folder) }
        if stop == .allRenamed { return }
        // A journal that stays (say the delete fails) names only missing temporary files: finishing it again
        // changes nothing.
        unlink(url.path)
        AtomicFileWriter.syncFolder(folder.path)
    }

    /// The renames of a committed journal, or nil when there is none. Relative paths in the journal are taken
    /// from the folder, so a moved folder still finishes. Throws `InputError` for an unreadable journal.
    public func pendingRenames() throws -> [Rename]? {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            if !isPending { return nil }
            throw FileSystemError(path: url.path, operation: "read", message: "cannot read the pending update journal",
                                  hint: "check the folder's permissions")
        }
        guard let renames = decode(data) else {
            throw InputError(file: url.path, message: "the pending update journal is damaged",
                             hint: "kogloss writes this file to finish an interrupted glossary update; move it away to keep the files as they are")
        }
        return renames
    }

    /// Deletes temporary files of an update that died before its commit point: hidden files
    /// `.NAME.tmp-RANDOM` in the folder for a `NAME` that `isTarget` accepts, and the journal's own. Call it
    /// under the exclusive lock, after `rollForward` (does nothing while a journal names temporary files).
    public func removeStrayTemporaries(for isTarget: (String) -> Bool) {
        guard !isPending else { return }
        AtomicFileWriter.removeTemporaries(in: folder) { $0 == Self.fileName || isTarget($0) }
    }

    /// One line per rename, `TEMPORARY<TAB>TARGET`, paths relative to the folder when inside it, with
    /// backslash escapes for tab, line feed and backslash; the format line first and `end` last, so a
    /// truncated journal is refused instead of half-applied.
    func encode(_ renames: [Rename]) -> Data {
        var text = Self.formatLine + "\n"
        for rename in renames { text += escape(relative(rename.temporary)) + "\t" + escape(relative(rename.target)) + "\n" }
        text += "end\n"
        return Data(text.utf8)
    }

    func decode(_ data: Data) -> [Rename]? {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == Self.formatLine, lines.last == "", lines.count >= 3, lines[lines.count - 2] == "end" else { return nil }
        lines = Array(lines[1..<(lines.count - 2)])
        var renames: [Rename] = []
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 2, let temporary = unescape(fields[0]), let target = unescape(fields[1]),
                  !temporary.isEmpty, !target.isEmpty else { return nil }
            renames.append(Rename(temporary: absolute(temporary), target: absolute(target)))
        }
        return renames
    }

    private func relative(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let prefix = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        return path.hasPrefix(prefix) && !path.dropFirst(prefix.count).contains("/") ? String(path.dropFirst(prefix.count)) : path
    }

    private func absolute(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
    }

    private func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    private func unescape(_ text: String) -> String? {
        var out = ""
        var escaped = false
        for c in text {
            if escaped {
                switch c {
                case "\\": out += "\\"
                case "t": out += "\t"
                case "n": out += "\n"
                default: return nil
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return escaped ? nil : out
    }
}
