/// Term matches grouped by paragraph without a dictionary: the matches ordered by paragraph (document
/// order within each) and where each paragraph's run starts. Matches usually come in paragraph order
/// already, and then the array is shared, not copied.
struct MatchesByParagraph {
    private let ordered: [LocatedMatch]
    /// `starts[p]..<starts[p + 1]` are paragraph p's matches in `ordered`.
    private let starts: [Int]

    init(_ matches: [LocatedMatch], paragraphCount: Int) {
        var count = paragraphCount
        for m in matches where m.paragraph >= count { count = m.paragraph + 1 }
        var sizes = Array(repeating: 0, count: count + 1)
        var inOrder = true
        var previous = 0
        for m in matches {
            sizes[m.paragraph + 1] += 1
            if m.paragraph < previous { inOrder = false }
            previous = m.paragraph
        }
        for p in 0..<count { sizes[p + 1] += sizes[p] }
        starts = sizes
        if inOrder {
            ordered = matches
        } else {
            // A stable counting sort by paragraph.
            var next = sizes
            var result = matches
            for m in matches {
                result[next[m.paragraph]] = m
                next[m.paragraph] += 1
            }
            ordered = result
        }
    }

    func matches(inParagraph p: Int) -> ArraySlice<LocatedMatch> {
        guard p >= 0 && p + 1 < starts.count else { return ordered[0..<0] }
        return ordered[starts[p]..<starts[p + 1]]
    }
}
