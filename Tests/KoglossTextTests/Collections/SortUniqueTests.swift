import Testing
import KoglossText

/// `sortUnique` takes two paths (insertion sort up to 32 values, the standard sort beyond) and compacts in
/// place: both must give exactly the sorted set of the input, on short and long lists, with and without repeats.
@Suite struct SortUniqueTests {
    @Test func givesTheSortedSetOfAnyList() {
        var random = SplitMix64(seed: 7)
        for length in 0..<80 {
            for spread in [2, 10, 1_000] {
                let values = (0..<length).map { _ in random.below(spread) }
                var ints = values
                ints.sortUnique()
                #expect(ints == Array(Set(values)).sorted(), "length \(length), spread \(spread)")
                var words = values.map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
                let expected = Array(Set(words)).sorted()
                words.sortUnique()
                #expect(words == expected, "length \(length), spread \(spread)")
            }
        }
    }

    @Test func truncateKeepsThePrefixAndTheStorage() {
        var values = Array(0..<100)
        values.reserveCapacity(256)
        let capacity = values.capacity
        values.truncate(to: 3)
        #expect(values == [0, 1, 2])
        #expect(values.capacity == capacity)
        values.truncate(to: 5)
        #expect(values == [0, 1, 2])
    }
}
