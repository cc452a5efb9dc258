import Foundation
import KoglossGlossary
import KoglossText

/// Parsing of the values glossary flags take, with usage errors that list the allowed values.
enum GlossaryArguments {
    static func subjectField(_ raw: String?) throws -> SubjectField? {
        guard let raw else { return nil }
        guard let field = SubjectField(rawValue: raw.lowercased()) ?? SubjectField.allCases.first(where: { "\($0)".lowercased() == raw.lowercased() }) else {
            throw GlossaryUsageError("unknown subject field '\(raw)'; use one of: \(SubjectField.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return field
    }

    static func status(_ raw: String?) throws -> AdministrativeStatus? {
        guard let raw else { return nil }
        guard let status = AdministrativeStatus(tbxValue: raw.lowercased()) else {
            throw GlossaryUsageError("unknown status '\(raw)'; use one of: \(AdministrativeStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return status
    }

    static func reference(_ raw: String) throws -> CrossReference {
        let parts = raw.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let relation = CrossReference.Relation(rawValue: parts[0].lowercased()) else {
            throw GlossaryUsageError("--ref takes RELATION:CONCEPT-ID with RELATION one of \(CrossReference.Relation.allCases.map(\.rawValue).joined(separator: ", ")), got '\(raw)'")
        }
        return CrossReference(target: parts[1], relation: relation)
    }

    static func date(_ raw: String?, flag: String) throws -> String? {
        guard let raw else { return nil }
        if raw.isEmpty { return "" }
        guard TBXDate.isValid(raw) else { throw GlossaryUsageError("\(flag) takes YYYY, YYYY-MM or YYYY-MM-DD, got '\(raw)'") }
        return raw
    }

    static func termText(_ raw: String, flag: String) throws -> String {
        let text = TextNormalizer.nfc(raw.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !text.isEmpty else { throw GlossaryUsageError("\(flag) needs a non-empty term") }
        return text
    }

    /// Index of a concept by id, or a failure naming the termbase.
    static func conceptIndex(_ id: String, in termbase: Termbase, store: TermbaseStore) throws -> Int {
        guard let i = termbase.concepts.firstIndex(where: { $0.id == id }) else {
            throw GlossaryFailure("no concept '\(id)' in \(store.path.path); 'kogloss glossary list' shows the ids")
        }
        return i
    }

    /// The file new concepts should go to when `--file NAME` was given.
    static func newConceptFile(_ name: String?, store: TermbaseStore) throws -> URL? {
        guard let name else { return nil }
        if store.isSingleFile { throw GlossaryUsageError("--file only applies to a glossary folder") }
        let file = name.hasSuffix(".tbx") ? name : name + ".tbx"
        guard !file.contains("/") else { throw GlossaryUsageError("--file takes a file name inside the glossary folder") }
        return store.path.appendingPathComponent(file)
    }
}
