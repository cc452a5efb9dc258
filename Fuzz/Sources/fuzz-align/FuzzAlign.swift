import Foundation
import FuzzSupport
import KoglossAlign
import KoglossText

private let aligner = ParagraphAligner(glossary: FuzzGlossary.termbase)

/// The aligner on two random texts (English, NUL, Korean): every paragraph of each side must be in exactly
/// one bead, in document order, and each confidence in 0...1.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (englishText, koreanText) = FuzzInput.twoTexts(data, size)
    guard let english = try? ArticleReader.read(text: englishText, format: .text, file: "fuzz.txt"),
          let korean = try? ArticleReader.read(text: koreanText, format: .text, file: "fuzz.ko.txt") else { return 0 }
    let alignment = aligner.align(korean: korean, english: english)
    FuzzChecks.beads(alignment, korean: korean.paragraphs.count, english: english.paragraphs.count)
    return 0
}

FuzzDriver.run(fuzz)
