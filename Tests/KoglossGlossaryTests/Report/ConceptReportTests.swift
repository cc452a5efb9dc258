import Foundation
import Testing
@testable import KoglossGlossary

@Suite struct ConceptReportTests {
    static let termbase = try! TBXReader.read(url: TestPaths.fixture("kogloss-sample.tbx")).termbase

    @Test func textShowsPreferredRenderingStatusesNotesAndValidity() throws {
        let concept = try #require(Self.termbase.concept(id: "bowiguk"))
        let text = ConceptFormatter.text(concept)
        #expect(text.hasPrefix("보위국 -> Military Security Command  [bowiguk, institution]\n"))
        #expect(text.contains("  en: Military Security Command (preferred) - Daily NK house rendering."))
        #expect(text.contains("      MSC (admitted, acronym)"))
        #expect(text.contains("  valid: from 2016-03-20"))
        #expect(text.contains("  see also: bowisaryeongbu (predecessor)"))
    }

    @Test func matchedDeprecatedTermPointsToThePreferredOne() throws {
        let lookup = TermLookup(termbase: Self.termbase)
        let match = try #require(lookup.lookup("Kim Jong-un").first)
        let text = ConceptFormatter.text(Self.termbase.concepts[match.conceptIndex], match: match)
        #expect(text.contains("matched 'Kim Jong-un' (exact); 'Kim Jong-un' is deprecated, use 'Kim Jong Un'"))
        let report = ConceptReport(Self.termbase.concepts[match.conceptIndex], match: match)
        #expect(report.match?.status == "deprecated")
        #expect(report.preferred == ["ko": "김정은", "en": "Kim Jong Un"])
        let json = ConceptReport.json([report])
        let decoded = try JSONDecoder().decode([ConceptReport].self, from: Data(json.utf8))
        #expect(decoded == [report])
    }

    @Test func statistics() {
        let stats = TermbaseStatistics(Self.termbase)
        #expect(stats.concepts == 6 && stats.terms == 15)
        #expect(stats.termsByLanguage == ["ko": 7, "en": 8])
        #expect(stats.termsByStatus["deprecated"] == 1)
        #expect(stats.conceptsWithValidity == 2 && stats.crossReferences == 2)
        #expect(stats.text.contains("concepts by subject field:\n  institution: 2"))
    }
}
