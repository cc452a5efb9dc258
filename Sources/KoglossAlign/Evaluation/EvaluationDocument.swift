/// One document pair of an evaluation set: both texts as files would hold them, and the gold beads.
public struct EvaluationDocument: Sendable {
    public var name: String
    public var koreanText: String
    public var englishText: String
    public var gold: Alignment

    public init(name: String, koreanText: String, englishText: String, gold: Alignment) {
        self.name = name
        self.koreanText = koreanText
        self.englishText = englishText
        self.gold = gold
    }
}
