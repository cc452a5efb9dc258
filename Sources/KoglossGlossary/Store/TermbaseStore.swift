import Foundation
import KoglossText

/// A termbase on disk: one `.tbx` file, or a folder whose `*.tbx` files load as one termbase (concept ids
/// unique across files). Each concept remembers its file; updates re-read the files under an advisory lock,
/// apply the change and rewrite only the files whose content changed, each atomically, so two concurrent
/// `kogloss glossary add` runs both land and a reader never sees a half-written file. A change to several
/// files of a folder commits through a `RenameJournal` (`FOLDER/.kogloss.pending`): after a crash at any
/// moment the folder loads as all old or all new files. Readers take the lock shared, so they never see
/// some files of an update and not others.
public final class TermbaseStore {
    /// The `.tbx` file or the folder, as given.
    public let path: URL
    /// Warnings from the last load (elements kept verbatim, ids assigned), per file.
    public private(set) var warnings: [TBXWarning] = []
    /// The file each loaded concept came from.
    public private(set) var conceptFiles: [String: URL] = [:]
    /// Line of each loaded concept in its file.
    public private(set) var conceptLines: [String: Int] = [:]
    /// The header of each loaded file.
    public private(set) var headers: [URL: TermbaseHeader] = [:]
    /// The files loaded, in load order.
    public private(set) var files: [URL] = []
    /// Each file's concepts as loaded: a file is rewritten only when its concepts (or header) changed, so an
    /// update never converts untouched TBX 2008 or foreign files.
    private var loadedConcepts: [URL: [Concept]] = [:]

    public init(path: URL) {
        self.path = path.standardizedFileURL
    }

    /// Whether `path` names a single file (ends in `.tbx` or is an existing regular file) rather than a folder.
    public var isSingleFile: Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) { return !isDirectory.boolValue }
        return path.pathExtension.lowercased() == "tbx"
    }

    /// Whether anything exists at `path`.
    public var exists: Bool { FileManager.default.fileExists(atPath: path.path) }

    /// The lock shared by every writer of this termbase (for a folder: `FOLDER/.kogloss.lock`).
    var lock: FileLock {
        isSingleFile ? FileLock(url: path) : FileLock(url: path.appendingPathComponent(".kogloss"))
    }

    /// The roll-forward journal of a folder termbase (nil for a single file, whose update is one rename).
    var journal: RenameJournal? { isSingleFile ? nil : RenameJournal(folder: path) }

    /// The `.tbx` files of the termbase, sorted by name (a folder's direct children only).
    public func tbxFiles() throws -> [URL] {
        if isSingleFile { return exists ? [path] : [] }
        guard exists else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path.path)
        } catch {
            throw InputError(file: path.path, message: "cannot list the glossary folder", hint: "check the path and permissions")
        }
        return names.filter(Self.isTermbaseFileName).sorted().map { path.appendingPathComponent($0) }
    }

    /// A file of a folder termbase: `*.tbx`, not hidden (temporary files are hidden).
    static func isTermbaseFileName(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".tbx") && !name.hasPrefix(".")
    }

    /// Loads every file into one termbase (concepts in file order, files by name). The header is the first file's.
    /// Throws `InputError` for a missing termbase, malformed TBX or a concept id used in two files.
    public func load() throws -> Termbase {
        try load(rollingForward: true)
    }

    /// `load()`; with `rollingForward` false a pending journal is only read, as on a read-only folder.
    func load(rollingForward: Bool) throws -> Termbase {
        guard exists else {
            throw InputError(file: path.path, message: "no termbase here",
                             hint: "pass --glossary PATH, or create one with 'kogloss glossary add' or 'kogloss glossary import'")
        }
        guard let journal else { return try loadFiles() }
        if rollingForward && journal.isPending {
            // A writer died after its commit point (or is finishing right now: the lock waits for it). Finish
            // the renames when the folder is writable; otherwise loadFiles reads the new files where they are.
            _ = try? lock.withLock { try journal.rollForward() }
        }
        return try lock.withSharedLock { try loadFiles() }
    }

    /// Reads the files as they are (callers hold the lock, shared or exclusive). A committed journal that
    /// could not be finished counts: its files are read from their temporary files, so a read-only folder
    /// shows the state after the interrupted update.
    private func loadFiles() throws -> Termbase {
        var urls = try tbxFiles()
        var pendingSource: [String: URL] = [:]
        for rename in try journal?.pendingRenames() ?? [] where FileManager.default.fileExists(atPath: rename.temporary.path) {
            let target = rename.target.standardizedFileURL
            pendingSource[target.path] = rename.temporary
            if !urls.contains(where: { $0.path == target.path }) && target.deletingLastPathComponent().path == path.path
                && Self.isTermbaseFileName(target.lastPathComponent) {
                urls.append(target)
            }
        }
        urls.sort { $0.lastPathComponent < $1.lastPathComponent }
        var termbase = Termbase()
        var fileOf: [String: URL] = [:]
        var allWarnings: [TBXWarning] = []
        var headers: [URL: TermbaseHeader] = [:]
        var loadedConcepts: [URL: [Concept]] = [:]
        var lines: [String: Int] = [:]
        // Parse files in parallel (each parse is independent); merge in name order.
        var results = [Result<TBXReadResult, Error>?](repeating: nil, count: urls.count)
        let lockResults = NSLock()
        DispatchQueue.concurrentPerform(iterations: urls.count) { i in
            let result = Result {
                if let source = pendingSource[urls[i].path] {
                    return try TBXReader.read(data: Data(contentsOf: source), file: urls[i].path)
                }
                return try TBXReader.read(url: urls[i])
            }
            lockResults.lock()
            results[i] = result
            lockResults.unlock()
        }
        for (i, url) in urls.enumerated() {
            let read = try results[i]!.get()
            if i == 0 { termbase.header = read.termbase.header }
            headers[url] = read.termbase.header
            allWarnings += read.warnings
            for concept in read.termbase.concepts {
                if let other = fileOf[concept.id] {
                    throw InputError(file: url.path, message: "duplicate concept id '\(concept.id)' (also in \(other.lastPathComponent))",
                                     hint: "concept ids must be unique across the glossary's files; rename one")
                }
                fileOf[concept.id] = url
            }
            termbase.concepts += read.termbase.concepts
            loadedConcepts[url] = read.termbase.concepts
            lines.merge(read.conceptLines) { a, _ in a }
        }
        conceptLines = lines
        self.loadedConcepts = loadedConcepts
        conceptFiles = fileOf
        self.headers = headers
        files = urls
        warnings = allWarnings
        return termbase
    }

    /// The file new concepts go to: the termbase file itself, or the first `.tbx` of the folder by name,
    /// or `FOLDER/glossary.tbx` in an empty folder.
    public func defaultFileForNewConcepts() throws -> URL {
        if isSingleFile { return path }
        return try tbxFiles().first ?? path.appendingPathComponent("glossary.tbx")
    }

    /// Re-reads the termbase under the lock, lets `change` edit it, and writes back the files whose content
    /// changed (atomically). New concepts go to `newConceptFile` (default: `defaultFileForNewConcepts()`).
    /// Creates the folder or file when it does not exist yet. Returns what `change` returns.
    @discardableResult
    public func update<T>(newConceptFile: URL? = nil, _ change: (inout Termbase) throws -> T) throws -> T {
        if !isSingleFile && !exists {
            do {
                try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
            } catch {
                throw FileSystemError(path: path.path, operation: "create", message: "cannot create the glossary folder",
                                      hint: "check that the parent folder is writable")
            }
        }
        return try lock.withLock {
            if let journal {
                try journal.rollForward()
                journal.removeStrayTemporaries(for: Self.isTermbaseFileName)
            } else {
                let target = URL(fileURLWithPath: AtomicFileWriter.resolvedTarget(path.path))
                AtomicFileWriter.removeTemporaries(in: target.deletingLastPathComponent()) { $0 == target.lastPathComponent }
            }
            var termbase = try loadFiles()
            let before = termbase
            let result = try change(&termbase)
            if termbase == before { return result }
            try validateIDs(termbase)
            let target = try newConceptFile ?? defaultFileForNewConcepts()
            var byFile: [URL: [Concept]] = [:]
            var order = files
            for concept in termbase.concepts {
                let file = conceptFiles[concept.id] ?? target
                if !order.contains(file) { order.append(file) }
                byFile[file, default: []].append(concept)
            }
            var pending: [(file: URL, data: Data)] = []
            for file in order {
                var header = headers[file] ?? termbase.header
                if file == files.first { header = termbase.header }
                let concepts = byFile[file] ?? []
                if let loaded = loadedConcepts[file], loaded == concepts, header == headers[file] { continue }
                let data = TBXWriter.write(Termbase(header: header, concepts: byFile[file] ?? []))
                if let existing = try? Data(contentsOf: file), existing == data { continue }
                pending.append((file, data))
            }
            // Read every new file back before replacing anything: a change the reader would refuse (a term
            // XML cannot hold, a file left with one language) must fail here, not make the glossary unloadable.
            for (file, data) in pending {
                do {
                    _ = try TBXReader.read(data: data, file: file.path)
                } catch let error as InputError {
                    throw InputError(file: file.path, message: "the change would make this termbase unreadable (\(error.message)); nothing was written",
                                     hint: "check the new terms for control characters, empty text or a missing language")
                }
            }
            if pending.count > 1, let journal {
                // All files or none, even across a crash.
                try journal.replace(pending.map { (url: $0.file, data: $0.data) })
            } else {
                for (file, data) in pending { try AtomicFileWriter.write(data, to: file) }
            }
            // Keep the in-memory view consistent with the disk.
            var fileOf: [String: URL] = [:]
            for (file, concepts) in byFile { for c in concepts { fileOf[c.id] = file } }
            conceptFiles = fileOf
            files = order
            loadedConcepts = byFile
            return result
        }
    }

    private func validateIDs(_ termbase: Termbase) throws {
        var seen = Set<String>()
        for concept in termbase.concepts {
            guard ConceptID.isValid(concept.id) else {
                throw InputError(message: "'\(concept.id)' is not a valid concept id", hint: "use letters, digits and hyphens, starting with a letter")
            }
            guard seen.insert(concept.id).inserted else {
                throw InputError(message: "duplicate concept id '\(concept.id)'", hint: "concept ids must be unique")
            }
        }
    }
}
