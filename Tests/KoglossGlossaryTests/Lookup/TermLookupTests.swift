import Foundation
import Testing
@testable import KoglossGlossary

@Suite struct TermLookupTests {
    static let lookup: TermLookup = {
        let termbase = try! TBXReader.read(url: TestPaths.fixture("kogloss-sample.tbx")).termbase
        return TermLookup(termbase: termbase)
    }()

    func first(_ query: String) -> (id: String, kind: LookupMatch.Kind, term: String)? {
        guard let m = Self.lookup.lookup(query).first else { return nil }
        return (m.conceptID, m.kind, Self.lookup.termbase.concepts[m.conceptIndex].terms[m.termIndex].text)
    }

    @Test func exactKoreanAndEnglish() {
        #expect(first("보위국")?.id == "bowiguk")
        #expect(first("보위국")?.kind == .exact)
        #expect(first("Strategic Force")?.kind == .exact)
    }

    @Test func caseAndWidthFolded() {
        let m = first("ＳＴＲＡＴＥＧＩＣ force")
        #expect(m?.id == "strategic-force")
        #expect(m?.kind == .folded)
    }

    @Test func koreanParticlesAreStripped() {
        #expect(first("전략군에서")?.id == "strategic-force")
        #expect(first("전략군에서")?.kind == .particles)
        #expect(first("보위국의")?.id == "bowiguk")
    }

    @Test func northSouthSpelling() throws {
        // 노동신문 is listed as a variant, so that is an exact hit; 로동신문의 needs particles.
        #expect(first("노동신문")?.id == "rodong-sinmun")
        #expect(first("로동신문의")?.id == "rodong-sinmun")
        // A termbase with only the North Korean spelling still finds the South Korean one.
        var termbase = Self.lookup.termbase
        termbase.concepts[2].terms.remove(at: 1)
        let lookup = TermLookup(termbase: termbase)
        let m = try #require(lookup.lookup("노동신문에서").first)
        #expect(m.conceptID == "rodong-sinmun")
        #expect(m.kind == .spelling)
    }

    @Test func romanisationAndHyphenation() {
        let m = first("kim jongun")
        #expect(m?.id == "kim-jong-un")
        #expect(m?.kind == .romanization)
        // Case-folded equality to the deprecated variant beats a romanisation match to the preferred term;
        // lookup output then shows the preferred term of the concept.
        #expect(first("Kim Jong-Un")?.term == "Kim Jong-un")
        #expect(first("KIM JONG UN")?.term == "Kim Jong Un")
    }

    @Test func englishInflection() {
        let m = first("lance corporals")
        #expect(m?.id == "lance-corporal")
        #expect(m?.kind == .inflection)
        #expect(first("Strategic Force's")?.id == "strategic-force")
    }

    @Test func substringAndFuzzyAsLastResort() {
        let sub = first("Security Comm")
        #expect(sub?.kind == .substring)
        #expect(["bowiguk", "bowisaryeongbu"].contains(sub?.id ?? ""))
        let fuzzy = first("Stratgic Forse")
        #expect(fuzzy?.id == "strategic-force")
        #expect(fuzzy?.kind == .fuzzy)
        #expect(first("전략굿")?.id == "strategic-force")
    }

    @Test func rankingPutsExactBeforeForgiving() {
        let results = Self.lookup.lookup("Military Security Command")
        #expect(results.count == 2)
        #expect(results.allSatisfy { $0.kind == .exact })
        #expect(results.map(\.conceptID) == ["bowiguk", "bowisaryeongbu"])
    }

    @Test func nothingForNonsense() {
        #expect(Self.lookup.lookup("zzzzqqqq").isEmpty)
        #expect(Self.lookup.lookup("   ").isEmpty)
    }

    @Test(arguments: [("abc", "abc", 0), ("kitten", "sitting", 3), ("abc", "abd", 1), ("abc", "", 3), ("flaw", "lawn", 2)])
    func boundedLevenshtein(_ a: String, _ b: String, _ d: Int) {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        #expect(TermLookup.boundedLevenshtein(x, y, bound: 3) == d)
        if d > 1 { #expect(TermLookup.boundedLevenshtein(x, y, bound: d - 1) == nil) }
    }

    @Test func generatedTermbaseFindsItsOwnTerms() throws {
        let termbase = TermbaseGenerator.generate(concepts: 2_000, seed: 7)
        #expect(termbase == TermbaseGenerator.generate(concepts: 2_000, seed: 7))
        let lookup = TermLookup(termbase: termbase)
        for concept in termbase.concepts.prefix(200) {
            let results = lookup.lookup(concept.terms[1].text)
            #expect(results.contains { $0.conceptID == concept.id && $0.kind == .exact })
            #expect(lookup.lookup(concept.terms[0].text + "에서").contains { $0.conceptID == concept.id })
        }
    }
}
