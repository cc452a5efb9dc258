import Foundation
import FuzzSupport
import KoglossAlign
import KoglossText

/// The paragraph splitter and classifier (plain text and Markdown) on arbitrary text: an Article or an
/// InputError, with paragraph ranges inside the text, in order and not overlapping.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    for format in [ArticleFormat.text, .markdown] {
        do {
            FuzzChecks.paragraphs(try ArticleReader.read(text: text, format: format, file: "fuzz.txt"))
        } catch is InputError {
        } catch {
            fatalError("ArticleReader.read(text:) threw something other than InputError: \(error)")
        }
    }
    return 0
}

FuzzDriver.run(fuzz)
