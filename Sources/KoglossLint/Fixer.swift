import Foundation
import KoglossText

/// Applies the replacements of auto-fixable findings to a file, changing no other byte: offsets in the
/// decoded text are mapped back to the file's bytes (a byte-order mark and CRLF line ends are kept).
public enum Fixer {
    /// One replacement made.
    public struct Change: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var old: String
        public var new: String
        public var ruleID: String
    }

    /// A fix left undone because the term is not written as plain text in the file (an HTML page writing it
    /// with a character reference such as `&#8217;`, or with markup inside it): replacing bytes there could
    /// corrupt the page, so the finding is reported and left to the translator.
    public struct Skip: Sendable, Equatable {
        public var line: Int
        public var column: Int
        /// The term as the rules read it.
        public var old: String
        public var new: String
        public var ruleID: String
        /// False when the term's text was not found in the page at all (reported at its paragraph's line start).
        public var foundInFile: Bool

        /// Why the fix was not made, for a message.
        public var reason: String {
            foundInFile ? "the page does not write it as plain text (a character reference or markup inside it)"
                : "its text was not found as such on its paragraph's lines in the page"
        }
    }

    /// What fixing a file would do.
    public struct Plan: Sendable {
        public var path: String
        public var original: Data
        public var fixed: Data
        public var changes: [Change]
        /// The decoded text before and after, for the diff.
        public var oldText: String
        public var newText: String
        /// Fixable findings not fixed (see `Skip`), in file order.
        public var skipped: [Skip] = []
    }

    /// Rules whose replacements `--fix` applies.
    public static var fixableRules: Set<String> { Set(RuleRegistry.descriptions.filter(\.isAutoFixable).map(\.id)) }

    /// Plans the fixes of `findings` (fixable rules with a replacement; overlapping ones after the first are skipped).
    public static func plan(path: String, raw: Data, decoded: String, findings: [Finding]) throws -> Plan {
        let fixable = fixableRules
        var chosen: [Finding] = []
        for f in findings.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where fixable.contains(f.ruleID) && f.replacement != nil && !f.range.isEmpty {
            if let last = chosen.last, last.range.upperBound > f.range.lowerBound { continue }
            chosen.append(f)
        }
        let map = try offsetMap(raw: [UInt8](raw), decoded: decoded, path: path)
        let decodedBytes = Array(decoded.utf8)
        let lines = LineIndex(decoded)
        var rawBytes = [UInt8](raw)
        var newDecoded = decodedBytes
        var changes: [Change] = []
        for f in chosen.reversed() {
            let replacement = Array(f.replacement!.utf8)
            let rawRange = map(f.range.lowerBound)..<map(f.range.upperBound)
            rawBytes.replaceSubrange(rawRange, with: replacement)
            newDecoded.replaceSubrange(f.range, with: replacement)
            let at = lines.location(ofUTF8Offset: f.range.lowerBound)
            changes.append(Change(line: at.line, column: at.column, old: String(decoding: decodedBytes[f.range], as: UTF8.self),
                                  new: f.replacement!, ruleID: f.ruleID))
        }
        return Plan(path: path, original: raw, fixed: Data(rawBytes), changes: changes.reversed(),
                    oldText: decoded, newText: String(decoding: newDecoded, as: UTF8.self))
    }

    /// Plans the fixes of findings placed in their file (`LintDocument.fileFindings`): those placed exactly are
    /// fixed as `plan(path:raw:decoded:findings:)` fixes them; the fixable ones that are not are `skipped`.
    public static func plan(path: String, raw: Data, file: FileFindings) throws -> Plan {
        guard !file.inexact.isEmpty else { return try plan(path: path, raw: raw, decoded: file.text, findings: file.findings) }
        let exact = file.findings.indices.filter { file.inexact[$0] == nil }.map { file.findings[$0] }
        var result = try plan(path: path, raw: raw, decoded: file.text, findings: exact)
        let fixable = fixableRules
        let lines = LineIndex(file.text)
        for (i, old) in file.inexact.sorted(by: { $0.key < $1.key }) {
            let finding = file.findings[i]
            guard fixable.contains(finding.ruleID), let new = finding.replacement, !old.isEmpty else { continue }
            let at = lines.location(ofUTF8Offset: finding.range.lowerBound)
            result.skipped.append(Skip(line: at.line, column: at.column, old: old, new: new, ruleID: finding.ruleID,
                                       foundInFile: !finding.range.isEmpty))
        }
        return result
    }

    /// Writes a plan atomically. A read-only file is left untouched and reported as an InputError.
    public static func apply(_ plan: Plan, to url: URL) throws {
        guard !plan.changes.isEmpty else { return }
        // Permission bits too: root may write anything, but a file marked read-only is meant to stay as it is.
        let mode = (try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? 0o644
        guard FileManager.default.isWritableFile(atPath: url.path), mode & 0o222 != 0 else {
            throw InputError(file: plan.path, message: "file is read-only; left untouched, \(plan.changes.count) fix(es) not applied",
                             hint: "make it writable (chmod u+w) and run --fix again")
        }
        try AtomicFileWriter.write(plan.fixed, to: url)
    }

    /// Maps a UTF-8 offset of the decoded text to an offset in the raw file bytes.
    static func offsetMap(raw: [UInt8], decoded: String, path: String) throws -> (Int) -> Int {
        let bom = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF ? 3 : 0
        let body = raw[bom...]
        let decodedBytes = Array(decoded.utf8)
        if !body.contains(0x0D) {
            guard body.elementsEqual(decodedBytes) else { throw notNFC(path) }
            return { $0 + bom }
        }
        // CRLF or CR line ends: offsets shift by the CRs dropped before them.
        var lfToRaw: [Int] = []
        lfToRaw.reserveCapacity(body.count + 1)
        var lf: [UInt8] = []
        var i = body.startIndex
        while i < body.endIndex {
            let b = body[i]
            if b == 0x0D {
                lfToRaw.append(i)
                lf.append(0x0A)
                i += (i + 1 < body.endIndex && body[i + 1] == 0x0A) ? 2 : 1
                continue
            }
            lfToRaw.append(i)
            lf.append(b)
            i += 1
        }
        lfToRaw.append(body.endIndex)
        guard lf == decodedBytes else { throw notNFC(path) }
        return { lfToRaw[$0] }
    }

    private static func notNFC(_ path: String) -> InputError {
        InputError(file: path, message: "cannot fix without changing other bytes: the file is not in Unicode NFC",
                   hint: "normalise the file to NFC first")
    }

    /// A unified diff of a plan (what `--fix --dry-run` prints).
    public static func unifiedDiff(_ plan: Plan, context: Int = 2) -> String {
        let old = plan.oldText.split(separator: "\n", omittingEmptySubsequences: false)
        let new = plan.newText.split(separator: "\n", omittingEmptySubsequences: false)
        guard old.count == new.count else { return "" }
        let changed = old.indices.filter { old[$0] != new[$0] }
        guard !changed.isEmpty else { return "" }
        let name = plan.path.hasPrefix("/") ? String(plan.path.dropFirst()) : plan.path
        var out = "--- a/\(name)\n+++ b/\(name)\n"
        var hunks: [ClosedRange<Int>] = []
        for c in changed {
            let range = max(0, c - context)...min(old.count - 1, c + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                hunks.append(range)
            }
        }
        for hunk in hunks {
            out += "@@ -\(hunk.lowerBound + 1),\(hunk.count) +\(hunk.lowerBound + 1),\(hunk.count) @@\n"
            for i in hunk {
                if old[i] == new[i] {
                    out += " \(old[i])\n"
                } else {
                    out += "-\(old[i])\n+\(new[i])\n"
                }
            }
        }
        return out
    }
}
