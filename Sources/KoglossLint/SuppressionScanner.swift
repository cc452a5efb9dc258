#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// In-file suppressions: a whole-line comment `<!-- kogloss-disable-next-line rule-id [rule-id ...] -->`
/// silences those rules (all rules when none is named) on the next non-blank line of the English file.
public struct SuppressionScanner: Sendable {
    /// Per suppressed line (UTF-8 range of the line), the rule ids (empty = all).
    public private(set) var lines: [(range: Range<Int>, rules: Set<String>)] = []

    public static func scan(_ text: String) -> SuppressionScanner {
        var scanner = SuppressionScanner()
        // Most texts have no directive: one byte search instead of a split into lines.
        guard Self.containsDirective(text) else { return scanner }
        var pending: Set<String>? = nil
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.utf8.count
            let trimmed = line.trimmingSpaces
            if let rules = Self.directive(trimmed) {
                pending = (pending ?? []).union(rules)
                if rules.isEmpty { pending = [] }
            } else if !trimmed.isEmpty, let rules = pending {
                scanner.lines.append((offset..<offset + length, rules))
                pending = nil
            }
            offset += length + 1
        }
        return scanner
    }

    /// Byte search for "kogloss-disable-next-line".
    static func containsDirective(_ text: String) -> Bool {
        let needle = Array("kogloss-disable-next-line".utf8)
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count, let base = bytes.baseAddress else { return false }
            // memchr finds the next "x" (rare in English, unlike "k") many bytes at a time; the needle is
            // compared around it.
            let x = needle.firstIndex(of: 0x78 /* x */)!
            var i = x
            let last = bytes.count - needle.count + x
            while i <= last {
                guard let hit = memchr(base + i, 0x78, last - i + 1) else { return false }
                i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                let start = i - x
                var j = 0
                while j < needle.count && bytes[start + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
                i += 1
            }
            return false
        }
    }

    /// The rule ids of a `kogloss-disable-next-line` comment line, or nil when the line is not one.
    static func directive(_ line: Substring) -> Set<String>? {
        guard line.hasPrefix("<!--"), line.hasSuffix("-->") else { return nil }
        let body = line.dropFirst(4).dropLast(3).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
        guard body.first == "kogloss-disable-next-line" else { return nil }
        return Set(body.dropFirst().map(String.init))
    }

    /// True when a finding starts on a suppressed line for its rule.
    public func isSuppressed(_ finding: Finding) -> Bool {
        lines.contains { entry in
            (entry.range.contains(finding.range.lowerBound) || entry.range.upperBound == finding.range.lowerBound && finding.range.isEmpty)
                && (entry.rules.isEmpty || entry.rules.contains(finding.ruleID))
        }
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
