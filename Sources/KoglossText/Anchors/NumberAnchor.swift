/// A number, year, date, percentage or weekday found in a text, with a canonical value that is equal
/// across languages ("March 31" and "3월 31일" both give date "3-31"), so aligned paragraphs can be
/// recognised by the numbers they share.
public struct NumberAnchor: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable { case number, year, date, percent, weekday }
    public var kind: Kind
    /// Canonical value comparable across languages: number "200", "1000", "30000" (3만), "1.5"; year "2023";
    /// date "3-31" (month-day, from "Mar. 31", "March 31", "3월 31일"), "3-" (month only: "March", "3월"),
    /// "-31" (day only: "31일"); percent "12"; weekday "2" (Tuesday, 화요일; Monday is 1, Sunday 7).
    public var value: String
    /// UTF-8 byte range in the text it came from.
    public var range: Range<Int>

    public init(kind: Kind, value: String, range: Range<Int>) {
        self.kind = kind
        self.value = value
        self.range = range
    }

    /// `kind:value`, e.g. `date:3-31`: the part that is compared across languages.
    public var key: String { "\(kind.rawValue):\(value)" }

    /// Month and day of a date anchor ("3-31" -> (3, 31), "3-" -> (3, nil), "-31" -> (nil, 31)); nil for other kinds.
    public var monthAndDay: (month: Int?, day: Int?)? {
        guard kind == .date, let dash = value.firstIndex(of: "-") else { return nil }
        return (Int(value[..<dash]), Int(value[value.index(after: dash)...]))
    }

    public var description: String { "\(key)@\(range.lowerBound)..<\(range.upperBound)" }
}
