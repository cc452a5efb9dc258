import Foundation

/// Turns libFuzzer's raw bytes into the inputs kogloss functions take.
public enum FuzzInput {
    /// The bytes as `Data` (copied: the fuzzer's buffer is only valid during the call).
    public static func data(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Data {
        guard let bytes, size > 0 else { return Data() }
        return Data(bytes: bytes, count: size)
    }

    /// The bytes as a String, invalid UTF-8 repaired (functions taking `String` never see invalid UTF-8).
    public static func text(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : size), as: UTF8.self)
    }

    /// Two texts split at the first NUL byte (the second is empty when there is none), so seeds can be
    /// written as `english\0korean` and mutations move the boundary.
    public static func twoTexts(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> (String, String) {
        let buffer = UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : size)
        guard let cut = buffer.firstIndex(of: 0) else { return (text(bytes, size), "") }
        let first = String(decoding: UnsafeBufferPointer(rebasing: buffer[..<cut]), as: UTF8.self)
        let second = String(decoding: UnsafeBufferPointer(rebasing: buffer[(cut + 1)...]), as: UTF8.self)
        return (first, second)
    }
}
