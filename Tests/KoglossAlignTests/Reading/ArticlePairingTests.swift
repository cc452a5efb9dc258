import Foundation
import Testing
@testable import KoglossAlign

@Suite struct ArticlePairingTests {
    @Test func rolesFromFileNames() {
        #expect(ArticlePairing.role(of: "000_abc.txt")! == ("000_abc", false))
        #expect(ArticlePairing.role(of: "000_abc.ko.txt")! == ("000_abc", true))
        #expect(ArticlePairing.role(of: "01.en.md")! == ("01", false))
        #expect(ArticlePairing.role(of: "01.gold.json") == nil)
        #expect(ArticlePairing.role(of: "README.md") == nil)
    }

    @Test func pairsFolder() throws {
        let folder = try Fixtures.temporaryDirectory()
        for name in ["a.txt", "a.ko.txt", "b.en.html", "b.ko.html", "c.md", "d.ko.txt", "a.gold.json", "README.md"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let result = try ArticlePairing.pairs(in: folder)
        #expect(result.pairs.map { $0.english.lastPathComponent } == ["a.txt", "b.en.html"])
        #expect(result.pairs.map { $0.korean.lastPathComponent } == ["a.ko.txt", "b.ko.html"])
        #expect(result.unmatched.map(\.lastPathComponent) == ["c.md", "d.ko.txt"])
    }
}
