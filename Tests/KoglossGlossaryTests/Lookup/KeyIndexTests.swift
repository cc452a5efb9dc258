import Testing
@testable import KoglossGlossary

@Suite struct KeyIndexTests {
    @Test func keepsInsertionOrderPerKey() {
        var index = KeyIndex(entryCount: 5)
        index.insert("a", 0)
        index.insert("b", 1)
        index.insert("a", 2)
        index.insert("a", 4)
        #expect(index.entries("a") == [0, 2, 4])
        #expect(index.entries("b") == [1])
        #expect(index.entries("c") == nil)
    }
}

@Suite struct KeyIndexByteKeyTests {
    @Test func manyKeysWithProbingAndChains() {
        // Enough keys to fill the table to its load factor, so probe sequences collide.
        let count = 20_000
        var index = KeyIndex(entryCount: count)
        for e in 0..<count { index.insert("key\(e % 7_000)", Int32(e)) }
        for k in [0, 1, 6_999, 3_333] {
            let expected = stride(from: k, to: count, by: 7_000).map { Int32($0) }
            #expect(index.entries("key\(k)") == expected)
        }
        #expect(index.entries("key7000") == nil)
        #expect(index.entries("ke") == nil)
    }

    @Test func hangulEmptyAndPrefixKeysAreDistinct() {
        var index = KeyIndex(entryCount: 4)
        index.insert("노동신문", 0)
        index.insert("", 1)
        index.insert("노동", 2)
        index.insert("노동신문", 3)
        #expect(index.entries("노동신문") == [0, 3])
        #expect(index.entries("") == [1])
        #expect(index.entries("노동") == [2])
        #expect(index.entries("노동신") == nil)
    }
}
