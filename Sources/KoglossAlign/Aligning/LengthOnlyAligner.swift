import Foundation

/// The baseline: Gale-Church (1993) on character lengths with its original bead priors and no anchors, the
/// Korean-to-English ratio taken from the document. It keeps the paragraph-kind constraints, so the evaluation
/// compares the costs, not the reading.
public struct LengthOnlyAligner: Sendable {
    /// Gale-Church's variance per character for similar-length languages, scaled here by the expected ratio.
    public var variancePerCharacter = 6.8

    static let priors: [BeadType: Double] = [
        BeadType(ko: 1, en: 1): 0.89, BeadType(ko: 1, en: 0): 0.0099 / 2, BeadType(ko: 0, en: 1): 0.0099 / 2,
        BeadType(ko: 2, en: 1): 0.089 / 2, BeadType(ko: 1, en: 2): 0.089 / 2, BeadType(ko: 2, en: 2): 0.011,
    ]

    public init() {}

    public func align(korean: Article, english: Article) -> Alignment {
        align(korean: korean.paragraphs, english: english.paragraphs)
    }

    public func align(korean: [Paragraph], english: [Paragraph]) -> Alignment {
        let ko = korean.map { ParagraphFeatures(paragraph: $0, korean: true, lexicon: nil) }
        let en = english.map { ParagraphFeatures(paragraph: $0, korean: false, lexicon: nil) }
        let types = BeadType.standard.filter { LengthOnlyAligner.priors[$0] != nil }
        let priorCost = types.map { -log(LengthOnlyAligner.priors[$0]!) }
        let koText = ko.reduce(0.0) { $0 + ($1.alignmentClass == .text ? $1.length : 0) }
        let enText = en.reduce(0.0) { $0 + ($1.alignmentClass == .text ? $1.length : 0) }
        // English characters per Korean character.
        let c = koText > 0 && enText > 0 ? enText / koText : 1 / LengthModel.defaultRatio
        let variance = variancePerCharacter * c

        let lattice = BeadLattice(n: ko.count, m: en.count, types: types)
        let steps = lattice.search { t, i, j in
            let type = types[t]
            var cls: ParagraphKind.AlignmentClass? = nil
            var l1 = 0.0, l2 = 0.0
            for k in i..<(i + type.ko) {
                if cls == nil { cls = ko[k].alignmentClass } else if cls != ko[k].alignmentClass { return .infinity }
                l1 += ko[k].length
            }
            for k in j..<(j + type.en) {
                if cls == nil { cls = en[k].alignmentClass } else if cls != en[k].alignmentClass { return .infinity }
                l2 += en[k].length
            }
            switch cls {
            case nil: return .infinity
            case .none?: return type.ko + type.en == 1 ? 0 : .infinity
            case .caption?: if type.ko > 1 || type.en > 1 { return .infinity }
            case .text?: break
            }
            guard type.ko > 0 && type.en > 0 else { return priorCost[t] }
            let delta = (l2 - l1 * c) / (max(l1, 1) * variance).squareRoot()
            return priorCost[t] + LengthModel.negativeLogTail(abs(delta))
        }
        return Alignment(beads: steps.map {
            Bead(ko: Array($0.i..<($0.i + $0.type.ko)), en: Array($0.j..<($0.j + $0.type.en)), confidence: $0.posterior)
        })
    }
}
