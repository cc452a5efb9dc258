/// Anchors of a paragraph as 64-bit keys: the kind in the top 4 bits, a hash or number below, so anchors of both
/// languages compare as integers and the cost model can weigh each kind.
enum AnchorKey {
    enum Kind: UInt64, CaseIterable {
        case number = 1, date, percent, weekday, glossary, quotation, smallNumber, latin

        /// Probability that an anchor of this kind in one paragraph shows up in its translation.
        var survival: Double {
            switch self {
            case .number: return 0.85
            case .date, .percent: return 0.9
            case .weekday: return 0.7
            case .glossary: return 0.65
            case .quotation: return 0.75
            case .smallNumber: return 0.5
            case .latin: return 0.8
            }
        }
    }

    static func make(_ kind: Kind, _ value: UInt64) -> UInt64 { (kind.rawValue << 60) | (value & 0x0FFF_FFFF_FFFF_FFFF) }
    static func kind(of key: UInt64) -> Kind { Kind(rawValue: key >> 60) ?? .number }

    /// FNV-1a over UTF-8 bytes.
    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
