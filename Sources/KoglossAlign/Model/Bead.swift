/// One link of an alignment: paragraph indices on each side (0-based, in order, possibly empty) and a confidence in [0, 1].
public struct Bead: Codable, Sendable, Hashable {
    public var ko: [Int]
    public var en: [Int]
    public var confidence: Double

    public init(ko: [Int], en: [Int], confidence: Double = 1) {
        self.ko = ko
        self.en = en
        self.confidence = confidence
    }

    /// True when both sides have paragraphs (a translation unit rather than an unaligned paragraph).
    public var isLink: Bool { !ko.isEmpty && !en.isEmpty }
}
