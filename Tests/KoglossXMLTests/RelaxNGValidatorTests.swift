import Foundation
import KoglossText
import Testing
@testable import KoglossXML

@Suite struct RelaxNGValidatorTests {
    static let sharedTBX = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/tbx")

    let schema = """
    <element name="list" xmlns="http://relaxng.org/ns/structure/1.0">
      <oneOrMore><element name="item"><attribute name="id"/><text/></element></oneOrMore>
    </element>
    """

    @Test func acceptsAValidDocument() throws {
        let validator = try RelaxNGValidator(schema: Data(schema.utf8))
        #expect(try validator.validate(Data("<list><item id=\"1\">a</item></list>".utf8)).isEmpty)
    }

    @Test func reportsErrorsWithLineNumbers() throws {
        let validator = try RelaxNGValidator(schema: Data(schema.utf8))
        let errors = try validator.validate(Data("<list>\n<item id=\"1\">a</item>\n<item>b</item>\n<other/>\n</list>".utf8))
        #expect(!errors.isEmpty)
        #expect(errors.contains { $0.line == 3 || $0.line == 4 })
    }

    @Test func malformedDocumentThrows() throws {
        let validator = try RelaxNGValidator(schema: Data(schema.utf8))
        #expect(throws: InputError.self) { _ = try validator.validate(Data("<list><item>".utf8), file: "x.xml") }
    }

    @Test func invalidSchemaThrows() {
        #expect(throws: InputError.self) { _ = try RelaxNGValidator(schema: Data("<element xmlns=\"http://relaxng.org/ns/structure/1.0\"/>".utf8)) }
    }

    @Test func officialTBXBasicSchemaAcceptsTheOfficialExample() throws {
        let validator = try RelaxNGValidator(contentsOf: Self.sharedTBX.appendingPathComponent("TBX-Basic_DCA.rng"))
        let example = try Data(contentsOf: Self.sharedTBX.appendingPathComponent("Example_Astronomy_DCA_VALID.tbx"))
        #expect(try validator.validate(example) == [])
        let broken = String(decoding: example, as: UTF8.self).replacingOccurrences(of: "<conceptEntry id=\"c1\">", with: "<conceptEntry>")
        #expect(!(try validator.validate(Data(broken.utf8))).isEmpty)
    }

    @Test func validatesInParallel() async throws {
        let validator = try RelaxNGValidator(schema: Data(schema.utf8))
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<16 {
                group.addTask {
                    let doc = i % 2 == 0 ? "<list><item id=\"1\"/></list>" : "<list><bad/></list>"
                    return try validator.validate(Data(doc.utf8)).isEmpty == (i % 2 == 0)
                }
            }
            for try await ok in group { #expect(ok) }
        }
    }
}
