/// A document pair's paragraph features computed once, so a benchmark can time the lattice and bead costs
/// (`ParagraphAligner.steps`) apart from the feature extraction.
@_spi(Benchmark)
public struct PreparedAlignment: Sendable {
    let ko: [ParagraphFeatures]
    let en: [ParagraphFeatures]
}

@_spi(Benchmark)
extension ParagraphAligner {
    /// The features `align(korean:english:)` would compute for this pair.
    public func prepare(korean: [Paragraph], english: [Paragraph]) -> PreparedAlignment {
        let (ko, en) = features(korean: korean, english: english)
        return PreparedAlignment(ko: ko, en: en)
    }

    /// The alignment of a prepared pair: the same as `align(korean:english:)` of the paragraphs it was made from.
    public func align(_ prepared: PreparedAlignment) -> Alignment {
        align(ko: prepared.ko, en: prepared.en, model: model)
    }
}
