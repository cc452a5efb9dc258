import Foundation
import KoglossAlign
import KoglossText
import KoglossXML

/// Reads TMX (1.1-1.4b, from kogloss or other tools) into pairs to store. Languages come from `xml:lang`
/// (TMX 1.4) or `lang` (1.1-1.3); the first Korean and first English variant of a unit are used.
/// Inline markup is reduced to its text: `<hi>`/`<sub>` keep their text, native codes (`<bpt>`, `<ept>`,
/// `<ph>`, `<it>`, `<ut>`) are dropped because they hold formatting codes, not words. Units are grouped
/// into one pair per document (`x-document`/`x-url` prop, else one pair for the whole file).
public enum TMXReader {
    /// The result of reading: pairs and how many units were skipped (missing Korean or English).
    public struct Result: Sendable {
        public var pairs: [PairContent]
        public var unitCount: Int
        public var skippedUnits: Int
    }

    struct Unit {
        var korean: String?
        var english: String?
        var document: String?
        var url: String?
        var date: String?
        var translator: String?
        var confidence: Double?
    }

    static let nativeCodes: Set<String> = ["bpt", "ept", "ph", "it", "ut"]

    /// Reads a TMX file; `InputError` for malformed XML or a file that is not TMX.
    public static func read(url: URL) throws -> Result {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw InputError(file: url.path, message: "cannot read the TMX file", hint: "check the path")
        }
        return try read(data: data, file: url.path)
    }

    /// Reads TMX from memory; `file` names it in errors and becomes the title of an undocumented pair.
    public static func read(data: Data, file: String?) throws -> Result {
        let reader = try XMLStreamReader(data: data, file: file)
        var units: [Unit] = []
        var sawRoot = false
        var current: Unit?
        var tuvLang: String?
        var propType: String?
        while try reader.read() {
            guard reader.nodeType == .element else { continue }
            switch reader.localName {
            case "tmx":
                sawRoot = true
            case "tu":
                if let unit = current { units.append(unit) }
                current = Unit(translator: reader.attribute("creationid") ?? reader.attribute("changeid"))
                if reader.isEmptyElement { units.append(current!); current = nil }
            case "prop" where current != nil:
                propType = reader.attribute("type")
                let text = try reader.readString().trimmingCharacters(in: .whitespacesAndNewlines)
                switch propType {
                case "x-document", "x-title", "x-Document": current?.document = text
                case "x-url": current?.url = text
                case "x-date": current?.date = PairContent.isISODate(text) ? text : nil
                case "x-confidence": current?.confidence = Double(text)
                default: break
                }
            case "tuv" where current != nil:
                tuvLang = (reader.attribute("xml:lang") ?? reader.attribute("lang") ?? reader.xmlLang)?.lowercased()
            case "seg" where current != nil:
                let text = try segmentText(reader).trimmingCharacters(in: .whitespacesAndNewlines)
                if let lang = tuvLang, !text.isEmpty {
                    if lang.hasPrefix("ko"), current?.korean == nil { current?.korean = text }
                    if lang.hasPrefix("en"), current?.english == nil { current?.english = text }
                }
            default:
                break
            }
        }
        if let unit = current { units.append(unit) }
        guard sawRoot else {
            throw InputError(file: file, line: 1, column: 1, message: "not a TMX file (no <tmx> root element)", hint: "export translation memory as TMX")
        }
        return group(units, file: file)
    }

    /// The text of the `<seg>` the reader is on, leaving the reader on its end.
    static func segmentText(_ reader: XMLStreamReader) throws -> String {
        if reader.isEmptyElement { return "" }
        let depth = reader.depth
        var text = ""
        var skipDepth: Int?
        while try reader.read() {
            switch reader.nodeType {
            case .endElement:
                if reader.depth == depth { return text }
                if let d = skipDepth, reader.depth == d { skipDepth = nil }
            case .element:
                if skipDepth == nil, nativeCodes.contains(reader.localName), !reader.isEmptyElement { skipDepth = reader.depth }
            case .text, .cdata, .whitespace:
                if skipDepth == nil { text += reader.value ?? "" }
            default:
                break
            }
        }
        return text
    }

    static func group(_ units: [Unit], file: String?) -> Result {
        var order: [String] = []
        var byDocument: [String: [Unit]] = [:]
        var skipped = 0
        for unit in units {
            guard unit.korean != nil, unit.english != nil else { skipped += 1; continue }
            let key = unit.url ?? unit.document ?? ""
            if byDocument[key] == nil { order.append(key) }
            byDocument[key, default: []].append(unit)
        }
        let fileTitle = file.map { URL(fileURLWithPath: $0).lastPathComponent }
        let pairs = order.map { key -> PairContent in
            let units = byDocument[key]!
            func layout(_ texts: [String]) -> (String, [Paragraph]) {
                var text = "", paragraphs: [Paragraph] = []
                for t in texts {
                    let normalized = t.precomposedStringWithCanonicalMapping
                    if !text.isEmpty { text += "\n\n" }
                    let start = text.utf8.count
                    text += normalized
                    paragraphs.append(Paragraph(text: normalized, kind: .body, range: start..<text.utf8.count))
                }
                return (text + "\n", paragraphs)
            }
            let (ko, koParagraphs) = layout(units.map { $0.korean! })
            let (en, enParagraphs) = layout(units.map { $0.english! })
            let beads = units.indices.map { Bead(ko: [$0], en: [$0], confidence: units[$0].confidence ?? 1) }
            let first = units[0]
            return PairContent(englishText: en, koreanText: ko, englishParagraphs: enParagraphs, koreanParagraphs: koParagraphs,
                               beads: beads, title: first.document ?? fileTitle, url: first.url, date: first.date,
                               translator: first.translator)
        }
        return Result(pairs: pairs, unitCount: units.count, skippedUnits: skipped)
    }
}
