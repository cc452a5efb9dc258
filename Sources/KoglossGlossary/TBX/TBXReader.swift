import Foundation
import KoglossText
import KoglossXML

/// Reads TBX termbases: TBX v3 (ISO 30042:2019) in DCA and DCT style, and TBX 2008 `<martif>` files as
/// exported by MultiTerm, memoQ, Weblate and translate-toolkit. Streaming (libxml2 xmlTextReader, no DOM of
/// the whole file), no network, no DTD or external entities. Text is NFC with whitespace runs collapsed.
/// Elements kogloss does not model are kept verbatim (`PreservedElement`) and reported once per kind.
public enum TBXReader {
    /// The TBX v3 core namespace.
    public static let namespace = "urn:iso:std:iso:30042:ed-2"

    /// Reads a TBX file; errors (`InputError`) name the path, line and column.
    public static func read(url: URL) throws -> TBXReadResult {
        // libxml2 reads the file in chunks: no copy of the whole file in memory.
        try TBXParseSession(reader: XMLStreamReader(contentsOf: url, ignoringBlanks: true), file: url.path).parse()
    }

    /// Reads TBX from memory; `file` names the source in errors and warnings.
    public static func read(data: Data, file: String?) throws -> TBXReadResult {
        try TBXParseSession(reader: XMLStreamReader(data: data, file: file, ignoringBlanks: true), file: file).parse()
    }
}

/// One parse of one file: the streaming reader plus what has been collected so far.
private final class TBXParseSession {
    let reader: XMLStreamReader
    let file: String?
    var dialect: TBXDialect = .v3DCA
    var header = TermbaseHeader()
    var concepts: [Concept] = []
    var conceptLines: [String: Int] = [:]
    /// Warnings keyed by kind, in first-seen order, with a count.
    var warningOrder: [String] = []
    var warningsByKey: [String: (line: Int, message: String, count: Int)] = [:]

    init(reader: XMLStreamReader, file: String?) {
        self.file = file
        self.reader = reader
    }

    func error(_ message: String, hint: String? = nil, line: Int? = nil) -> InputError {
        InputError(file: file, line: line ?? reader.line, message: message, hint: hint)
    }

    func warn(key: String, _ message: String) {
        if warningsByKey[key] != nil {
            warningsByKey[key]!.count += 1
        } else {
            warningOrder.append(key)
            warningsByKey[key] = (reader.line, message, 1)
        }
    }

    // MARK: Document

    func parse() throws -> TBXReadResult {
        var foundRoot = false
        while try reader.read() {
            if reader.nodeType == .element { foundRoot = true; break }
        }
        guard foundRoot else {
            throw error("no root element", hint: "the file is not a TBX document")
        }
        let rootLine = reader.line
        switch reader.localName {
        case "tbx":
            let style = reader.attribute("style")?.lowercased()
            dialect = style == "dct" ? .v3DCT : .v3DCA
        case "martif":
            dialect = .tbx2008
        default:
            throw error("wrong root element <\(reader.qualifiedName)>: expected <tbx> (TBX v3) or <martif> (TBX 2008)",
                        hint: "is this a TBX termbase?")
        }
        if let lang = reader.attribute("xml:lang") {
            header.sourceLanguage = try languageCode(lang)
        }
        try reader.forEachChild {
            switch reader.localName {
            case "tbxHeader", "martifHeader":
                try parseHeader()
            case "text":
                try reader.forEachChild {
                    switch reader.localName {
                    case "body":
                        try reader.forEachChild {
                            if reader.localName == "conceptEntry" || reader.localName == "termEntry" {
                                try parseConcept()
                            } else {
                                header.preserved.append(try preserve())
                            }
                        }
                    default:
                        // <back> (and anything else after the body) is kept with the header.
                        header.preserved.append(try preserve())
                    }
                }
            default:
                header.preserved.append(try preserve())
            }
        }
        // Drain trailing comments/PIs so that junk after the root element is reported.
        while try reader.read() {}

        if !concepts.isEmpty {
            var languages: [LanguageCode] = []
            for concept in concepts {
                for term in concept.terms where !languages.contains(term.language) { languages.append(term.language) }
            }
            if languages.count < 2 {
                let which = languages.first.map { "one language only (\($0))" } ?? "no languages"
                throw error("the termbase has terms in \(which)", hint: "a bilingual termbase needs terms in at least two languages (ko and en)", line: rootLine)
            }
        }
        let warnings = warningOrder.map { key -> TBXWarning in
            let w = warningsByKey[key]!
            let count = w.count > 1 ? " (\(w.count) times)" : ""
            return TBXWarning(file: file, line: w.line, message: w.message + count)
        }
        return TBXReadResult(termbase: Termbase(header: header, concepts: concepts), warnings: warnings, dialect: dialect,
                             conceptLines: conceptLines)
    }

    func parseHeader() throws {
        try reader.forEachChild {
            guard reader.localName == "fileDesc" else {
                header.preserved.append(try preserve())
                return
            }
            try reader.forEachChild {
                switch reader.localName {
                case "titleStmt":
                    try reader.forEachChild {
                        if reader.localName == "title", header.title == nil, let text = try leafText() {
                            header.title = text
                        } else {
                            header.preserved.append(try preserve())
                        }
                    }
                case "publicationStmt", "sourceDesc":
                    let isPublication = reader.localName == "publicationStmt"
                    try reader.forEachChild {
                        if reader.localName == "p", let text = try leafText() {
                            if isPublication { header.publication.append(text) } else { header.sourceDescription.append(text) }
                        } else {
                            header.preserved.append(try preserve())
                        }
                    }
                default:
                    header.preserved.append(try preserve())
                }
            }
        }
    }

    // MARK: Helpers

    /// The data category of the current element: the `type` of a DCA/2008 `descrip`, `admin`, `termNote`,
    /// `ref` or `xref`; the element name itself for DCT elements (`<min:subjectField>`) and plain elements.
    var dataCategory: String {
        let name = reader.localName
        switch name {
        case "descrip", "admin", "termNote", "ref", "xref", "transac", "transacNote", "adminNote", "descripNote":
            let ns = reader.namespaceURI
            if ns == nil || ns == TBXReader.namespace { return reader.internedAttribute("type") ?? name }
            return name
        default:
            return name
        }
    }

    /// Cleaned text of a text-only element, consuming it; nil (reader still on the element) when it has markup.
    func leafText() throws -> String? {
        guard let raw = try reader.textIfTextOnly() else { return nil }
        _ = try reader.skip()
        return TermText.clean(raw)
    }

    /// Keeps the current element verbatim (consuming it) and reports it once per kind.
    func preserve(reason: String? = nil) throws -> PreservedElement {
        let name = reader.localName
        let type = reader.attribute("type")
        let label = type.map { "<\(reader.qualifiedName) type=\"\($0)\">" } ?? "<\(reader.qualifiedName)>"
        let key = reason.map { "\(label) \($0)" } ?? label
        warn(key: key, reason.map { "\(label) \($0); kept verbatim" } ?? "\(label) is not modelled by kogloss; kept verbatim")
        // TBX 2008 has no namespace; kept elements move into the v3 namespace they are written back in.
        let xml = dialect == .tbx2008 ? try reader.readOuterXML(assigningNamespace: TBXReader.namespace) : try reader.readOuterXML()
        _ = try reader.skip()
        return PreservedElement(name: name, xml: xml)
    }

    /// Checked language codes by their raw `xml:lang` value (a file uses only a few).
    var languageCache: [String: LanguageCode] = [:]

    func languageCode(_ raw: String) throws -> LanguageCode {
        if let cached = languageCache[raw] { return cached }
        let tag = raw.trimmingCharacters(in: .whitespaces)
        if let problem = LanguageTagCheck.problem(with: tag) {
            throw InputError(file: file, line: reader.line, column: nil, message: problem,
                             hint: "use a BCP 47 code such as ko or en in xml:lang")
        }
        let code = LanguageCode(tag)
        languageCache[raw] = code
        return code
    }

    /// The children of a grouping element (`descripGrp`) as (data category, text) pairs, text nil when a child
    /// has markup or children of its own. Parsed from the group's outer XML with a second small reader.
    func groupChildren(_ xml: String) throws -> [(category: String, text: String?, target: String?)] {
        let sub = try XMLStreamReader(data: Data(xml.utf8), file: file, ignoringBlanks: true)
        var result: [(category: String, text: String?, target: String?)] = []
        guard try sub.read() else { return result }
        try sub.forEachChild {
            let name = sub.localName
            let ns = sub.namespaceURI
            var category = name
            if ["descrip", "admin", "termNote", "ref", "xref"].contains(name), ns == nil || ns == TBXReader.namespace {
                category = sub.attribute("type") ?? name
            }
            let target = sub.attribute("target")
            let text = try sub.textIfTextOnly().map(TermText.clean)
            _ = try sub.skip()
            result.append((category, text, target))
        }
        return result
    }

    // MARK: Concepts

    func parseConcept() throws {
        let line = reader.line
        var id = reader.attribute("id") ?? ""
        if id.first?.isWhitespace == true || id.last?.isWhitespace == true { id = id.trimmingCharacters(in: .whitespaces) }
        if id.isEmpty {
            var n = concepts.count + 1
            while conceptLines["c\(n)"] != nil { n += 1 }
            id = "c\(n)"
            warn(key: "missing id", "<\(reader.localName)> without an id: assigned 'c\(n)'")
        }
        if let first = conceptLines[id] {
            throw InputError(file: file, line: line, message: "duplicate concept id '\(id)' (first used at line \(first))",
                             hint: "concept ids must be unique; rename one of them")
        }
        conceptLines[id] = line
        var concept = Concept(id: id)
        try reader.forEachChild {
            switch reader.localName {
            case "langSec", "langSet":
                try parseLanguageSection(into: &concept)
            default:
                try parseConceptCategory(into: &concept)
            }
        }
        if concept.terms.isEmpty {
            throw InputError(file: file, line: line, message: "concept '\(id)' has no terms (no langSec with a termSec)",
                             hint: "give every concept at least one term per language")
        }
        concepts.append(concept)
    }

    func parseConceptCategory(into concept: inout Concept) throws {
        switch dataCategory {
        case "subjectField":
            guard let text = try leafText() else { return concept.preserved.append(try preserve()) }
            if concept.subjectField == nil, let field = SubjectField(rawValue: text.lowercased()) {
                concept.subjectField = field
            } else {
                concept.preserved.append(try preserveText(text, element: "descrip", type: "subjectField",
                                                          reason: "has a subject field kogloss does not know ('\(text)')"))
            }
        case "definition":
            if concept.definition == nil, let text = try leafText() {
                concept.definition = text
            } else {
                concept.preserved.append(try preserve())
            }
        case "source":
            if let text = try leafText() { concept.sources.append(text) } else { concept.preserved.append(try preserve()) }
        case "crossReference":
            let target = reader.attribute("target")
            if let target, !target.isEmpty, let text = try leafText() {
                if let relation = CrossReference.Relation(rawValue: text.lowercased()) {
                    concept.crossReferences.append(CrossReference(target: target, relation: relation))
                } else {
                    concept.preserved.append(try preserveText(text, element: "ref", type: "crossReference", target: target,
                                                              reason: "has a relation kogloss does not know ('\(text)')"))
                }
            } else {
                concept.preserved.append(try preserve())
            }
        case "note":
            guard let text = try leafText() else { return concept.preserved.append(try preserve()) }
            if text.hasPrefix("kogloss:") {
                if let value = text.dropPrefix("kogloss:validFrom="), TBXDate.isValid(value) {
                    concept.validity = ValidityPeriod(from: value, until: concept.validity?.until)
                } else if let value = text.dropPrefix("kogloss:validUntil="), TBXDate.isValid(value) {
                    concept.validity = ValidityPeriod(from: concept.validity?.from, until: value)
                } else {
                    concept.preserved.append(try preserveText(text, element: "note", reason: "is a kogloss note kogloss does not understand"))
                }
            } else {
                concept.notes.append(text)
            }
        case "descripGrp":
            let xml = try reader.readOuterXML()
            let children = try groupChildren(xml)
            let definitions = children.filter { $0.category == "definition" }
            let sources = children.filter { $0.category == "source" }
            if concept.definition == nil, definitions.count == 1, definitions.count + sources.count == children.count,
               let definition = definitions[0].text, sources.allSatisfy({ $0.text != nil }) {
                _ = try reader.skip()
                concept.definition = definition
                concept.sources += sources.compactMap(\.text)
            } else {
                concept.preserved.append(try preserve())
            }
        default:
            concept.preserved.append(try preserve())
        }
    }

    /// Preserves a data category whose value kogloss cannot model. The reader has already consumed the
    /// element, so it is re-serialised through libxml2 (escaping included) in DCA form.
    func preserveText(_ text: String, element: String, type: String? = nil, target: String? = nil, reason: String) throws -> PreservedElement {
        let label = type.map { "<\(element) type=\"\($0)\">" } ?? "<\(element)>"
        warn(key: "\(label) \(reason)", "\(label) \(reason); kept verbatim")
        let writer = XMLWriter()
        var attributes: [(String, String)] = []
        if let type { attributes.append(("type", type)) }
        if let target { attributes.append(("target", target)) }
        writer.textElement(element, attributes: attributes, text: text)
        var xml = String(decoding: writer.finish(), as: UTF8.self)
        while xml.hasSuffix("\n") { xml.removeLast() }
        return PreservedElement(name: element, xml: xml)
    }

    // MARK: Languages and terms

    func parseLanguageSection(into concept: inout Concept) throws {
        guard let lang = reader.internedAttribute("xml:lang") else {
            throw error("<\(reader.localName)> without xml:lang", hint: "add the language code, e.g. xml:lang=\"ko\"")
        }
        let language = try languageCode(lang)
        try reader.forEachChild {
            switch reader.localName {
            case "termSec", "tig", "ntig":
                concept.terms.append(try parseTerm(language: language))
            default:
                concept.preservedByLanguage[language.code, default: []].append(try preserve())
            }
        }
    }

    func parseTerm(language: LanguageCode) throws -> Term {
        let line = reader.line
        var term = Term(language: language, text: "")
        var sawTerm = false, sawType = false, sawStatus = false, sawPartOfSpeech = false
        func handle() throws {
            switch dataCategory {
            case "term":
                if !sawTerm, let text = try leafText() {
                    term.text = text
                    sawTerm = true
                } else if !sawTerm {
                    // Inline markup in a term: keep the plain text for kogloss, the element for others.
                    term.text = TermText.clean(try reader.readString())
                    sawTerm = true
                    term.preserved.append(try preserve(reason: "has inline markup"))
                } else {
                    term.preserved.append(try preserve(reason: "is a second term in one termSec"))
                }
            case "termGrp":
                try reader.forEachChild(handle)
            case "termType":
                guard !sawType, let text = try leafText() else { return term.preserved.append(try preserve()) }
                if let type = TermType(rawValue: text) {
                    term.type = type
                } else if ["romanizedForm", "transliteratedForm", "transcribedForm"].contains(text) {
                    term.type = .variant
                    if term.variantKind == nil { term.variantKind = .romanization }
                } else {
                    return term.preserved.append(try preserveText(text, element: "termNote", type: "termType",
                                                                  reason: "has a term type kogloss does not know ('\(text)')"))
                }
                sawType = true
            case "partOfSpeech":
                guard !sawPartOfSpeech, let text = try leafText() else { return term.preserved.append(try preserve()) }
                if let pos = PartOfSpeech(rawValue: text.lowercased()) {
                    term.partOfSpeech = pos
                    sawPartOfSpeech = true
                } else {
                    term.preserved.append(try preserveText(text, element: "termNote", type: "partOfSpeech",
                                                           reason: "has a part of speech kogloss does not know ('\(text)')"))
                }
            case "administrativeStatus", "normativeAuthorization":
                let category = dataCategory
                guard !sawStatus, let text = try leafText() else { return term.preserved.append(try preserve()) }
                if let status = AdministrativeStatus(tbxValue: text) ?? AdministrativeStatus(tbxValue: text.replacingOccurrences(of: "Term", with: "")) {
                    term.status = status
                    sawStatus = true
                } else {
                    term.preserved.append(try preserveText(text, element: "termNote", type: category,
                                                           reason: "has a status kogloss does not know ('\(text)')"))
                }
            case "geographicalUsage":
                if term.geographicalUsage == nil, let text = try leafText() { term.geographicalUsage = text } else { term.preserved.append(try preserve()) }
            case "context":
                if term.context == nil, let text = try leafText() { term.context = text } else { term.preserved.append(try preserve()) }
            case "source":
                if term.source == nil, let text = try leafText() { term.source = text } else { term.preserved.append(try preserve()) }
            case "note":
                guard let text = try leafText() else { return term.preserved.append(try preserve()) }
                if let value = text.dropPrefix("kogloss:variant="), let kind = VariantKind(rawValue: value), term.variantKind == nil {
                    term.variantKind = kind
                } else if text == "kogloss:caseSensitive=true" {
                    term.caseSensitive = true
                } else if text.hasPrefix("kogloss:") {
                    term.preserved.append(try preserveText(text, element: "note", reason: "is a kogloss note kogloss does not understand"))
                } else if term.usageNote == nil {
                    term.usageNote = text
                } else {
                    term.preserved.append(try preserveText(text, element: "note", reason: "is a second note on one term"))
                }
            case "descripGrp":
                let xml = try reader.readOuterXML()
                let children = try groupChildren(xml)
                let contexts = children.filter { $0.category == "context" }
                let sources = children.filter { $0.category == "source" }
                if term.context == nil, contexts.count == 1, let context = contexts[0].text,
                   children.count == contexts.count + sources.count,
                   sources.isEmpty || (sources.count == 1 && term.source == nil && sources[0].text != nil) {
                    _ = try reader.skip()
                    term.context = context
                    if let source = sources.first?.text { term.source = source }
                } else {
                    term.preserved.append(try preserve())
                }
            default:
                term.preserved.append(try preserve())
            }
        }
        try reader.forEachChild(handle)
        guard sawTerm, !term.text.isEmpty else {
            throw InputError(file: file, line: line, message: "term section without a term",
                             hint: "every termSec (tig, ntig) needs a non-empty <term>")
        }
        return term
    }
}

extension String {
    /// The rest of the string after `prefix`, or nil when it does not start with it.
    func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
