import Foundation

/// Exact-bead precision, recall and F1 of predicted alignments against gold: a predicted bead counts when a gold
/// bead has exactly the same Korean and English paragraphs (one-sided beads included).
public struct AlignmentEvaluation: Sendable, CustomStringConvertible {
    public private(set) var correct = 0
    public private(set) var predicted = 0
    public private(set) var gold = 0
    /// Confidences of correct and of wrong predicted links, to check calibration.
    public private(set) var correctConfidences: [Double] = []
    public private(set) var wrongConfidences: [Double] = []

    public init() {}

    /// Adds one document.
    public mutating func add(predicted prediction: Alignment, gold reference: Alignment) {
        let goldSet = Set(reference.beads.map { Key(ko: $0.ko, en: $0.en) })
        predicted += prediction.beads.count
        gold += reference.beads.count
        for bead in prediction.beads {
            if goldSet.contains(Key(ko: bead.ko, en: bead.en)) {
                correct += 1
                correctConfidences.append(bead.confidence)
            } else {
                wrongConfidences.append(bead.confidence)
            }
        }
    }

    /// The counts of both evaluations together.
    public func merged(with other: AlignmentEvaluation) -> AlignmentEvaluation {
        var result = self
        result.correct += other.correct
        result.predicted += other.predicted
        result.gold += other.gold
        result.correctConfidences += other.correctConfidences
        result.wrongConfidences += other.wrongConfidences
        return result
    }

    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Mean confidence of correct and of wrong beads.
    public var meanConfidence: (correct: Double, wrong: Double) {
        func mean(_ v: [Double]) -> Double { v.isEmpty ? 0 : v.reduce(0, +) / Double(v.count) }
        return (mean(correctConfidences), mean(wrongConfidences))
    }

    public var description: String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        return "P=\(f(precision)) R=\(f(recall)) F1=\(f(f1)) (\(correct) of \(predicted) predicted, \(gold) gold)"
    }

    private struct Key: Hashable { var ko: [Int]; var en: [Int] }
}
