/// Writes pretty-printed JSON (two-space indent, `"key" : value`, as `JSONSerialization` prints it)
/// straight into a report buffer: a report of tens of thousands of findings is written without building
/// a dictionary per finding. Callers give keys in sorted order.
struct JSONTextWriter {
    var out: ReportBuffer
    private var depth = 0
    /// Whether the current container already has an element (a comma goes before the next).
    private var hasElement: [Bool] = []

    init(capacity: Int) { out = ReportBuffer(capacity: capacity) }

    private mutating func newline() {
        out.append(0x0A)
        out.append(repeating: 0x20, count: depth * 2)
    }

    /// Before a value in an array, or before a key in an object.
    private mutating func element() {
        guard !hasElement.isEmpty else { return }
        if hasElement[hasElement.count - 1] { out.append(0x2C) }
        hasElement[hasElement.count - 1] = true
        newline()
    }

    private mutating func begin(_ byte: UInt8) {
        out.append(byte)
        depth += 1
        hasElement.append(false)
    }

    private mutating func end(_ byte: UInt8) {
        depth -= 1
        // An empty container prints as "[\n\n]", as JSONSerialization prints it.
        if !hasElement.removeLast() { out.append(0x0A) }
        newline()
        out.append(byte)
    }

    // Containers: `beginObject()` as a value (top level or in an array), `beginObject("key")` in an object.
    mutating func beginObject() { element(); begin(0x7B) }
    mutating func beginObject(_ key: String) { self.key(key); begin(0x7B) }
    mutating func endObject() { end(0x7D) }
    mutating func beginArray() { element(); begin(0x5B) }
    mutating func beginArray(_ key: String) { self.key(key); begin(0x5B) }
    mutating func endArray() { end(0x5D) }

    private mutating func key(_ key: String) {
        element()
        writeString(key)
        out.append(0x20)
        out.append(0x3A)
        out.append(0x20)
    }

    mutating func field(_ key: String, _ value: String) { self.key(key); writeString(value) }
    mutating func field(_ key: String, _ value: Int) { self.key(key); out.append(decimal: value) }
    mutating func field(_ key: String, _ value: Bool) { self.key(key); out.append(value ? "true" : "false") }
    mutating func field(_ key: String, utf8 bytes: UnsafeBufferPointer<UInt8>) { self.key(key); writeString(bytes) }
    mutating func value(_ value: Int) { element(); out.append(decimal: value) }

    /// `{"key" : "text"}` as the value of `name`.
    mutating func textObject(_ name: String, key: String = "text", _ text: String) {
        beginObject(name)
        field(key, text)
        endObject()
    }

    private mutating func writeString(_ string: String) {
        var string = string
        string.withUTF8 { writeString($0) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string: quotes, backslashes and control characters escaped, '/' and non-ASCII as they are.
    private mutating func writeString(_ bytes: UnsafeBufferPointer<UInt8>) {
        out.append(0x22)
        var run = 0
        for i in 0..<bytes.count {
            let b = bytes[i]
            guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
            out.append(UnsafeBufferPointer(rebasing: bytes[run..<i]))
            run = i + 1
            out.append(0x5C)
            switch b {
            case 0x22, 0x5C: out.append(b)
            case 0x0A: out.append(0x6E) // n
            case 0x0D: out.append(0x72) // r
            case 0x09: out.append(0x74) // t
            case 0x08: out.append(0x62) // b
            case 0x0C: out.append(0x66) // f
            default:
                out.append("u00")
                out.append(Self.hex[Int(b >> 4)])
                out.append(Self.hex[Int(b & 0x0F)])
            }
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
        out.append(0x22)
    }
}
