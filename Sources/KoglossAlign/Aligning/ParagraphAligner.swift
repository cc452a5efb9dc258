import Foundation
import KoglossGlossary
import KoglossText

/// Aligns the paragraphs of a Korean article and its English translation: dynamic programming over beads
/// (1:1, 1:0, 0:1, 2:1, 1:2, 2:2, 3:1, 1:3) with costs from the length model (ratio estimated from the document)
/// and shared anchors (numbers, dates, glossary terms, Latin-script tokens, quotations); each bead's confidence
/// is its posterior probability under the same model.
public struct ParagraphAligner: Sendable {
    public let lexicon: AnchorLexicon?
    /// The anchors found in the text when glossary concepts are given with the paragraphs: `lexicon` without
    /// the glossary (the built-in news lexicon), so the glossary is not matched twice.
    let textLexicon: AnchorLexicon?
    var model = BeadCostModel()
    /// Softens the posteriors: the model's independence assumptions make raw posteriors overconfident
    /// (at 2, the 0.5 review flag catches 37% of wrong beads and 1.7% of correct ones on the evaluation set).
    var temperature = 2.0
    /// How the posteriors are summed (`.logSpace` is the reference the tests compare with).
    var posteriorMethod = BeadLattice.PosteriorMethod.scaled

    /// An aligner using the built-in news lexicon and, when given, the terms of `glossary` as anchors
    /// (matched with the glossary's `TermMatcher`, as the lint matches them).
    public init(glossary: Termbase? = nil) {
        if let glossary {
            self.init(matcher: TermMatcher(termbase: glossary))
        } else {
            self.init(lexicon: CoreNewsLexicon())
        }
    }

    /// An aligner using the built-in news lexicon and the terms `matcher` finds as anchors.
    /// `anchors`: the matcher's `GlossaryAnchorConcepts`, when the caller has them already.
    public init(matcher: TermMatcher, anchors: GlossaryAnchorConcepts? = nil) {
        lexicon = CombinedAnchorLexicon([TermMatcherAnchorLexicon(matcher: matcher, anchors: anchors), CoreNewsLexicon()])
        textLexicon = CoreNewsLexicon()
    }

    /// An aligner with any anchor lexicon (or none).
    public init(lexicon: AnchorLexicon?) {
        self.lexicon = lexicon
        textLexicon = lexicon
    }

    public func align(korean: Article, english: Article) -> Alignment {
        align(korean: korean.paragraphs, english: english.paragraphs)
    }

    public func align(korean: [Paragraph], english: [Paragraph]) -> Alignment {
        let (ko, en) = features(korean: korean, english: english)
        return align(ko: ko, en: en, model: model)
    }

    /// The weighted paragraph features `align(korean:english:)` aligns.
    func features(korean: [Paragraph], english: [Paragraph]) -> (ko: [ParagraphFeatures], en: [ParagraphFeatures]) {
        features(korean: korean, english: english, lexicon: lexicon, koreanConcepts: nil, englishConcepts: nil)
    }

    /// Features of both sides, the lexicon's kind settled once. English words only serve to look up the Korean
    /// side's Latin-script tokens: only those are kept. `koreanNumbers`/`englishNumbers`: each paragraph's number
    /// anchors when the caller found them already.
    func features(korean: [Paragraph], english: [Paragraph], lexicon: AnchorLexicon?, koreanConcepts: [[Int]]?,
                  englishConcepts: [[Int]]?, koreanNumbers: [[NumberAnchor]]? = nil,
                  englishNumbers: [[NumberAnchor]]? = nil) -> (ko: [ParagraphFeatures], en: [ParagraphFeatures]) {
        let textLexicon = ParagraphFeatures.TextLexicon(lexicon)
        var scratch = BaseFormScratchPool.shared.take()
        defer { BaseFormScratchPool.shared.giveBack(scratch) }
        var ko = [ParagraphFeatures]()
        ko.reserveCapacity(korean.count)
        for index in korean.indices {
            ko.append(ParagraphFeatures(paragraph: korean[index], korean: true, textLexicon: textLexicon,
                                        concepts: koreanConcepts?[index], words: .all, numbers: koreanNumbers?[index], scratch: &scratch))
        }
        let tokens = ParagraphFeatures.LatinTokenSet(ko)
        let words: ParagraphFeatures.WordFilter = tokens.tokens.isEmpty ? .none : .only(tokens)
        var en = [ParagraphFeatures]()
        en.reserveCapacity(english.count)
        for index in english.indices {
            en.append(ParagraphFeatures(paragraph: english[index], korean: false, textLexicon: textLexicon,
                                        concepts: englishConcepts?[index], words: words, numbers: englishNumbers?[index], scratch: &scratch))
        }
        AnchorWeighting.apply(ko: &ko, en: &en)
        return (ko, en)
    }

    /// Aligns paragraphs whose glossary concepts were found in advance: `koreanConcepts[p]` are the concept
    /// indices of the glossary terms in `korean[p]` (e.g. `GlossaryAnchorConcepts` of the lint's term matches),
    /// `englishConcepts[p]` those in `english[p]`. The text's other anchors come from the aligner's lexicon
    /// without the glossary, so an aligner made with `init(matcher:)` gives the same alignment as
    /// `align(korean:english:)` when the concepts are what that matcher finds, without matching the glossary again.
    public func align(korean: [Paragraph], english: [Paragraph], koreanConcepts: [[Int]], englishConcepts: [[Int]]) -> Alignment {
        precondition(koreanConcepts.count == korean.count && englishConcepts.count == english.count,
                     "one concept list per paragraph")
        let (ko, en) = features(korean: korean, english: english, lexicon: textLexicon, koreanConcepts: koreanConcepts,
                                englishConcepts: englishConcepts)
        return align(ko: ko, en: en, model: model)
    }

    func align(ko: [ParagraphFeatures], en: [ParagraphFeatures], model: BeadCostModel) -> Alignment {
        let path = steps(ko: ko, en: en, model: model)
        return Alignment(beads: path.map { step in
            Bead(ko: Array(step.i..<(step.i + step.type.ko)), en: Array(step.j..<(step.j + step.type.en)),
                 confidence: (step.posterior * 1000).rounded() / 1000)
        })
    }
}
