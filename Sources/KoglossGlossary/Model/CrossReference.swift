/// A link to another concept (TBX `<ref type="crossReference" target="ID">relation</ref>`).
public struct CrossReference: Sendable, Hashable, Codable {
    public var target: String
    public var relation: Relation

    public enum Relation: String, Sendable, Hashable, Codable, CaseIterable {
        /// This concept was renamed to / replaced by the target.
        case successor
        /// The target is this concept's former name.
        case predecessor
        /// The target is the larger whole (a department's ministry).
        case broader
        case narrower
        case related
        /// Easily confused with the target (a trap, e.g. the two "MSS" ministries).
        case confusable
    }

    public init(target: String, relation: Relation) {
        self.target = target
        self.relation = relation
    }
}
