import Foundation
import FuzzSupport
import KoglossAlign
import KoglossText

/// The HTML article extractor on arbitrary bytes: an Article or an InputError; every paragraph's range
/// must lie inside the decoded page source, in document order.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    do {
        let article = try ArticleReader.read(html: FuzzInput.data(data, size), baseURL: URL(string: "https://www.dailynk.com/english/x/"),
                                             file: "fuzz.html")
        FuzzChecks.paragraphs(article, sharedLines: true)
    } catch is InputError {
    } catch {
        fatalError("ArticleReader.read(html:) threw something other than InputError: \(error)")
    }
    return 0
}

FuzzDriver.run(fuzz)
