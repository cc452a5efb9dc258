import Foundation
import FuzzSupport
import KoglossGlossary
import KoglossText

/// CSV/TSV glossary import (`GlossaryCSV.read`, tab-separated when the first line has a tab): it must return
/// concepts or throw InputError, and the concepts must write back to TBX and read again with the same ids.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.data(data, size)
    let firstLine = bytes.prefix { $0 != 0x0A }
    let separator: Character = firstLine.contains(0x09) ? "\t" : ","
    let concepts: [Concept]
    do {
        concepts = try GlossaryCSV.read(bytes, separator: separator, file: "fuzz.csv", takenIDs: ["taken"])
    } catch is InputError {
        return 0
    } catch {
        fatalError("GlossaryCSV.read threw something other than InputError: \(error)")
    }
    let ids = concepts.map(\.id)
    precondition(Set(ids).count == ids.count, "duplicate concept ids from CSV: \(ids)")
    precondition(!ids.contains("taken"), "a taken id was reused")
    let termbase = Termbase(concepts: concepts)
    // Bug 2 (docs/hardening.md): TBXReader refuses a file whose terms are all in one language. TermbaseStore now
    // reads every file back before writing and refuses such a change, but TBXWriter alone still writes it: skip.
    let languages = Set(concepts.flatMap { $0.terms.map(\.language) })
    if !concepts.isEmpty && languages.count < 2 { return 0 }
    // Bug 3: characters outside XML's Char production (C0 controls, U+FFFE, U+FFFF) cannot be written as XML;
    // TermbaseStore's read-back check refuses such a change, the writer alone does not: skip those here.
    let xmlIllegal = { (s: Unicode.Scalar) in
        (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || s.value == 0xFFFE || s.value == 0xFFFF
    }
    let texts = concepts.flatMap { [$0.definition ?? ""] + $0.notes + $0.sources + $0.terms.map(\.text) }
    if texts.contains(where: { $0.unicodeScalars.contains(where: xmlIllegal) }) { return 0 }
    // Same bug: a whitespace-only term (a quoted cell holding a line break) is read back as an empty term.
    if concepts.contains(where: { $0.terms.contains { $0.text.allSatisfy(\.isWhitespace) } }) { return 0 }
    do {
        let reread = try TBXReader.read(data: TBXWriter.write(termbase), file: "written.tbx")
        precondition(reread.termbase.concepts.map(\.id) == ids, "concept ids changed through TBX")
    } catch {
        fatalError("TBX written from imported CSV does not read back: \(error)")
    }
    for layout in [GlossaryCSV.Layout.term, .concept] {
        _ = GlossaryCSV.write(termbase, layout: layout, separator: separator)
    }
    return 0
}

FuzzDriver.run(fuzz)
