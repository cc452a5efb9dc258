import Foundation
import KoglossGlossary
import KoglossText

/// Loads the termbase lint checks against through `TermbaseStore` (one `.tbx` file or a folder of them).
/// Any failure is an InputError naming the file.
public enum GlossaryLoading {
    public static func load(_ url: URL) throws -> Termbase {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw InputError(file: url.path, message: "glossary not found",
                             hint: "give --glossary PATH (a .tbx file or a folder), or set 'glossary:' in .kogloss.yml")
        }
        do {
            return try TermbaseStore(path: url).load()
        } catch let error as InputError {
            throw error.file == nil ? error.inFile(url.path) : error
        } catch {
            throw InputError(file: url.path, message: "cannot load the glossary: \(error)", hint: "check that it is a valid TBX file (kogloss glossary validate)")
        }
    }
}
