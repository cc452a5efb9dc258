import Foundation
import KoglossText
import Testing
@testable import KoglossGlossary

/// Every kind of broken TBX gives an `InputError` naming the file and line, never a partial termbase.
@Suite struct TBXReaderBadInputTests {
    let good = """
    <conceptEntry id="a"><langSec xml:lang="ko"><termSec><term>보위국</term></termSec></langSec>
    <langSec xml:lang="en"><termSec><term>Military Security Command</term></termSec></langSec></conceptEntry>
    """

    func error(_ xml: String) -> InputError? {
        error(Data(xml.utf8))
    }

    func error(_ data: Data) -> InputError? {
        do {
            _ = try TBXReader.read(data: data, file: "bad.tbx")
            return nil
        } catch let e as InputError {
            return e
        } catch {
            Issue.record("unexpected error type \(error)")
            return nil
        }
    }

    @Test func goodInputReads() throws {
        #expect(error(tbx(concepts: good)) == nil)
    }

    @Test func truncatedXML() throws {
        let full = tbx(concepts: good)
        let e = try #require(error(String(full.prefix(full.count - 40))))
        #expect(e.file == "bad.tbx")
        #expect(e.line != nil)
        #expect(e.description.hasPrefix("bad.tbx:"))
    }

    @Test func wrongRootElement() throws {
        let e = try #require(error("<?xml version=\"1.0\"?>\n<html><body/></html>"))
        #expect(e.message.contains("wrong root element <html>"))
        #expect(e.line == 2)
    }

    @Test func noLanguages() throws {
        let e = try #require(error(tbx(concepts: "<conceptEntry id=\"a\"></conceptEntry>")))
        #expect(e.message.contains("no terms"))
    }

    @Test func oneLanguageOnly() throws {
        let xml = tbx(concepts: """
        <conceptEntry id="a"><langSec xml:lang="en"><termSec><term>one</term></termSec></langSec></conceptEntry>
        <conceptEntry id="b"><langSec xml:lang="en"><termSec><term>two</term></termSec></langSec></conceptEntry>
        """)
        let e = try #require(error(xml))
        #expect(e.message.contains("one language only (en)"))
    }

    @Test func duplicateConceptIDs() throws {
        let dup = good.replacingOccurrences(of: "보위국", with: "보위사령부")
        let e = try #require(error(tbx(concepts: good + "\n" + dup)))
        #expect(e.message.contains("duplicate concept id 'a' (first used at line 5)"))
        #expect(e.line == 7)
    }

    @Test func unknownLanguageCodes() throws {
        let e = try #require(error(tbx(concepts: good.replacingOccurrences(of: "xml:lang=\"en\"", with: "xml:lang=\"qq\""))))
        #expect(e.message.contains("unknown language code 'qq'"))
        let e2 = try #require(error(tbx(concepts: good.replacingOccurrences(of: "xml:lang=\"ko\"", with: "xml:lang=\"korean\""))))
        #expect(e2.message.contains("not a BCP 47 language tag"))
    }

    @Test func invalidUTF8() throws {
        var data = Data(tbx(concepts: good).utf8)
        let range = try #require(data.range(of: Data("보위국".utf8)))
        data[range.lowerBound + 1] = 0xFF
        let e = try #require(error(data))
        #expect(e.message.contains("UTF-8"))
        #expect(e.line == 5)
    }

    @Test func billionLaughs() throws {
        var dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 {
            let ref = i == 1 ? "&lol;" : "&lol\(i - 1);"
            dtd += "<!ENTITY lol\(i) \"\(String(repeating: ref, count: 10))\">\n"
        }
        dtd += "]>\n"
        let xml = dtd + tbx(concepts: good.replacingOccurrences(of: "보위국", with: "&lol9;"))
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
        #expect(error(xml) != nil)
    }

    @Test func externalEntityToEtcPasswd() throws {
        let doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        let xml = doc + tbx(concepts: good.replacingOccurrences(of: "보위국", with: "&xxe;"))
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
        let e = try #require(error(xml))
        #expect(!e.description.contains("root:"))
    }

    @Test func doctypeNamingADTDIsReadWithoutLoadingIt() throws {
        let xml = tbx(concepts: good).replacingOccurrences(of: "<tbx ", with: "<!DOCTYPE tbx SYSTEM \"file:///etc/passwd\">\n<tbx ")
        #expect(error(xml) == nil)
    }

    @Test func emptyFile() throws {
        let e = try #require(error(Data()))
        #expect(e.message.contains("empty"))
    }

    @Test func termSectionWithoutTerm() throws {
        let e = try #require(error(tbx(concepts: good.replacingOccurrences(of: "<term>보위국</term>", with: ""))))
        #expect(e.message.contains("without a term"))
    }

    @Test func langSecWithoutLanguage() throws {
        let e = try #require(error(tbx(concepts: good.replacingOccurrences(of: " xml:lang=\"ko\"", with: ""))))
        #expect(e.message.contains("without xml:lang"))
    }
}
