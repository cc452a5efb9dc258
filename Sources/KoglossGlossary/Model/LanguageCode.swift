/// A BCP 47 language tag as used in `xml:lang`, stored lower-cased (`ko`, `en`, `en-gb`).
/// kogloss works on `ko` and `en`; other languages found in a TBX file are kept, not dropped.
public struct LanguageCode: Sendable, Hashable, Codable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let code: String

    public static let korean: LanguageCode = "ko"
    public static let english: LanguageCode = "en"

    public init(_ code: String) { self.code = code.lowercased() }
    public init(stringLiteral value: String) { self.init(value) }

    /// The primary subtag (`en` for `en-GB`).
    public var primary: String { String(code.split(separator: "-", maxSplits: 1).first ?? "") }
    public var isKorean: Bool { primary == "ko" }
    public var isEnglish: Bool { primary == "en" }
    public var description: String { code }
    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool { lhs.code < rhs.code }
}
