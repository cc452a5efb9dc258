import Foundation
import KoglossText

/// Concept ids: XML IDs (a letter or `_` first), kogloss makes ASCII `a-z0-9-` slugs.
public enum ConceptID {
    /// Whether `id` can be written as a TBX `conceptEntry/@id` (an XML NCName, ASCII subset).
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == ".") }
    }

    /// A slug from a term (`Military Security Command` -> `military-security-command`), unique against `taken`.
    /// Hangul-only terms fall back to their romanisation key or `concept`.
    public static func slug(from text: String, taken: Set<String>) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in TextNormalizer.foldForMatching(text).lowercased().unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        if slug.isEmpty || !(slug.unicodeScalars.first!.properties.isAlphabetic) { slug = "concept" + (slug.isEmpty ? "" : "-" + slug) }
        if slug.count > 60 { slug = String(slug.prefix(60)) }
        var candidate = slug
        var n = 2
        while taken.contains(candidate) {
            candidate = "\(slug)-\(n)"
            n += 1
        }
        return candidate
    }
}
