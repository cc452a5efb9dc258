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
