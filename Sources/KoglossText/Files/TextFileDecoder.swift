import Foundation

/// Turns the bytes of a user's text file into the NFC, LF-only string every layer works on, or explains
/// precisely why it cannot: the exact byte offset (and line:column) of invalid UTF-8 or of a NUL byte.
public enum TextFileDecoder {
    /// UTF-8 (BOM stripped), CRLF/CR -> LF, NFC. Throws InputError with the byte offset of invalid UTF-8, and
    /// an error for binary data (NUL bytes). `file` is used in the error.
    public static func decode(_ data: Data, file: String?) throws -> String {
        try data.withUnsafeBytes { raw -> String in
            try decode(bytes: UnsafeBufferPointer(start: raw.bindMemory(to: UInt8.self).baseAddress, count: raw.count), file: file)
        }
    }

    /// Reads and decodes a file; errors name the path, and a missing or unreadable file is an InputError too.
    /// `displayPath` (e.g. the path as the user typed it) is used in errors instead of the absolute path.
    public static func read(_ url: URL, displayPath: String? = nil) throws -> String {
        let path = url.path
        do {
            return try readFile(path)
        } catch let error as InputError {
            guard let displayPath else { throw error }
            throw error.inFile(displayPath)
        }
    }

    static func readFile(_ path: String) throws -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw openError(errno, path: path) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(file: path, message: "is a folder, not a text file", hint: "give the path of a file")
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(info.st_size > 0 ? Int(info.st_size) : 65536)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(file: path, message: "cannot read: \(String(cString: strerror(errno)))", hint: "check the file")
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return try bytes.withUnsafeBufferPointer { try decode(bytes: $0, file: path) }
    }

    static func openError(_ code: Int32, path: String) -> InputError {
        switch code {
        case ENOENT: return InputError(file: path, message: "no such file", hint: "check the path")
        case EACCES, EPERM: return InputError(file: path, message: "permission denied", hint: "check the file's permissions")
        default: return InputError(file: path, message: "cannot open: \(String(cString: strerror(code)))", hint: "check the path")
        }
    }

    /// `decode(_:file:)`, and the letters of the decoded text (`HangulLetterCount.add`) counted in the
    /// validation pass; nil letters when that count cannot stand for the text's (normalisation changes it,
    /// or jamo leave `hasAlphabetic` open): then count them on the text.
    public static func decodeCountingLetters(_ data: Data, file: String?) throws -> (text: String, letters: HangulLetterCount?) {
        try data.withUnsafeBytes { raw in
            try decode(bytes: UnsafeBufferPointer(start: raw.bindMemory(to: UInt8.self).baseAddress, count: raw.count), file: file, countingLetters: true)
        }
    }

    /// Decodes validated bytes. Offsets in errors count from the first byte of the file (BOM included).
    public static func decode(bytes: UnsafeBufferPointer<UInt8>, file: String?) throws -> String {
        try decode(bytes: bytes, file: file, countingLetters: false).text
    }

    static func decode(bytes: UnsafeBufferPointer<UInt8>, file: String?, countingLetters: Bool) throws -> (text: String, letters: HangulLetterCount?) {
        var start = 0
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            throw InputError(file: file, byteOffset: 0, message: "the file is UTF-16, not UTF-8", hint: "save it as UTF-8")
        }
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        let body = UnsafeBufferPointer(rebasing: bytes[start...])

        if let nul = firstNUL(body) {
            var error = locate(in: bytes, offset: start + nul, file: file)
            error.message = "binary data (NUL byte) at byte \(start + nul)"
            error.hint = "give a UTF-8 text file"
            throw error
        }
        // One pass of our validator (validity, NFC quick check, ASCII), then a plain copy: the standard library
        // does not validate the bytes again (`UTF8Span(unchecked:)`), and normalisation runs only when a scalar
        // outside the NFC-stable ranges appears.
        let hasCR = body.baseAddress.map { memchr($0, 0x0D, body.count) != nil } ?? false
        let (validation, letters) = countingLetters ? UTF8Validator.checkCountingLetters(body) : (UTF8Validator.check(body), nil)
        if let bad = validation.firstInvalidByte {
            let offset = start + bad
            var error = locate(in: bytes, offset: offset, file: file)
            error.message = String(format: "invalid UTF-8 byte 0x%02X at byte %d", bytes[offset], offset)
            error.hint = looksLikeCP949(bytes, from: offset)
                ? "the file looks like EUC-KR/CP949; convert it with `iconv -f CP949 -t UTF-8`"
                : "save the file as UTF-8"
            throw error
        }
        let text: String
        if hasCR {
            // CR and CRLF turned into LF: dropping or replacing an ASCII byte keeps the UTF-8 valid.
            let lf = [UInt8](unsafeUninitializedCapacity: body.count) { out, written in
                written = 0
                var index = 0
                while index < body.count {
                    let byte = body[index]
                    if byte == 0x0D {
                        out[written] = 0x0A
                        if index + 1 < body.count && body[index + 1] == 0x0A { index += 1 }
                    } else {
                        out[written] = byte
                    }
                    written += 1
                    index += 1
                }
            }
            text = lf.withUnsafeBufferPointer { validString($0, isASCII: validation.isASCII) }
        } else {
            text = validString(body, isASCII: validation.isASCII)
        }
        // CR to LF changes no letter; normalising may (decomposed jamo become syllables).
        if validation.isKnownNFC { return (text, letters) }
        return (text.precomposedStringWithCanonicalMapping, nil)
    }

    /// A string copied from bytes that `UTF8Validator` found valid, without validating them again.
    /// The bytes must be valid UTF-8 (a slice of a `String` at scalar boundaries is): nothing checks them.
    public static func validString(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
    }

    /// `validString` for bytes not known to be ASCII: an eight-byte test tells, so the string carries the
    /// ASCII flag the standard library's own copy would give it (and its fast paths for ASCII text).
    public static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        validString(bytes, isASCII: isASCII(bytes))
    }

    /// Whether every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var i = 0
        // Stops at the first word with a high bit: a Korean paragraph is told by its first bytes.
        while i + 8 <= count {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < count { if base[i] >= 0x80 { return false }; i += 1 }
        return true
    }

    /// Whether the bytes from `offset` read as Korean legacy double-byte text (EUC-KR or its superset CP949):
    /// mostly pairs of a lead byte 0x81-0xFE and a trail byte 0x41-0xFE, with nothing else above 0x7F.
    static func looksLikeCP949(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Bool {
        var i = offset
        var pairs = 0
        let end = min(bytes.count, offset + 4096)
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard b >= 0x81 && b <= 0xFE, i + 1 < bytes.count, bytes[i + 1] >= 0x41 && bytes[i + 1] <= 0xFE else { return false }
            pairs += 1
            i += 2
        }
        return pairs > 0
    }

    static func firstNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, bytes.count > 0,
              let hit = memchr(base, 0, bytes.count) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// An InputError at `offset` with its line and column (scalars counted over the valid prefix).
    static func locate(in bytes: UnsafeBufferPointer<UInt8>, offset: Int, file: String?) -> InputError {
        var line = 1
        var column = 1
        var index = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A { line += 1; column = 1 }
            else if byte == 0x0D {
                if !(index + 1 < offset && bytes[index + 1] == 0x0A) { line += 1; column = 1 }
            } else if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return InputError(file: file, line: line, column: column, byteOffset: offset, message: "")
    }
}
