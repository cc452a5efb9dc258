import Foundation
import KoglossGlossary
import KoglossText

/// Loads the termbase lint checks against: one `.tbx` file, or every `.tbx` file of a folder (in name
/// order) merged into one termbase. Any failure is an InputError naming the file.
public enum GlossaryLoading {
    public static func load(_ url: URL) throws -> Termbase {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw InputError(file: url.path, message: "glossary not found",
                             hint: "give --glossary PATH (a .tbx file or a folder), or set 'glossary:' in .kogloss.yml")
        }
        var files = [url]
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            files = names.filter { $0.hasSuffix(".tbx") }.sorted().map { url.appendingPathComponent($0) }
            guard !files.isEmpty else {
                throw InputError(file: url.path, message: "the glossary folder has no .tbx file", hint: "give --glossary PATH to a .tbx file")
            }
        }
        var termbase: Termbase? = nil
        for file in files {
            let loaded: Termbase
            do {
                loaded = try TBXReader.read(url: file).termbase
            } catch let error as InputError {
                throw error.file == nil ? error.inFile(file.path) : error
            } catch {
                throw InputError(file: file.path, message: "cannot load the glossary: \(error)", hint: "check that it is a valid TBX file")
            }
            if termbase == nil { termbase = loaded } else { termbase!.concepts += loaded.concepts }
        }
        return termbase!
    }
}
