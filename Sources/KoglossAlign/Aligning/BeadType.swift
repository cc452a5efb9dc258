/// The shape of a bead: how many Korean and English paragraphs it joins (1:1, 2:1, 1:0 ...).
public struct BeadType: Hashable, Sendable, CustomStringConvertible {
    public var ko: Int
    public var en: Int

    public init(ko: Int, en: Int) {
        self.ko = ko
        self.en = en
    }

    public var description: String { "\(ko):\(en)" }

    /// The shapes the aligners search: 1:1, 1:0, 0:1, 2:1, 1:2, 2:2, 3:1, 1:3.
    public static let standard: [BeadType] = [
        BeadType(ko: 1, en: 1), BeadType(ko: 1, en: 0), BeadType(ko: 0, en: 1),
        BeadType(ko: 2, en: 1), BeadType(ko: 1, en: 2), BeadType(ko: 2, en: 2),
        BeadType(ko: 3, en: 1), BeadType(ko: 1, en: 3),
    ]
}
