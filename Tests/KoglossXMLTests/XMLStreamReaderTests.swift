import Foundation
import KoglossText
import Testing
@testable import KoglossXML

@Suite struct XMLStreamReaderTests {
    /// Reads every element's local name, failing the test on errors.
    func elementNames(_ xml: String) throws -> [String] {
        let reader = try XMLStreamReader(data: Data(xml.utf8), file: "t.xml")
        var names: [String] = []
        while try reader.read() { if reader.nodeType == .element { names.append(reader.localName) } }
        return names
    }

    @Test func readsElementsAttributesAndNamespaces() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic" xml:lang="ko" type="TBX-Basic">
          <langSec xml:lang="en"><basic:subjectField>rank</basic:subjectField></langSec>
        </tbx>
        """
        let reader = try XMLStreamReader(data: Data(xml.utf8), file: "t.xml")
        var seen: [(String, String?, String?)] = []
        while try reader.read() {
            guard reader.nodeType == .element else { continue }
            seen.append((reader.localName, reader.namespaceURI, reader.xmlLang))
            if reader.localName == "tbx" {
                #expect(reader.attribute("type") == "TBX-Basic")
                #expect(reader.attribute("xml:lang") == "ko")
                #expect(reader.attributes.map(\.name) == ["xml:lang", "type"])
                #expect(reader.depth == 0)
            }
            if reader.localName == "subjectField" {
                #expect(reader.qualifiedName == "basic:subjectField")
                #expect(try reader.readString() == "rank")
                #expect(reader.line == 3)
            }
        }
        #expect(seen.map(\.0) == ["tbx", "langSec", "subjectField"])
        #expect(seen[2].1 == "http://www.tbxinfo.net/ns/basic")
        #expect(seen[1].2 == "en")
        #expect(seen[0].1 == "urn:iso:std:iso:30042:ed-2")
    }

    @Test func readOuterXMLKeepsTheSubtreeAndSkipMovesPastIt() throws {
        let xml = "<a><keep type=\"x\">one <b>two</b> &amp; three</keep><next/></a>"
        let reader = try XMLStreamReader(data: Data(xml.utf8))
        var outer: String?
        var after: String?
        while try reader.read() {
            if reader.nodeType == .element && reader.localName == "keep" {
                outer = try reader.readOuterXML()
                #expect(try reader.skip())
                after = reader.localName
                break
            }
        }
        #expect(outer == "<keep type=\"x\">one <b>two</b> &amp; three</keep>")
        #expect(after == "next")
    }

    @Test func truncatedXMLFailsWithLineAndColumn() {
        let xml = "<a>\n  <b>text</b>\n  <c>"
        #expect {
            _ = try elementNames(xml)
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.file == "t.xml" && e.line == 3 && e.column != nil && e.description.hasPrefix("t.xml:3:")
        }
    }

    @Test func mismatchedTagFails() {
        #expect(throws: InputError.self) { _ = try elementNames("<a><b></a>") }
    }

    @Test func emptyInputFails() {
        #expect(throws: InputError.self) { _ = try XMLStreamReader(data: Data(), file: "empty.tbx") }
    }

    @Test func invalidUTF8FailsAndNamesTheEncoding() {
        var data = Data("<a>ok ".utf8)
        data.append(contentsOf: [0xC3, 0x28, 0xFF])
        data.append(contentsOf: Data("</a>".utf8))
        #expect {
            let reader = try XMLStreamReader(data: data, file: "bad.xml")
            while try reader.read() {}
        } throws: { error in
            (error as? InputError)?.message.contains("UTF-8") == true
        }
    }

    @Test func billionLaughsFailsQuicklyWithoutExpanding() {
        var dtd = "<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        dtd += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for i in 2...9 {
            let ref = "&lol\(i - 1);"
            dtd += "<!ENTITY lol\(i) \"\(String(repeating: ref, count: 10))\">\n"
        }
        dtd += "]>\n<lolz>&lol9;</lolz>"
        let start = Date()
        #expect(throws: InputError.self) {
            let reader = try XMLStreamReader(data: Data(dtd.utf8), file: "bomb.xml")
            while try reader.read() { _ = reader.value }
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func externalEntityIsNeverLoaded() {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<x>&xxe;</x>"
        var text = ""
        #expect(throws: InputError.self) {
            let reader = try XMLStreamReader(data: Data(xml.utf8), file: "xxe.xml")
            while try reader.read() { text += reader.value ?? "" }
        }
        #expect(!text.contains("root:"))
    }

    @Test func doctypeNamingAnExternalDTDIsNotLoaded() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"file:///etc/passwd\">\n<x a=\"1\">hi</x>"
        let reader = try XMLStreamReader(data: Data(xml.utf8), file: "dtd.xml")
        var text = ""
        var attributeCount = 0
        while try reader.read() {
            if reader.nodeType == .text { text += reader.value ?? "" }
            if reader.nodeType == .element { attributeCount = reader.attributes.count }
        }
        #expect(text == "hi")
        #expect(attributeCount == 1)
    }

    @Test func internalEntityReferencesAreRefusedNotExpanded() {
        let xml = "<!DOCTYPE x [<!ENTITY co \"Daily NK\">]>\n<x>&co;</x>"
        #expect(throws: InputError.self) {
            let reader = try XMLStreamReader(data: Data(xml.utf8), file: "ent.xml")
            while try reader.read() {}
        }
    }

    @Test func readersOnManyThreadsKeepTheirOwnErrors() async throws {
        try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
            for i in 0..<32 {
                group.addTask {
                    let xml = i % 2 == 0 ? "<a><b>\(i)</b></a>" : "<a>\n<b>\(i)</a>"
                    do {
                        let reader = try XMLStreamReader(data: Data(xml.utf8), file: "f\(i).xml")
                        while try reader.read() {}
                        return (i, true)
                    } catch let error as InputError {
                        #expect(error.file == "f\(i).xml")
                        #expect(error.line == 2)
                        return (i, false)
                    }
                }
            }
            for try await (i, ok) in group { #expect(ok == (i % 2 == 0)) }
        }
    }
}

extension XMLStreamReaderTests {
    @Test func billionLaughsErrorSaysWhy() {
        var dtd = "<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 {
            let ref = i == 1 ? "&lol;" : "&lol\(i - 1);"
            dtd += "<!ENTITY lol\(i) \"\(String(repeating: ref, count: 10))\">\n"
        }
        dtd += "]>\n<lolz>&lol9;</lolz>"
        do {
            let reader = try XMLStreamReader(data: Data(dtd.utf8), file: "bomb.xml")
            while try reader.read() {}
            Issue.record("no error")
        } catch {
            #expect("\(error)".hasPrefix("bomb.xml:"))
        }
    }
}

extension XMLStreamReaderTests {
    @Test func readsFilesInChunksAndReportsMissingOrEmptyFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a.xml")
        let body = (0..<20_000).map { "<i n=\"\($0)\">보위국 \($0)</i>" }.joined(separator: "\n")
        try Data("<r>\n\(body)\n</r>\n".utf8).write(to: url)
        let reader = try XMLStreamReader(contentsOf: url, ignoringBlanks: true)
        var count = 0, lastLine = 0
        while try reader.read() {
            if reader.nodeType == .element && reader.localName == "i" { count += 1; lastLine = reader.line }
        }
        #expect(count == 20_000)
        #expect(lastLine == 20_001)

        #expect { _ = try XMLStreamReader(contentsOf: dir.appendingPathComponent("missing.xml")) } throws: { error in
            (error as? InputError)?.message.contains("cannot read") == true
        }
        let empty = dir.appendingPathComponent("empty.xml")
        try Data().write(to: empty)
        #expect { _ = try XMLStreamReader(contentsOf: empty) } throws: { error in
            (error as? InputError)?.message.contains("empty") == true
        }
        let truncated = dir.appendingPathComponent("cut.xml")
        try Data("<r>\n<i>x</i>\n<i>".utf8).write(to: truncated)
        #expect {
            let r = try XMLStreamReader(contentsOf: truncated)
            while try r.read() {}
        } throws: { error in
            let e = error as? InputError
            return e?.file == truncated.path && e?.line == 3 && e?.message.contains("unexpected end of file") == true
        }
    }
}
