import KoglossText

/// Decides whether what follows a Korean term inside the same word is only particles and noun endings
/// (전략군에서는, 보위국의), so that the term matches there, and not another word (보위국장, 비전략군).
/// Particles are packed into integers (up to four syllables of 16 bits) so a check allocates nothing.
enum KoreanParticleTail {
    /// Particles and endings that may follow a noun, besides `JosaStripper.particles`.
    private static let extra: [String] = [
        "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께서", "으로", "로", "와", "과", "도", "만",
        "까지", "부터", "이나", "나", "랑", "이랑", "보다", "처럼", "에서는", "에서도", "으로는", "이라는", "이란", "라는",
        "등", "들", "께", "한테", "에게서", "에선", "엔", "으로서", "로서", "으로써", "로써", "이며", "며", "이고", "고",
        "이다", "다", "였다", "이었다", "인", "이자", "측", "내", "에도", "에는", "조차", "마저", "뿐", "이라고", "라고",
        "이었던", "였던", "이던", "던", "이라", "라", "와의", "과의", "에의", "으로의", "로의", "에서의", "까지의", "과도",
        "와도", "이지만", "지만", "이라도", "라도", "만큼", "대로", "씩", "께서는", "에게는", "이었으며", "였으며",
    ]

    /// The packed particles in an open-addressing table (0 = empty; a packed key is never 0): a lookup is
    /// a multiply and a probe or two, no hashing of a `Set`.
    private static let table: [UInt64] = {
        var keys = Set<UInt64>()
        for p in extra + JosaStripper.particles {
            let scalars = p.unicodeScalars.map(\.value)
            guard scalars.count <= 4, scalars.allSatisfy({ $0 >= 0xAC00 && $0 <= 0xD7A3 }) else { continue }
            keys.insert(pack(scalars[...]))
        }
        var size = 64
        while size < keys.count * 4 { size <<= 1 }
        var table = [UInt64](repeating: 0, count: size)
        for key in keys {
            var slot = slot(key, size - 1)
            while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = key
        }
        return table
    }()

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    @inline(__always)
    private static func contains(_ key: UInt64, _ table: UnsafeBufferPointer<UInt64>) -> Bool {
        let mask = table.count - 1
        var s = slot(key, mask)
        while true {
            let k = table[s]
            if k == key { return true }
            if k == 0 { return false }
            s = (s + 1) & mask
        }
    }

    @inline(__always)
    private static func pack<C: Collection>(_ scalars: C) -> UInt64 where C.Element == UInt32 {
        var key: UInt64 = UInt64(scalars.count)
        for s in scalars { key = key << 16 | UInt64(s - 0xAC00 + 1) }
        return key
    }

    /// True when the UTF-8 bytes (the rest of the word after a term) are up to three particles; Hangul
    /// syllables are three bytes each, so they are decoded in place without allocating.
    static func accepts(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = range.count / 3
        guard count > 0, count <= 12, range.count % 3 == 0 else { return range.isEmpty }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { scalars in
            for k in 0..<count {
                let i = range.lowerBound + 3 * k
                let s = (UInt32(bytes[i]) & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
                guard s >= 0xAC00 && s <= 0xD7A3 else { return false }
                scalars[k] = s
            }
            return table.withUnsafeBufferPointer { accepts(UnsafeBufferPointer(scalars), from: 0, depth: 0, $0) }
        }
    }

    /// Same for an array of scalars.
    static func accepts(_ tail: [UInt32]) -> Bool {
        guard !tail.isEmpty else { return true }
        guard tail.count <= 12, tail.allSatisfy({ $0 >= 0xAC00 && $0 <= 0xD7A3 }) else { return false }
        return tail.withUnsafeBufferPointer { tail in table.withUnsafeBufferPointer { accepts(tail, from: 0, depth: 0, $0) } }
    }

    private static func accepts(_ scalars: UnsafeBufferPointer<UInt32>, from: Int, depth: Int, _ table: UnsafeBufferPointer<UInt64>) -> Bool {
        if from == scalars.count { return true }
        if depth == 3 { return false }
        var length = min(4, scalars.count - from)
        while length > 0 {
            if contains(pack(scalars[from..<from + length]), table), accepts(scalars, from: from + length, depth: depth + 1, table) { return true }
            length -= 1
        }
        return false
    }
}
