/// A paragraph alignment: beads in document order, every paragraph of both articles in exactly one bead.
public struct Alignment: Codable, Sendable {
    public var beads: [Bead]

    public init(beads: [Bead]) { self.beads = beads }

    /// Beads whose confidence is below `threshold`: the ones a person should check (forced beads have confidence 1).
    public func needsReview(threshold: Double = 0.5) -> [Bead] {
        beads.filter { $0.confidence < threshold }
    }
}
