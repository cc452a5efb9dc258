import Foundation
import KoglossText

/// Pairs article files in a folder by name: `BASE.txt|.md|.html` (or `BASE.en.*`) is the English translation of
/// `BASE.ko.txt|.ko.md|.ko.html`. Gold files, READMEs, hidden files and other extensions are ignored.
public enum ArticlePairing {
    static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// What a file name says: its base, and whether it is the Korean side. Nil for files that are not articles.
    public static func role(of fileName: String) -> (base: String, korean: Bool)? {
        guard !fileName.hasPrefix("."), !fileName.lowercased().hasPrefix("readme.") else { return nil }
        let parts = fileName.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, extensions.contains(parts[parts.count - 1].lowercased()) else { return nil }
        var stem = Array(parts.dropLast())
        var korean = false
        if stem.count >= 2, let tag = stem.last?.lowercased(), tag == "ko" || tag == "en" {
            korean = tag == "ko"
            stem.removeLast()
        }
        let base = stem.joined(separator: ".")
        return base.isEmpty ? nil : (base, korean)
    }

    /// The English/Korean pairs in `folder` (sorted by base name), and the article files with no partner.
    public static func pairs(in folder: URL) throws -> (pairs: [(english: URL, korean: URL)], unmatched: [URL]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw InputError(file: folder.path, message: "cannot list the folder", hint: "check that it exists and is readable")
        }
        var english: [String: URL] = [:]
        var korean: [String: URL] = [:]
        for name in names {
            guard let role = role(of: name) else { continue }
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            // First file in sorted order wins when a base has several formats.
            if role.korean {
                if korean[role.base] == nil { korean[role.base] = url }
            } else if english[role.base] == nil {
                english[role.base] = url
            }
        }
        var pairs: [(english: URL, korean: URL)] = []
        var unmatched: [URL] = []
        for base in Set(english.keys).union(korean.keys).sorted() {
            switch (english[base], korean[base]) {
            case let (e?, k?): pairs.append((e, k))
            case let (e?, nil): unmatched.append(e)
            case let (nil, k?): unmatched.append(k)
            default: break
            }
        }
        return (pairs, unmatched)
    }
}
