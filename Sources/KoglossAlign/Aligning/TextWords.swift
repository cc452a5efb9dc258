import Foundation
import KoglossText

/// Finds Korean terms in text: at a word start, in South Korean spelling, followed by whatever `accepts` allows.
/// Words whose first syllable starts no term are skipped without building strings.
struct KoreanTermIndex: Sendable {
    private let terms: [Character: [(term: String, concept: Int)]]
    private let firstScalars: Set<UInt32>

    init(_ list: [(term: String, concept: Int)]) {
        var terms: [Character: [(term: String, concept: Int)]] = [:]
        var firstScalars = Set<UInt32>()
        for entry in list {
            let key = KoreanSpelling.southKoreanForm(entry.term)
            guard let first = key.first, let scalar = key.unicodeScalars.first else { continue }
            terms[first, default: []].append((key, entry.concept))
            firstScalars.insert(scalar.value)
        }
        // Longest terms first so 국가보위성 wins over 국가.
        self.terms = terms.mapValues { $0.sorted { $0.term.count > $1.term.count } }
        self.firstScalars = firstScalars
    }

    /// Concepts of the terms starting words of `text`, for which `accepts(word, term)` holds.
    func find(in text: String, accepts: (String, String) -> Bool) -> [Int] {
        var found: [Int] = []
        var current = String.UnicodeScalarView()
        var candidate = false
        func flush() {
            defer { current = String.UnicodeScalarView(); candidate = false }
            guard candidate else { return }
            var word = String(current)
            if let first = current.first, (0xAC00...0xD7A3).contains(first.value), [2, 5].contains((first.value - 0xAC00) / 588) {
                word = KoreanSpelling.southKoreanForm(word)
            }
            guard let first = word.first, let list = terms[first] else { return }
            for entry in list where word.hasPrefix(entry.term) && accepts(word, entry.term) {
                found.append(entry.concept)
                return
            }
        }
        for scalar in text.unicodeScalars {
            if KoreanTermIndex.isWordScalar(scalar) {
                if current.isEmpty {
                    let v = scalar.value
                    // Initial ㄴ/ㄹ syllables may change under the initial-sound rule: always look them up.
                    candidate = firstScalars.contains(v) || ((0xAC00...0xD7A3).contains(v) && [2, 5].contains((v - 0xAC00) / 588))
                }
                if candidate { current.append(scalar) } else { current.append(scalar) }
            } else if !current.isEmpty {
                flush()
            }
        }
        if !current.isEmpty { flush() }
        return found
    }

    /// Hangul, Latin letters and digits belong to words; everything else separates them.
    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return (0xAC00...0xD7A3).contains(v) || (0x1100...0x11FF).contains(v) || (0x3130...0x318F).contains(v)
            || (0x4E00...0x9FFF).contains(v) || (v >= 0xC0 && v <= 0x24F)
    }
}

/// Finds English phrases in text, case-insensitively with inflection and possessives folded: words are hashed
/// from the UTF-8 bytes, and only words sharing a three-letter prefix with some phrase word go through
/// `EnglishInflection.baseForm`.
struct EnglishPhraseIndex: Sendable {
    private let phrases: [UInt64: [(words: [UInt64], concept: Int)]]
    private let prefixes: Set<UInt32>

    init(_ list: [(phrase: String, concept: Int)]) {
        var phrases: [UInt64: [(words: [UInt64], concept: Int)]] = [:]
        var prefixes = Set<UInt32>()
        var seen = Set<[UInt64]>()
        for entry in list {
            let words = EnglishPhraseIndex.tokens(entry.phrase).map { EnglishInflection.baseForm($0) }.filter { !$0.isEmpty }
            guard let first = words.first else { continue }
            for word in words { prefixes.insert(EnglishPhraseIndex.prefix(Array(word.utf8))) }
            let hashes = words.map { AnchorKey.hash($0.utf8) }
            guard seen.insert(hashes + [UInt64(entry.concept)]).inserted else { continue }
            phrases[AnchorKey.hash(first.utf8), default: []].append((hashes, entry.concept))
        }
        self.phrases = phrases.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        self.prefixes = prefixes
    }

    func find(in text: String) -> [Int] {
        var hashes: [UInt64] = []
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
        func flush() {
            guard !buffer.isEmpty else { return }
            if prefixes.contains(EnglishPhraseIndex.prefix(buffer)) {
                hashes.append(BaseFormCache.shared.hash(of: buffer))
            } else {
                hashes.append(AnchorKey.hash(buffer))
            }
            buffer.removeAll(keepingCapacity: true)
        }
        EnglishPhraseIndex.scan(text) { byte in
            if let byte { buffer.append(byte) } else { flush() }
        }
        flush()
        var found: [Int] = []
        var index = 0
        while index < hashes.count {
            var advanced = false
            if let candidates = phrases[hashes[index]] {
                for candidate in candidates where index + candidate.words.count <= hashes.count {
                    if hashes[index..<(index + candidate.words.count)].elementsEqual(candidate.words) {
                        found.append(candidate.concept)
                        index += candidate.words.count
                        advanced = true
                        break
                    }
                }
            }
            if !advanced { index += 1 }
        }
        return found
    }

    /// Lower-cased word tokens of a phrase (possessive 's dropped), as strings.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var buffer: [UInt8] = []
        scan(text) { byte in
            if let byte { buffer.append(byte) } else if !buffer.isEmpty {
                tokens.append(String(decoding: buffer, as: UTF8.self))
                buffer.removeAll()
            }
        }
        if !buffer.isEmpty { tokens.append(String(decoding: buffer, as: UTF8.self)) }
        return tokens
    }

    /// Calls `emit` with each lower-cased byte of a word and `nil` at each word end. ASCII letters and digits
    /// make words; an apostrophe (' or ’) before a final `s` ends the word there (possessive), otherwise stays
    /// inside it; other non-ASCII letters are kept as they are; everything else separates words.
    static func scan(_ text: String, _ emit: (UInt8?) -> Void) {
        var utf8 = Array(text.utf8)
        utf8.append(0x20)
        var inWord = false
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                emit(b); inWord = true; i += 1
            } else if b >= 0x41 && b <= 0x5A {
                emit(b | 0x20); inWord = true; i += 1
            } else if inWord && (b == 0x27 || (b == 0xE2 && i + 2 < n && utf8[i + 1] == 0x80 && utf8[i + 2] == 0x99)) {
                let after = b == 0x27 ? i + 1 : i + 3
                let next = utf8[after]
                let isLetter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A
                if (next | 0x20) == 0x73, after + 1 < n, !((utf8[after + 1] | 0x20) >= 0x61 && (utf8[after + 1] | 0x20) <= 0x7A) {
                    emit(nil); inWord = false; i = after + 1           // possessive: drop 's
                } else if isLetter {
                    emit(0x27); i = after                            // don't
                } else {
                    emit(nil); inWord = false; i = after
                }
            } else if b >= 0xC3 && b < 0xE0 {
                // Two-byte Latin letters (é, ü): part of the word.
                emit(b); if i + 1 < n { emit(utf8[i + 1]) }; inWord = true; i += 2
            } else {
                if inWord { emit(nil); inWord = false }
                i += 1
            }
        }
    }

    @inline(__always) static func prefix(_ bytes: [UInt8]) -> UInt32 {
        var value: UInt32 = 0
        for k in 0..<min(3, bytes.count) { value = value << 8 | UInt32(bytes[k]) }
        return value | UInt32(min(3, bytes.count)) << 24
    }
}

/// Hashes of English base forms by the hash of the surface word, shared by all aligners: news text repeats
/// its words, and `EnglishInflection.baseForm` is the costly part of phrase matching. An open-addressing table
/// keyed by the surface hash itself (already uniform), under one lock: a `Dictionary` lookup hashed every
/// key again and cost more than the rest of the phrase search.
final class BaseFormCache: @unchecked Sendable {
    static let shared = BaseFormCache()
    /// 2^18 slots (literals: a computed static would cost a `swift_once` per lookup).
    private static let slotCount = 262_144
    private static let slotShift: UInt64 = 46
    /// Per slot: the surface hash (0: empty), then the base form's hash, side by side so a lookup touches one
    /// cache line.
    private let slots: UnsafeMutablePointer<UInt64>
    private var count = 0
    private let lock = NSLock()

    init() {
        slots = .allocate(capacity: 2 * BaseFormCache.slotCount)
        slots.initialize(repeating: 0, count: 2 * BaseFormCache.slotCount)
    }

    deinit {
        slots.deallocate()
    }

    func hash(of word: [UInt8]) -> UInt64 {
        word.withUnsafeBufferPointer { hash(of: $0) }
    }

    func hash(of word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        hash(of: word, key: AnchorKey.hash(word))
    }

    /// The base form's hash of `word`, whose own hash is `key`.
    func hash(of word: UnsafeBufferPointer<UInt8>, key: UInt64) -> UInt64 {
        guard key != 0 else { return BaseFormCache.baseFormHash(word) }
        let mask = BaseFormCache.slotCount - 1
        let first = Int(truncatingIfNeeded: key >> BaseFormCache.slotShift)
        lock.lock()
        var slot = first
        while true {
            let k = slots[2 * slot]
            if k == key { let value = slots[2 * slot + 1]; lock.unlock(); return value }
            if k == 0 { break }
            slot = (slot + 1) & mask
        }
        lock.unlock()
        let value = BaseFormCache.baseFormHash(word)
        lock.lock()
        // Half full: start again (news vocabulary refills it quickly).
        if count >= BaseFormCache.slotCount / 2 {
            slots.update(repeating: 0, count: 2 * BaseFormCache.slotCount)
            count = 0
        }
        slot = first
        while slots[2 * slot] != 0 && slots[2 * slot] != key { slot = (slot + 1) & mask }
        if slots[2 * slot] == 0 { count += 1 }
        slots[2 * slot] = key
        slots[2 * slot + 1] = value
        lock.unlock()
        return value
    }

    private static func baseFormHash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        AnchorKey.hash(EnglishInflection.baseForm(String(decoding: word, as: UTF8.self)).utf8)
    }
}

/// A private cache in front of `BaseFormCache.shared`, used by one thread at a time without a lock: taken from
/// `BaseFormScratchPool` for the paragraphs of one document and given back, so it stays warm from document to
/// document (256 KB: it stays in the nearer caches, where the shared table does not). Its storage is allocated on first use.
struct BaseFormScratch {
    private static let slotCount = 16_384
    private static let slotShift: UInt64 = 50
    private var slots: [UInt64] = []
    private var count = 0
    /// Off: every lookup goes to the shared cache (for one-off callers, which would not reuse the table).
    let enabled: Bool
    /// Word bytes and word hashes of `EnglishPhraseTable.find`, reused from paragraph to paragraph.
    var bytes: [UInt8] = []
    var hashes: [UInt64] = []

    init(enabled: Bool = true) {
        self.enabled = enabled
    }

    mutating func hash(of word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let key = AnchorKey.hash(word)
        guard enabled, key != 0 else { return BaseFormCache.shared.hash(of: word, key: key) }
        if slots.isEmpty { slots = [UInt64](repeating: 0, count: 2 * BaseFormScratch.slotCount) }
        let mask = BaseFormScratch.slotCount - 1
        let first = Int(truncatingIfNeeded: key >> BaseFormScratch.slotShift)
        return slots.withUnsafeMutableBufferPointer { s in
            var slot = first
            while true {
                let k = s[2 * slot]
                if k == key { return s[2 * slot + 1] }
                if k == 0 { break }
                slot = (slot + 1) & mask
            }
            let value = BaseFormCache.shared.hash(of: word, key: key)
            if count >= BaseFormScratch.slotCount / 2 {
                for k in 0..<s.count { s[k] = 0 }
                count = 0
                slot = first
            }
            s[2 * slot] = key
            s[2 * slot + 1] = value
            count += 1
            return value
        }
    }
}

/// Scratch caches between documents: taken for one document's features, given back after (one lock each way).
final class BaseFormScratchPool: @unchecked Sendable {
    static let shared = BaseFormScratchPool()
    private var idle: [BaseFormScratch] = []
    private let lock = NSLock()

    func take() -> BaseFormScratch {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast() ?? BaseFormScratch()
    }

    func giveBack(_ scratch: BaseFormScratch) {
        lock.lock()
        defer { lock.unlock() }
        // As many as threads align at once; more would only hold memory.
        if idle.count < 32 { idle.append(scratch) }
    }
}
