/// English inflection tolerance for terminology matching: plural and possessive forms reduce to one
/// lower-cased base form ("Lance Corporals" and "lance corporal's" both give "lance corporal").
/// Only nouns are handled; verbs (-ed, -ing) are left alone on purpose.
public enum EnglishInflection {
    /// Lower-cased base form of one word: corporals -> corporal, armies -> army, Kim’s -> kim, forces -> force, academies -> academy.
    public static func baseForm(_ word: String) -> String {
        let w = lowercasedASCIIWord(word)
        var copy = w
        return copy.withUTF8 { bytes in
            // Possessive: 's (any apostrophe, folded to ') or a bare trailing apostrophe after s (soldiers').
            var n = bytes.count
            if n >= 2 && bytes[n - 2] == 0x27 && bytes[n - 1] == UInt8(ascii: "s") { n -= 2 }
            else if n >= 1 && bytes[n - 1] == 0x27 { n -= 1 }
            let body = UnsafeBufferPointer(rebasing: bytes[0..<n])
            switch singularEnding(body) {
            case .unchanged:
                return n == bytes.count ? w : String(decoding: body, as: UTF8.self)
            case .replace(let drop, let add):
                return String(decoding: body[0..<(n - drop)], as: UTF8.self) + add
            case .word(let word):
                return word
            }
        }
    }

    /// Key of a phrase: fold (TextNormalizer), hyphens as spaces, possessives stripped, each word baseForm, single spaces.
    /// "Lance Corporals" -> "lance corporal"; "Kim Jong-un’s" -> "kim jong un".
    public static func matchingKey(_ phrase: String) -> String {
        var composed = TextNormalizer.nfc(phrase)
        let folded = composed.withUTF8 { MatchFolding.fold($0, lowercase: true, wantMap: false).bytes }
        var key = [UInt8]()
        key.reserveCapacity(folded.count)
        folded.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            while i < n {
                // Words are separated by ASCII whitespace, hyphens and slashes (exotic spaces are already " ").
                while i < n && isSeparator(p[i]) { i += 1 }
                var end = i
                while end < n && !isSeparator(p[end]) { end += 1 }
                // Trim punctuation around the word but keep inner dots (U.S.) and apostrophes (Kim's).
                var start = i
                var stop = end
                while start < stop, let width = punctuationWidth(p, start) { start += width }
                while start < stop, let width = punctuationWidthBefore(p, stop, start), p[stop - 1] != 0x27 || width != 1 { stop -= width }
                if start < stop {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: p[start..<stop]), as: UTF8.self)
                    let base = baseForm(word)
                    if !base.isEmpty {
                        if !key.isEmpty { key.append(0x20) }
                        key.append(contentsOf: base.utf8)
                    }
                }
                i = end
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    @inline(__always)
    static func isSeparator(_ b: UInt8) -> Bool {
        b == 0x20 || b == UInt8(ascii: "-") || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: "/")
    }

    /// Width of the punctuation scalar starting at `i`, or nil when it is a letter or digit.
    static func punctuationWidth(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let b = p[i]
        if b < 0x80 { return isASCIIAlphanumeric(b) ? nil : 1 }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: p[i..<min(i + width, p.count)]), as: UTF8.self).unicodeScalars.first!
        return isWordScalar(scalar) ? nil : width
    }

    /// Width of the punctuation scalar ending just before `end` (not before `floor`), or nil for a letter or digit.
    static func punctuationWidthBefore(_ p: UnsafeBufferPointer<UInt8>, _ end: Int, _ floor: Int) -> Int? {
        var start = end - 1
        while start > floor && p[start] & 0xC0 == 0x80 { start -= 1 }
        return punctuationWidth(p, start).map { _ in end - start }
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Lower-cases and folds apostrophes (’ ‘ ʼ -> ').
    static func lowercasedASCIIWord(_ word: String) -> String {
        var ascii = true
        var upper = false
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte >= 0x41 && byte <= 0x5A { upper = true }
        }
        if ascii {
            if !upper { return word }
            return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if let folded = TextNormalizer.folded(scalar) { out.append(folded); continue }
            let v = scalar.value
            if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 0x20)!) }
            else if v < 0x80 { out.append(scalar) }
            else { out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars) }
        }
        return String(out)
    }

    /// Words whose plural is irregular, keyed by the plural.
    static let irregular: [String: String] = [
        "men": "man", "women": "woman", "people": "person", "children": "child", "feet": "foot", "teeth": "tooth",
        "mice": "mouse", "geese": "goose", "oxen": "ox", "criteria": "criterion", "phenomena": "phenomenon",
        "personnel": "personnel", "data": "data", "media": "media",
        "crises": "crisis", "analyses": "analysis", "theses": "thesis", "diagnoses": "diagnosis", "hypotheses": "hypothesis",
        "movies": "movie", "cookies": "cookie", "calories": "calorie", "rookies": "rookie", "zombies": "zombie",
        "prairies": "prairie", "selfies": "selfie", "hoodies": "hoodie", "goalies": "goalie", "brownies": "brownie",
    ]

    /// Words that end in s but are not plurals (or have no distinct singular).
    static let invariant: Set<String> = [
        "corps", "news", "series", "species", "means", "headquarters", "politics", "economics", "physics",
        "mathematics", "logistics", "ethics", "tactics", "statistics", "arms", "has", "was", "gas", "bias", "alias",
        "atlas", "canvas", "whereas", "texas", "christmas", "hamas", "always", "perhaps", "its", "his", "hers",
        "ours", "yours", "theirs", "this", "thus", "yes", "plus", "lens", "chaos", "overseas", "whereabouts",
        "barracks", "aircraft", "sheep", "fish", "deer", "police", "militia",
    ]

    /// Singular words that end in -men.
    static let notMenPlurals: Set<String> = ["specimen", "regimen", "acumen", "stamen", "semen", "hymen"]

    /// Plurals in -ves whose singular ends in -f or -fe.
    static let vesPlurals: [String: String] = [
        "wolves": "wolf", "lives": "life", "wives": "wife", "knives": "knife", "halves": "half", "selves": "self",
        "thieves": "thief", "leaves": "leaf", "shelves": "shelf", "loaves": "loaf", "calves": "calf", "elves": "elf",
    ]

    /// Plurals in -oes whose singular ends in -o.
    static let oesPlurals: Set<String> = [
        "heroes", "echoes", "vetoes", "torpedoes", "tomatoes", "potatoes", "embargoes", "cargoes", "volcanoes", "mosquitoes",
    ]

    enum Ending { case unchanged, replace(drop: Int, add: String), word(String) }

    @inline(__always)
    static func hasSuffix(_ w: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard w.count >= count else { return false }
        let start = w.count - count
        let pointer = suffix.utf8Start
        for k in 0..<count where w[start + k] != pointer[k] { return false }
        return true
    }

    /// How to turn a lower-cased word into its singular, without building strings for regular words.
    static func singularEnding(_ w: UnsafeBufferPointer<UInt8>) -> Ending {
        let n = w.count
        guard n >= 3 else { return .unchanged }
        let last = w[n - 1]
        if last != UInt8(ascii: "s") {
            // Only -men/-women compounds and a few irregular plurals change.
            if last == UInt8(ascii: "n") || last == UInt8(ascii: "e") || last == UInt8(ascii: "t") || last == UInt8(ascii: "a") {
                let word = String(decoding: w, as: UTF8.self)
                if let irregular = irregular[word] { return .word(irregular) }
                if hasSuffix(w, "women") { return .replace(drop: 5, add: "woman") }
                if n > 4 && hasSuffix(w, "men") && !hasSuffix(w, "omen") && !notMenPlurals.contains(word) {
                    return .replace(drop: 3, add: "man")
                }
            }
            return .unchanged
        }
        guard n > 3 else { return .unchanged }
        let before = w[n - 2]
        if before == UInt8(ascii: "s") || before == 0x27 || before == UInt8(ascii: "i") {
            return .unchanged                                                   // class, crisis
        }
        if before == UInt8(ascii: "u") && !hasSuffix(w, "eaus") { return .unchanged }   // status, but bureaus
        let word = String(decoding: w, as: UTF8.self)
        if invariant.contains(word) { return .unchanged }
        if let irregular = irregular[word] { return .word(irregular) }
        if before == UInt8(ascii: "e") {
            if let ves = vesPlurals[word] { return .word(ves) }
            if hasSuffix(w, "ies") { return n > 4 ? .replace(drop: 3, add: "y") : .replace(drop: 1, add: "") }   // armies, ties
            if hasSuffix(w, "sses") || hasSuffix(w, "xes") || hasSuffix(w, "zzes") || hasSuffix(w, "ches") || hasSuffix(w, "shes") {
                return .replace(drop: 2, add: "")                                  // classes, boxes, churches
            }
            if oesPlurals.contains(word) || word == "buses" || word == "gases" { return .replace(drop: 2, add: "") }
        }
        return .replace(drop: 1, add: "")
    }

    /// The singular of a lower-cased word (unchanged when it does not look like a regular plural).
    static func singular(_ w: String) -> String {
        var copy = w
        return copy.withUTF8 { bytes in
            switch singularEnding(bytes) {
            case .unchanged: return w
            case .replace(let drop, let add): return String(decoding: bytes[0..<(bytes.count - drop)], as: UTF8.self) + add
            case .word(let word): return word
            }
        }
    }
}
