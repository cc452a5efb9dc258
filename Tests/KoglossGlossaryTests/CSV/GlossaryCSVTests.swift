import Foundation
import KoglossText
import Testing
@testable import KoglossGlossary

@Suite struct GlossaryCSVTests {
    static let termbase = try! TBXReader.read(url: TestPaths.fixture("kogloss-sample.tbx")).termbase

    @Test func termLayoutRoundTripsEverythingModelled() throws {
        let csv = GlossaryCSV.write(Self.termbase, layout: .term)
        let concepts = try GlossaryCSV.read(Data(csv.utf8), file: "t.csv")
        #expect(concepts == Self.termbase.concepts)
        let tsv = GlossaryCSV.write(Self.termbase, layout: .term, separator: "\t")
        #expect(try GlossaryCSV.read(Data(tsv.utf8), separator: "\t", file: "t.tsv") == Self.termbase.concepts)
    }

    @Test func conceptLayoutKeepsTermsStatusesAndConceptData() throws {
        let csv = GlossaryCSV.write(Self.termbase, layout: .concept)
        #expect(csv.hasPrefix(GlossaryCSV.conceptColumns.joined(separator: ",") + "\n"))
        let concepts = try GlossaryCSV.read(Data(csv.utf8), file: "t.csv")
        #expect(concepts.map(\.id) == Self.termbase.concepts.map(\.id))
        let kim = try #require(concepts.first { $0.id == "kim-jong-un" })
        #expect(kim.terms.map { "\($0.text):\($0.status)" } == ["김정은:preferred", "Kim Jong Un:preferred", "Kim Jong-un:deprecated"])
        let bowiguk = try #require(concepts.first { $0.id == "bowiguk" })
        #expect(bowiguk.validity == ValidityPeriod(from: "2016-03-20"))
        #expect(bowiguk.crossReferences == [CrossReference(target: "bowisaryeongbu", relation: .predecessor)])
        #expect(bowiguk.subjectField == .institution)
    }

    @Test func idsAreGeneratedFromTheEnglishTerm() throws {
        let csv = "ko,en,subject_field\n전략군,Strategic Force,military unit\n국가보위성,Ministry of State Security,institution\n"
        let concepts = try GlossaryCSV.read(Data(csv.utf8), file: "t.csv", takenIDs: ["strategic-force"])
        #expect(concepts.map(\.id) == ["strategic-force-2", "ministry-of-state-security"])
        #expect(concepts[0].subjectField == .militaryUnit)
    }

    @Test func badValuesAreLocated() throws {
        func error(_ csv: String) -> InputError? {
            do { _ = try GlossaryCSV.read(Data(csv.utf8), file: "t.csv"); return nil } catch { return error as? InputError }
        }
        let status = try #require(error("concept_id,language,term,status\na,ko,가,best\n"))
        #expect((status.line, status.column) == (2, 8))
        #expect(status.message.contains("'best' is not one of preferred"))
        let language = try #require(error("concept_id,language,term\na,xx,가\n"))
        #expect(language.message.contains("unknown language code 'xx'"))
        let date = try #require(error("ko,en,valid_from\n가,a,2016-13\n"))
        #expect(date.message.contains("not a date"))
        let missing = try #require(error("concept_id,term\na,가\n"))
        #expect(missing.message.contains("missing column 'language'"))
        #expect(error("") != nil)
    }
}
