/// Shapes a glossary rendering to stand in for matched text: plural kept, sentence-initial capital kept.
enum ReplacementText {
    static func adapt(_ preferred: String, plural: Bool, sentenceStart: Bool) -> String {
        var result = preferred
        if plural { result = pluralize(result) }
        if sentenceStart, let first = result.first, first.isLowercase {
            result = first.uppercased() + result.dropFirst()
        }
        return result
    }

    /// English plural of a phrase's last word (army -> armies, corps -> corps, office -> offices).
    static func pluralize(_ phrase: String) -> String {
        let lower = phrase.lowercased()
        if lower.hasSuffix("s") && !lower.hasSuffix("ss") { return phrase }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            return String(phrase.dropLast()) + "ies"
        }
        if lower.hasSuffix("ss") || lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") || lower.hasSuffix("z") {
            return phrase + "es"
        }
        return phrase + "s"
    }
}
