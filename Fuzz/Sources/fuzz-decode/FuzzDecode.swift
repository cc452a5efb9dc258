import Foundation
import FuzzSupport
import KoglossText

/// TextFileDecoder (every text file kogloss reads goes through it), then the text helpers on its output.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = try? TextFileDecoder.decode(FuzzInput.data(data, size), file: "fuzz.txt") else { return 0 }
    let index = LineIndex(text)
    let count = text.utf8.count
    for offset in [0, count / 2, count] {
        let location = index.location(ofUTF8Offset: offset)
        precondition(location.line >= 1 && location.column >= 1, "LineIndex returned \(location)")
        _ = index.lineText(location.line)
    }
    _ = TextNormalizer.foldForMatching(text)
    _ = NumberAnchorExtractor.englishAnchors(in: text)
    _ = NumberAnchorExtractor.koreanAnchors(in: text)
    return 0
}

FuzzDriver.run(fuzz)
