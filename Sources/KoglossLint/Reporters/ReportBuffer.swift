import KoglossText

/// The bytes of a report, built in one growing buffer (no `String` per piece) and turned into a
/// `String` once at the end.
struct ReportBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    @inline(__always)
    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ array: [UInt8]) { bytes.append(contentsOf: array) }

    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }

    mutating func append(_ slice: Slice<UnsafeBufferPointer<UInt8>>) { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: slice)) }

    /// `count` copies of one byte (spaces before a caret, the tildes under a span).
    mutating func append(repeating byte: UInt8, count: Int) {
        guard count > 0 else { return }
        // A run of spaces or tildes copied from a ready buffer (appending a `repeatElement` collection goes
        // through `replaceSubrange`).
        let run = byte == 0x20 ? Self.spaces : byte == 0x7E ? Self.tildes : []
        guard !run.isEmpty else {
            for _ in 0..<count { bytes.append(byte) }
            return
        }
        var left = count
        run.withUnsafeBufferPointer { run in
            while left > 0 {
                let n = Swift.min(left, run.count)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[0..<n]))
                left -= n
            }
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 128)
    private static let tildes = [UInt8](repeating: 0x7E, count: 128)

    /// A non-negative decimal number.
    mutating func append(decimal value: Int) {
        if value < 0 { bytes.append(0x2D); append(decimal: -value); return }
        if value < 10 { bytes.append(0x30 + UInt8(value)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value, count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while n > 0 { buffer[count] = 0x30 + UInt8(n % 10); n /= 10; count += 1 }
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
    }

    /// The report as a string. Its pieces are strings and whole scalars of the text, so the bytes are valid
    /// UTF-8: one quick check (eight ASCII bytes a step) proves it, and the string is then built without the
    /// standard library's byte-by-byte validation; invalid bytes (never expected) are still repaired as before.
    var string: String {
        bytes.withUnsafeBufferPointer { buffer in
            let check = UTF8Validator.check(buffer)
            guard check.firstInvalidByte == nil else { return String(decoding: buffer, as: UTF8.self) }
            return TextFileDecoder.validString(buffer, isASCII: check.isASCII)
        }
    }
}
