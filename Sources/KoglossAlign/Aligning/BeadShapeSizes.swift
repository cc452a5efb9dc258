/// A bead shape's sizes as types, so generic code specialized for each shape sees them as constants (the
/// pricing loops of `ParagraphBeadCosts` unroll their paragraph loops then).
protocol BeadShapeSizes {
    static var ko: Int { get }
    static var en: Int { get }
}

/// A run of 1...3 paragraphs on one side of a bead, its length as a type.
protocol BeadRunSize {
    static var value: Int { get }
}

enum RunOfOne: BeadRunSize { static var value: Int { 1 } }
enum RunOfTwo: BeadRunSize { static var value: Int { 2 } }
enum RunOfThree: BeadRunSize { static var value: Int { 3 } }

/// The shape `Ko`:`En`.
enum BeadShapeOf<Ko: BeadRunSize, En: BeadRunSize>: BeadShapeSizes {
    static var ko: Int { Ko.value }
    static var en: Int { En.value }
}
