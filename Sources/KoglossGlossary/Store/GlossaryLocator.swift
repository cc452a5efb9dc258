import Foundation

/// Finds the termbase a command works on: the `--glossary` flag, then the project configuration's
/// `glossary:` entry, then `glossary/` in the current directory. Relative paths are taken from `cwd`.
public enum GlossaryLocator {
    /// The default termbase folder name.
    public static let defaultFolder = "glossary"

    /// The termbase location: `explicit` (a flag), else `configured` (config file), else `cwd/glossary/`.
    public static func resolve(explicit: String?, configured: String? = nil, cwd: URL) -> URL {
        let chosen = [explicit, configured].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
            ?? defaultFolder
        let expanded = (chosen as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
        return cwd.appendingPathComponent(expanded).standardizedFileURL
    }
}
