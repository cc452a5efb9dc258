#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where each line of a text starts (UTF-8 offsets), found with `memchr` (a news text has a line break
/// every few hundred bytes): what the reporters need of `LineIndex`, without its byte-by-byte pass over
/// the string. Lines and columns are counted exactly as `LineIndex` counts them.
struct LineStarts: Sendable {
    /// UTF-8 offset of the first byte of each line; `offsets[0] == 0`.
    let offsets: [Int]
    /// Length of the text in bytes.
    let byteCount: Int

    init(_ text: String) {
        var text = text
        var starts = [0]
        byteCount = text.withUTF8 { bytes -> Int in
            guard let base = bytes.baseAddress else { return 0 }
            var i = 0
            while i < bytes.count, let hit = memchr(base + i, 0x0A, bytes.count - i) {
                i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) + 1
                starts.append(i)
            }
            return bytes.count
        }
        offsets = starts
    }

    /// 1-based line of a UTF-8 offset (clamped to the text).
    func line(ofUTF8Offset offset: Int) -> Int {
        let target = max(0, min(offset, byteCount))
        // Last line start <= target.
        var low = 0, high = offsets.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if offsets[mid] <= target { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// 1-based line and column (Unicode scalars) of a UTF-8 offset in `bytes`, the text's bytes.
    func location(ofUTF8Offset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let target = max(0, min(offset, byteCount))
        let line = line(ofUTF8Offset: target)
        var column = 1
        for i in offsets[line - 1]..<target where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }
}
