/// English inflection tolerance for terminology matching: plural and possessive forms reduce to one
/// lower-cased base form ("Lance Corporals" and "lance corporal's" both give "lance corporal").
/// Only nouns are handled; verbs (-ed, -ing) are left alone on purpose.
public enum EnglishInflection {
    /// Lower-cased base form of one word: corporals -> corporal, armies -> army, Kim’s -> kim, forces -> force, academies -> academy.
    public static func baseForm(_ word: String) -> String {
        var w = lowercasedASCIIWord(word)
        // Possessive: 's (any apostrophe), or a bare trailing apostrophe after s (soldiers').
        if w.hasSuffix("'s") { w.removeLast(2) }
        else if w.hasSuffix("'") { w.removeLast() }
        return singular(w)
    }

    /// Key of a phrase: fold (TextNormalizer), hyphens as spaces, possessives stripped, each word baseForm, single spaces.
    /// "Lance Corporals" -> "lance corporal"; "Kim Jong-un’s" -> "kim jong un".
    public static func matchingKey(_ phrase: String) -> String {
        let folded = TextNormalizer.foldForMatching(phrase)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.isEmpty { return }
            var word = String(current)
            current = String.UnicodeScalarView()
            // Trim punctuation around the word but keep inner dots (U.S.) and apostrophes (Kim's).
            while let first = word.unicodeScalars.first, !isWordScalar(first) { word.unicodeScalars.removeFirst() }
            while let last = word.unicodeScalars.last, !isWordScalar(last), last != "'" { word.unicodeScalars.removeLast() }
            if word.isEmpty { return }
            let base = baseForm(word)
            if !base.isEmpty { words.append(base) }
        }
        for scalar in folded.unicodeScalars {
            if scalar == " " || scalar == "-" || scalar == "\t" || scalar == "\n" || scalar == "/" || scalar.properties.isWhitespace {
                flush()
            } else {
                current.append(scalar)
            }
        }
        flush()
        return words.joined(separator: " ")
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Lower-cases and folds apostrophes (’ ‘ ʼ -> ').
    static func lowercasedASCIIWord(_ word: String) -> String {
        var ascii = true
        for byte in word.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) { ascii = false; break }
        if ascii { return word }
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

    /// The singular of a lower-cased word (unchanged when it does not look like a regular plural).
    static func singular(_ w: String) -> String {
        if let irregular = irregular[w] { return irregular }
        if invariant.contains(w) { return w }
        let bytes = Array(w.utf8)
        let n = bytes.count
        // Compounds in -men: servicemen -> serviceman, chairmen -> chairman.
        if n > 4 && w.hasSuffix("men") && !w.hasSuffix("omen") && !notMenPlurals.contains(w) { return String(w.dropLast(3)) + "man" }
        if n > 5 && w.hasSuffix("women") { return String(w.dropLast(5)) + "woman" }
        guard n > 3, bytes[n - 1] == UInt8(ascii: "s") else { return w }
        let before = bytes[n - 2]
        if before == UInt8(ascii: "s") || before == UInt8(ascii: "'") { return w }                 // class, Kim's handled earlier
        if w.hasSuffix("us") || w.hasSuffix("is") { return w }                                      // status, crisis
        if let ves = vesPlurals[w] { return ves }
        if w.hasSuffix("ies") {
            return n > 4 ? String(w.dropLast(3)) + "y" : String(w.dropLast(1))                      // armies -> army, ties -> tie
        }
        if w.hasSuffix("sses") || w.hasSuffix("xes") || w.hasSuffix("zzes") || w.hasSuffix("ches") || w.hasSuffix("shes") {
            return String(w.dropLast(2))                                                            // classes, boxes, churches
        }
        if oesPlurals.contains(w) { return String(w.dropLast(2)) }
        if w == "buses" || w == "gases" { return String(w.dropLast(2)) }
        return String(w.dropLast())
    }
}
