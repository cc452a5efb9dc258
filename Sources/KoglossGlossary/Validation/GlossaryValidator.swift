import Foundation

/// A problem found by `GlossaryValidator` in one concept.
public struct GlossaryIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable { case error, warning }
    public var severity: Severity
    public var conceptID: String
    public var message: String
    /// The file and line of the concept, when known.
    public var file: String?
    public var line: Int?

    public init(severity: Severity, conceptID: String, message: String, file: String? = nil, line: Int? = nil) {
        self.severity = severity
        self.conceptID = conceptID
        self.message = message
        self.file = file
        self.line = line
    }

    /// `file:line: severity: [id] message`.
    public var description: String {
        var location = file ?? "<glossary>"
        if let line { location += ":\(line)" }
        return "\(location): \(severity.rawValue): [\(conceptID)] \(message)"
    }
}

/// Consistency checks over a whole termbase: the same term in several concepts, concepts without a preferred
/// English term, conflicting statuses, and cross references to concepts that do not exist.
public enum GlossaryValidator {
    /// All issues, errors first, then by concept order.
    public static func validate(_ termbase: Termbase, files: [String: URL] = [:], lines: [String: Int] = [:]) -> [GlossaryIssue] {
        var issues: [GlossaryIssue] = []
        func issue(_ severity: GlossaryIssue.Severity, _ id: String, _ message: String) {
            issues.append(GlossaryIssue(severity: severity, conceptID: id, message: message, file: files[id]?.path, line: lines[id]))
        }
        let ids = Set(termbase.concepts.map(\.id))
        // term (language + NFC text) -> concepts using it, with statuses
        var usage: [String: [(id: String, status: AdministrativeStatus)]] = [:]
        var keyText: [String: (LanguageCode, String)] = [:]
        for concept in termbase.concepts {
            if !concept.terms.contains(where: { $0.language.isEnglish && $0.status == .preferred }) {
                issue(.warning, concept.id, "no preferred English term")
            }
            for language in concept.languages {
                let preferred = concept.terms(in: language).filter { $0.status == .preferred }
                if preferred.count > 1 {
                    issue(.error, concept.id, "\(preferred.count) preferred \(language) terms (\(preferred.map { "'\($0.text)'" }.joined(separator: ", "))); keep one and make the others admitted")
                }
            }
            var seenHere: [String: AdministrativeStatus] = [:]
            for term in concept.terms {
                let key = term.language.code + "\u{0}" + term.text
                if let other = seenHere[key] {
                    if other != term.status {
                        issue(.error, concept.id, "'\(term.text)' is listed twice with conflicting statuses (\(other.rawValue), \(term.status.rawValue))")
                    }
                    continue
                }
                seenHere[key] = term.status
                usage[key, default: []].append((concept.id, term.status))
                keyText[key] = (term.language, term.text)
            }
            for ref in concept.crossReferences {
                if ref.target == concept.id {
                    issue(.error, concept.id, "cross reference to itself")
                } else if !ids.contains(ref.target) {
                    issue(.error, concept.id, "dangling cross reference to '\(ref.target)' (\(ref.relation.rawValue)): no such concept")
                }
            }
        }
        // Report each shared term once, on the concept where it appears last.
        for concept in termbase.concepts {
            var reported = Set<String>()
            for term in concept.terms {
                let key = term.language.code + "\u{0}" + term.text
                guard let users = usage[key], users.count > 1, users.last?.id == concept.id, reported.insert(key).inserted else { continue }
                let others = users.dropLast().map(\.id)
                let statuses = Set(users.map(\.status))
                if statuses.contains(.preferred) && statuses.contains(where: \.isDiscouraged) {
                    issue(.error, concept.id, "\(term.language) term '\(term.text)' is preferred in one concept and \(statuses.contains(.deprecated) ? "deprecated" : "superseded") in another (also in \(others.joined(separator: ", ")))")
                } else {
                    issue(.warning, concept.id, "\(term.language) term '\(term.text)' is also a term of \(others.joined(separator: ", "))")
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: termbase.concepts.enumerated().map { ($1.id, $0) })
        return issues.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity == .error }
            let oa = order[a.element.conceptID] ?? 0, ob = order[b.element.conceptID] ?? 0
            return oa != ob ? oa < ob : a.offset < b.offset
        }.map(\.element)
    }
}
