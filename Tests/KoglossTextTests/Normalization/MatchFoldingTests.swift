import Testing
@testable import KoglossText

@Suite struct MatchFoldingTests {
    func fold(_ text: String, lowercase: Bool = false) -> (String, [Int32]?, Bool) {
        let result = Array(text.utf8).withUnsafeBufferPointer { MatchFolding.fold($0, lowercase: lowercase, wantMap: true) }
        return (String(decoding: result.bytes, as: UTF8.self), result.map, result.changed)
    }

    @Test func leavesPlainTextUnchanged() {
        let (text, map, changed) = fold("전략군 Strategic Force 2023")
        #expect(text == "전략군 Strategic Force 2023")
        #expect(map == nil)
        #expect(!changed)
    }

    @Test func mapsEveryOutputByteToItsSource() throws {
        let (text, map, changed) = fold("a—b", lowercase: true)
        #expect(text == "a-b")
        #expect(changed)
        #expect(try #require(map) == [0, 1, 4, 5])
    }

    @Test func lowercasesWithoutAMapWhenWidthsAgree() {
        let (text, map, changed) = fold("KPA", lowercase: true)
        #expect(text == "kpa")
        #expect(map == nil)
        #expect(changed)
    }

    @Test func handlesFourByteScalars() {
        let (text, map, _) = fold("😀Ａ", lowercase: true)
        #expect(text == "😀a")
        #expect(map == [0, 1, 2, 3, 4, 7])
    }
}
