/// When a name was in force, as ISO 8601 calendar dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), either end open.
/// TBX-Basic has no data category for this; kogloss writes concept-level
/// `<note>kogloss:validFrom=2016-03-20</note>` / `<note>kogloss:validUntil=...</note>`.
public struct ValidityPeriod: Sendable, Hashable, Codable {
    public var from: String?
    public var until: String?

    public init(from: String? = nil, until: String? = nil) {
        self.from = from
        self.until = until
    }

    /// Whether a date (`YYYY-MM-DD`) falls inside the period. Partial bounds compare by their prefix:
    /// `until: "2020-05"` includes every day of May 2020.
    public func contains(_ date: String) -> Bool {
        if let from, date.prefix(from.count) < from[...] { return false }
        if let until, date.prefix(until.count) > until[...] { return false }
        return true
    }
}
