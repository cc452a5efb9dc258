/// How serious a finding is; `error` findings make `kogloss lint` exit with status 1.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case note
    case warning
    case error

    /// SARIF `level` value.
    public var sarifLevel: String { rawValue }

    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
