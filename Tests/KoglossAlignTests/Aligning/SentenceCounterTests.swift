import Testing
@testable import KoglossAlign

@Suite struct SentenceCounterTests {
    @Test func english() {
        #expect(SentenceCounter.count("The source said so on Mar. 31. Another source agreed.") == 2)
        #expect(SentenceCounter.count("“It was cold,” the source said. “Very cold.”") == 2)
        #expect(SentenceCounter.count("Radio silence") == 1)
        #expect(SentenceCounter.count("Mr. Kim met Dr. Lee in the U.S. capital.") == 1)
    }

    @Test func korean() {
        #expect(SentenceCounter.count("소식통은 \"비가 왔다\"고 말했다. 피해가 컸다.") == 2)
        #expect(SentenceCounter.count("북한은 인정하지 않고 있다.") == 1)
    }
}
