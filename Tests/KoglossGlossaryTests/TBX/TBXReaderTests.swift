import Foundation
import KoglossText
import Testing
@testable import KoglossGlossary

@Suite struct TBXReaderTests {
    @Test func readsTheKoglossLayout() throws {
        let result = try TBXReader.read(url: TestPaths.fixture("kogloss-sample.tbx"))
        #expect(result.warnings.isEmpty)
        #expect(result.dialect == .v3DCA)
        let tb = result.termbase
        #expect(tb.header.title == "kogloss test glossary")
        #expect(tb.header.sourceLanguage == .korean)
        #expect(tb.concepts.count == 6)
        let bowiguk = try #require(tb.concept(id: "bowiguk"))
        #expect(bowiguk.subjectField == .institution)
        #expect(bowiguk.definition == "The KPA's military counter-intelligence organ.")
        #expect(bowiguk.sources == ["KCNA, 20 March 2016 (인민군 보위국장)"])
        #expect(bowiguk.crossReferences == [CrossReference(target: "bowisaryeongbu", relation: .predecessor)])
        #expect(bowiguk.notes == ["Daily NK English still writes \"Military Security Command\" for 보위국."])
        #expect(bowiguk.validity == ValidityPeriod(from: "2016-03-20"))
        #expect(bowiguk.terms.map(\.text) == ["보위국", "Military Security Command", "MSC"])
        let msc = bowiguk.terms[2]
        #expect(msc.type == .acronym && msc.status == .admitted && msc.caseSensitive && msc.usageNote == nil)
        #expect(bowiguk.terms[1].usageNote == "Daily NK house rendering.")
        let rodong = try #require(tb.concept(id: "rodong-sinmun"))
        #expect(rodong.terms[1].variantKind == .spelling && rodong.terms[1].geographicalUsage == "KR")
        #expect(rodong.terms[2].context == "The Rodong Sinmun reported on Tuesday that ...")
        #expect(rodong.terms[2].source == "Daily NK style")
        #expect(tb.concept(id: "bowisaryeongbu")?.validity == ValidityPeriod(until: "2016-03-19"))
        let kim = try #require(tb.concept(id: "kim-jong-un"))
        #expect(kim.terms[2].usageNote == "Yonhap style; Daily NK writes Kim Jong Un.")
        #expect(kim.terms[2].variantKind == .romanization && kim.terms[2].status == .deprecated)
    }

    @Test func readsTheOfficialDCAExampleAndKeepsWhatItDoesNotModel() throws {
        let result = try TBXReader.read(url: TestPaths.sharedTBX.appendingPathComponent("Example_Astronomy_DCA_VALID.tbx"))
        #expect(result.dialect == .v3DCA)
        let tb = result.termbase
        #expect(tb.concepts.count == 45)
        #expect(tb.concepts.reduce(0) { $0 + $1.terms.count } == 113)
        let c1 = try #require(tb.concept(id: "c1"))
        #expect(c1.terms.first?.text == "open cluster")
        #expect(c1.terms.first?.status == .preferred)
        #expect(c1.terms.first?.partOfSpeech == .noun)
        #expect(c1.terms.first?.context?.hasPrefix("Over 1100 open clusters are known in our Milky Way Galaxy") == true)
        #expect(c1.terms.first?.source == "http://seds.org/MESSIER/open.html")
        #expect(c1.terms[1].status == .superseded)
        // "General" is not a kogloss subject field: kept verbatim, reported.
        #expect(c1.subjectField == nil)
        #expect(c1.preserved.contains { $0.xml.contains("General") })
        #expect(c1.preserved.contains { $0.name == "transacGrp" })
        #expect(c1.preservedByLanguage["en"]?.contains { $0.name == "descripGrp" } == true)
        #expect(tb.header.preserved.contains { $0.name == "back" })
        // Each kind of unmodelled element is reported once, with a count.
        let transac = result.warnings.filter { $0.message.contains("<transacGrp>") }
        #expect(transac.count == 1)
        #expect(transac.first?.message.contains("times") == true)
    }

    @Test func dctStyleGivesTheSameTermsAsDCA() throws {
        let dca = try TBXReader.read(url: TestPaths.sharedTBX.appendingPathComponent("Example_Astronomy_DCA_VALID.tbx")).termbase
        let dct = try TBXReader.read(url: TestPaths.sharedTBX.appendingPathComponent("Example_Astronomy_DCT_VALID.tbx"))
        #expect(dct.dialect == .v3DCT)
        #expect(dct.termbase.concepts.count == dca.concepts.count)
        func stripped(_ tb: Termbase) -> [[Term]] {
            tb.concepts.map { $0.terms.map { var t = $0; t.preserved = []; return t } }
        }
        #expect(stripped(dct.termbase) == stripped(dca))
        #expect(dct.termbase.concepts.map(\.definition) == dca.concepts.map(\.definition))
    }

    @Test func readsTBX2008FromMultiTermMemoQWeblateExports() throws {
        let result = try TBXReader.read(url: TestPaths.fixture("martif-2008.tbx"))
        #expect(result.dialect == .tbx2008)
        let tb = result.termbase
        #expect(tb.header.title == "Exported termbase")
        #expect(tb.header.sourceLanguage == .english)
        #expect(tb.header.preserved.map(\.name) == ["encodingDesc"])
        let mss = try #require(tb.concept(id: "mss"))
        #expect(mss.definition == "North Korea's secret police.")
        #expect(mss.sources == ["Daily NK"])
        #expect(mss.subjectField == .institution)
        #expect(mss.terms.map(\.text) == ["국가보위성", "Ministry of State Security", "MSS", "State Security Department"])
        #expect(mss.terms[0].context == "국가보위성이 단속을 강화했다." && mss.terms[0].source == "Daily NK Korean")
        #expect(mss.terms[1].partOfSpeech == .noun && mss.terms[1].status == .preferred)
        #expect(mss.terms[2].type == .acronym && mss.terms[2].status == .admitted)
        #expect(mss.terms[3].status == .superseded)
        let inminban = try #require(tb.concept(id: "inminban"))
        #expect(inminban.terms[0].status == .admitted)  // no status given
        #expect(inminban.terms[1].usageNote == "Italicise and gloss as [people's unit] on first use.")
        #expect(inminban.preserved.map(\.name) == ["descrip", "xref"])
        #expect(result.warnings.contains { $0.message.contains("Social organisation") })
    }

    @Test func textIsNFCAndWhitespaceCollapsed() throws {
        // 한 as conjoining jamo (NFD) must come back precomposed.
        let nfd = "\u{1112}\u{1161}\u{11AB}"
        let xml = tbx(concepts: """
        <conceptEntry id="a"><langSec xml:lang="ko"><termSec><term>  \(nfd)국
           전략군 </term></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry>
        """)
        let tb = try TBXReader.read(data: Data(xml.utf8), file: "t.tbx").termbase
        #expect(tb.concepts[0].terms[0].text == "한국 전략군")
        #expect(tb.concepts[0].terms[0].text.unicodeScalars.count == 6)
    }
}

/// A minimal TBX v3 document around some conceptEntry elements.
func tbx(concepts: String, root: String = "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"ko\" xmlns=\"urn:iso:std:iso:30042:ed-2\">") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    \(root)
    <tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>
    <text><body>
    \(concepts)
    </body></text>
    </tbx>
    """
}
