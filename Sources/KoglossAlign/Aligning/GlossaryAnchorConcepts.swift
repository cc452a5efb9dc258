import KoglossGlossary

/// The glossary concepts that anchor an alignment, read off `TermMatcher` matches: a concept counts only when it
/// has terms in both languages (a one-language concept cannot anchor a link), and not through a one-character
/// Korean term (too ambiguous), as in `TermbaseAnchorLexicon`. Lets a caller that matches terms anyway (the lint)
/// give the aligner its anchors instead of matching the glossary a second time.
public struct GlossaryAnchorConcepts: Sendable {
    /// Per term, flat in `TermMatcher.factsTable` order: whether a match of it anchors.
    private let anchoring: [Bool]
    private let conceptOffsets: [Int]

    public init(matcher: TermMatcher) {
        conceptOffsets = matcher.factsTable.conceptOffsets
        var anchoring: [Bool] = []
        anchoring.reserveCapacity(matcher.factsTable.facts.count)
        for concept in matcher.termbase.concepts {
            var korean = false, english = false
            for term in concept.terms {
                if term.language.isKorean { korean = true } else if term.language.isEnglish { english = true }
            }
            for term in concept.terms {
                anchoring.append(korean && english && (!term.language.isKorean || GlossaryAnchorConcepts.hasTwoCharacters(term.text)))
            }
        }
        self.anchoring = anchoring
    }

    /// `text.count >= 2` without breaking graphemes for the usual case: precomposed Hangul syllables (and ASCII) are
    /// one character each.
    static func hasTwoCharacters(_ text: String) -> Bool {
        var scalars = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard (v < 0x300 && v != 0x0D) || (v >= 0xAC00 && v <= 0xD7A3) else { return text.count >= 2 }
            scalars += 1
        }
        return scalars >= 2
    }

    /// Concept indices (into the termbase) of the anchoring matches, in match order; repeats are kept.
    public func concepts(in matches: [TermMatch]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(matches.count)
        // Matches are read in place through buffer pointers: copying each one out (`for match in matches`)
        // retains and releases its references and language.
        matches.withUnsafeBufferPointer { ms in
            anchoring.withUnsafeBufferPointer { anchoring in
                conceptOffsets.withUnsafeBufferPointer { offsets in
                    for k in ms.indices {
                        ms[k].references.withUnsafeBufferPointer { references in
                            var previous = -1
                            for reference in references where reference.concept != previous {
                                if anchoring[offsets[reference.concept] + reference.term] {
                                    result.append(reference.concept)
                                    previous = reference.concept
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// `concepts(in:)` of each list.
    public func concepts(in matches: [[TermMatch]]) -> [[Int]] {
        matches.map { concepts(in: $0) }
    }
}
