import Foundation
import KoglossAlign
import KoglossText

/// The tokens indexed for Korean search. Each word contributes (1) itself if 1-2 characters long and its
/// josa-stripped stems of 1-2 characters (북한의 -> 북한), matched exactly by short queries; (2) the
/// 3-character sequences inside it (최고사령관 -> 최고사 고사령 사령관), so a 3+ character query is the AND of
/// its own 3-character sequences, confirmed by a substring check. That is trigram search within words,
/// tokenised once per distinct word (cached) instead of by SQLite's trigram tokenizer over every
/// character: half the import time, and exact-token lookups instead of prefix scans at query time.
enum KoreanSearchKey {
    /// Space-separated short words and stems of `text`; `cache` memoises per-word work across calls.
    static func key(for text: String, stems cache: StemCache? = nil) -> String {
        let cache = cache ?? StemCache()
        var out: [UInt8] = []
        var text = text
        text.withUTF8 { bytes in
            out.reserveCapacity(bytes.count / 2)
            forEachWord(in: bytes) { word in
                let tokens = cache.tokens(of: word)
                if tokens.isEmpty { return }
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: tokens)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// At most this many 3-character sequences per word: Korean words are short; longer runs are codes or URLs.
    static let maximumTrigramsPerWord = 32

    /// The tokens one word contributes (see the type), space-separated.
    static func tokens(ofWord word: String) -> [UInt8] {
        var tokens: [String] = []
        let length = word.unicodeScalars.count
        if length < 3 { tokens.append(word) }
        for trigram in trigrams(of: word).prefix(maximumTrigramsPerWord) where !tokens.contains(trigram) { tokens.append(trigram) }
        if length >= 2, word.unicodeScalars.contains(where: HangulScript.isHangul) {
            for stem in JosaStripper.stems(word).dropFirst() where !stem.isEmpty && stem.unicodeScalars.count < 3 && !tokens.contains(stem) {
                tokens.append(stem)
            }
        }
        return Array(tokens.joined(separator: " ").utf8)
    }

    /// The 3-character sequences of `word`, in order (none for shorter words).
    static func trigrams(of word: String) -> [String] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3 else { return [] }
        return (0...(scalars.count - 3)).map { start in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<(start + 3)])
            return String(view)
        }
    }

    /// Runs of letters and digits (Hangul included); punctuation and spaces separate words.
    static func words(in text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            if isWordScalar(scalars[index]) {
                if start == nil { start = index }
            } else if let s = start {
                result.append(text[s..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let s = start { result.append(text[s..<text.endIndex]) }
        return result
    }

    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
        if (0xAC00...0xD7A3).contains(v) { return true }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Calls `body` with the UTF-8 bytes of each word (see `words(in:)`).
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var i = 0, start = -1
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            var length = 1
            var value = UInt32(b0)
            if b0 >= 0xF0, i + 3 < n {
                length = 4
                value = (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12) | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
            } else if b0 >= 0xE0, i + 2 < n {
                length = 3
                value = (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
            } else if b0 >= 0xC0, i + 1 < n {
                length = 2
                value = (UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
            }
            let isWord = Unicode.Scalar(value).map(isWordScalar) ?? false
            if isWord {
                if start < 0 { start = i }
            } else if start >= 0 {
                body(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                start = -1
            }
            i += length
        }
        if start >= 0 { body(UnsafeBufferPointer(rebasing: bytes[start..<n])) }
    }
}

/// Memoised `KoreanSearchKey.tokens(ofWord:)` keyed by UTF-8 bytes: news vocabulary repeats, so most
/// words are stripped once per import.
final class StemCache: @unchecked Sendable {
    private var table: [[UInt8]: [UInt8]] = [:]
    private let lock = NSLock()

    func tokens(of word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let key = Array(word)
        lock.lock()
        defer { lock.unlock() }
        if let cached = table[key] { return cached }
        if table.count > 500_000 { table.removeAll(keepingCapacity: true) }
        let computed = KoreanSearchKey.tokens(ofWord: String(decoding: word, as: UTF8.self))
        table[key] = computed
        return computed
    }
}
