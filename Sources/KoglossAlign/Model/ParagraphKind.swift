/// What a paragraph is: body text, or one of the parts of a news page that are kept but never aligned to body text.
public enum ParagraphKind: String, Codable, Sendable, CaseIterable {
    case body, heading, caption, tags, credit, footer, byline

    /// Which paragraphs may share a bead: body with heading, caption with caption; the rest align to nothing.
    public var alignmentClass: AlignmentClass {
        switch self {
        case .body, .heading: return .text
        case .caption: return .caption
        case .tags, .credit, .footer, .byline: return .none
        }
    }

    /// The hard compatibility classes of the aligner.
    public enum AlignmentClass: Sendable, Hashable {
        case text, caption, none
    }
}
