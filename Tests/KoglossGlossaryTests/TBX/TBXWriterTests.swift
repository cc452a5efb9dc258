import Foundation
import KoglossText
import KoglossXML
import Testing
@testable import KoglossGlossary

@Suite struct TBXWriterTests {
    static let validator: RelaxNGValidator? = try? RelaxNGValidator(contentsOf: TestPaths.sharedTBX.appendingPathComponent("TBX-Basic_DCA.rng"))

    static let inputs = [
        TestPaths.fixture("kogloss-sample.tbx"),
        TestPaths.fixture("martif-2008.tbx"),
        TestPaths.sharedTBX.appendingPathComponent("Example_Astronomy_DCA_VALID.tbx"),
    ]

    @Test(arguments: inputs)
    func outputValidatesAgainstTheOfficialTBXBasicSchema(_ url: URL) throws {
        let validator = try #require(Self.validator)
        let termbase = try TBXReader.read(url: url).termbase
        let output = TBXWriter.write(termbase)
        let errors = try validator.validate(output, file: "out.tbx")
        #expect(errors.isEmpty, "\(errors.prefix(5))")
    }

    @Test(arguments: inputs + [TestPaths.sharedTBX.appendingPathComponent("Example_Astronomy_DCT_VALID.tbx")])
    func roundTripKeepsTheModelAndRewritingIsByteIdentical(_ url: URL) throws {
        let first = try TBXReader.read(url: url).termbase
        let written = TBXWriter.write(first)
        let second = try TBXReader.read(data: written, file: "written.tbx")
        #expect(second.termbase == first)
        let rewritten = TBXWriter.write(second.termbase)
        #expect(rewritten == written)
    }

    @Test func koglossFixtureIsWrittenExactlyAsTheMappingShowsIt() throws {
        let original = try Data(contentsOf: TestPaths.fixture("kogloss-sample.tbx"))
        let written = TBXWriter.write(try TBXReader.read(data: original, file: nil).termbase)
        if written != original { try? written.write(to: URL(fileURLWithPath: NSTemporaryDirectory() + "kogloss-sample.out.tbx")) }
        #expect(written == original)
    }

    @Test func changingOneTermChangesOneLine() throws {
        var termbase = try TBXReader.read(url: TestPaths.fixture("kogloss-sample.tbx")).termbase
        let before = String(decoding: TBXWriter.write(termbase), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        termbase.concepts[3].terms[1].text = "Kim Jong-Un"
        let after = String(decoding: TBXWriter.write(termbase), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first?.1 == "\t\t\t\t\t\t<term>Kim Jong-Un</term>")
    }

    @Test func escapesMarkupInText() throws {
        var termbase = try TBXReader.read(url: TestPaths.fixture("kogloss-sample.tbx")).termbase
        termbase.concepts[0].notes = ["<b>bold</b> & \"quoted\" ]]>"]
        let data = TBXWriter.write(termbase)
        #expect(try TBXReader.read(data: data, file: nil).termbase.concepts[0].notes == termbase.concepts[0].notes)
    }

    @Test func emptyTermbaseIsWritableAndReadable() throws {
        let data = TBXWriter.write(Termbase())
        #expect(try TBXReader.read(data: data, file: nil).termbase.concepts.isEmpty)
    }
}

/// The starter glossary shipped in glossary/ (written by hand in the mapping's format) loads without
/// warnings, validates against TBX-Basic and is rewritten byte for byte.
@Suite struct StarterGlossaryTests {
    static let url = TestPaths.packageRoot.appendingPathComponent("glossary/dailynk.tbx")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: url.path)))
    func starterGlossaryIsCanonicalAndValid() throws {
        let data = try Data(contentsOf: Self.url)
        let result = try TBXReader.read(data: data, file: Self.url.path)
        #expect(result.warnings.isEmpty, "\(result.warnings.prefix(3))")
        let validator = try #require(TBXWriterTests.validator)
        #expect(try validator.validate(data).isEmpty)
        let written = TBXWriter.write(result.termbase)
        if written != data { try? written.write(to: URL(fileURLWithPath: NSTemporaryDirectory() + "dailynk.rewritten.tbx")) }
        #expect(written == data)
        #expect(GlossaryValidator.validate(result.termbase).filter { $0.severity == .error }.isEmpty)
    }
}
