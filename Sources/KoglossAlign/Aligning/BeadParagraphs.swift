/// What the bead costs read of each paragraph besides anchors, flat per side: class and heading flag packed in a
/// byte, length, sentence count. Copied once per document out of `ParagraphFeatures` (structs holding arrays),
/// so pricing a bead reads plain numbers and touches no reference count.
struct BeadParagraphs {
    /// Class (`text`, `caption`, `none`) in the low bits, 1 << `headingShift` when the paragraph is a heading.
    let koKind: UnsafePointer<UInt8>
    let enKind: UnsafePointer<UInt8>
    let koLength: UnsafePointer<Double>
    let enLength: UnsafePointer<Double>
    let koSentences: UnsafePointer<Int>
    let enSentences: UnsafePointer<Int>

    static let text: UInt8 = 0
    static let caption: UInt8 = 1
    static let none: UInt8 = 2
    /// Not a class: no paragraph seen yet.
    static let noClass: UInt8 = 3
    static let classMask: UInt8 = 3
    static let headingShift: UInt8 = 2

    init(ko: UnsafeBufferPointer<ParagraphFeatures>, en: UnsafeBufferPointer<ParagraphFeatures>, arena: inout ScratchArena) {
        (koKind, koLength, koSentences) = BeadParagraphs.side(ko, arena: &arena)
        (enKind, enLength, enSentences) = BeadParagraphs.side(en, arena: &arena)
    }

    private static func side(_ features: UnsafeBufferPointer<ParagraphFeatures>, arena: inout ScratchArena)
        -> (UnsafePointer<UInt8>, UnsafePointer<Double>, UnsafePointer<Int>) {
        let kind = arena.take(UInt8.self, features.count)
        let length = arena.take(Double.self, features.count)
        let sentences = arena.take(Int.self, features.count)
        for p in features.indices {
            let cls: UInt8
            switch features[p].alignmentClass {
            case .text: cls = BeadParagraphs.text
            case .caption: cls = BeadParagraphs.caption
            case .none: cls = BeadParagraphs.none
            }
            kind[p] = cls | (features[p].isHeading ? 1 << BeadParagraphs.headingShift : 0)
            length[p] = features[p].length
            sentences[p] = features[p].sentences
        }
        return (UnsafePointer(kind), UnsafePointer(length), UnsafePointer(sentences))
    }

    static func bytes(paragraphs: Int) -> Int {
        ScratchArena.bytes(UInt8.self, paragraphs) + ScratchArena.bytes(Double.self, paragraphs) + ScratchArena.bytes(Int.self, paragraphs)
    }
}
