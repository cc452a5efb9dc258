import Foundation
import Testing
@testable import KoglossXML

@Suite struct XMLWriterTests {
    @Test func writesOneElementPerLineWithTabsAndEscapes() {
        let writer = XMLWriter()
        writer.startDocument()
        writer.startElement("root", attributes: [("b", "2"), ("a", "x\"<&")])
        writer.textElement("term", text: "Kim & <Son> \"quoted\"")
        writer.startElement("group")
        writer.textElement("note", attributes: [("type", "t")], text: "보위국")
        writer.endElement()
        writer.startElement("empty")
        writer.endElement()
        writer.endElement()
        let text = String(decoding: writer.finish(), as: UTF8.self)
        #expect(text == """
        <?xml version="1.0" encoding="UTF-8"?>
        <root b="2" a="x&quot;&lt;&amp;">
        \t<term>Kim &amp; &lt;Son&gt; "quoted"</term>
        \t<group>
        \t\t<note type="t">보위국</note>
        \t</group>
        \t<empty></empty>
        </root>

        """)
    }

    @Test func rawElementsKeepTheirPlaceAndIndentation() {
        let writer = XMLWriter()
        writer.startDocument()
        writer.startElement("a")
        writer.rawElement("<x y=\"1\">kept</x>")
        writer.textElement("b", text: "after")
        writer.endElement()
        let text = String(decoding: writer.finish(), as: UTF8.self)
        #expect(text == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\n\t<x y=\"1\">kept</x>\n\t<b>after</b>\n</a>\n")
    }

    @Test func sameCallsGiveSameBytes() {
        func build() -> Data {
            let w = XMLWriter()
            w.startDocument()
            w.startElement("r")
            for i in 0..<100 { w.textElement("i", attributes: [("n", "\(i)")], text: "v\(i)") }
            w.endElement()
            return w.finish()
        }
        #expect(build() == build())
    }
}
