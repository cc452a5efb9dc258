/// Checks `xml:lang` values: BCP 47 syntax with a known ISO 639-1 primary subtag (or any three-letter one).
enum LanguageTagCheck {
    /// ISO 639-1 two-letter codes.
    static let iso639_1: Set<String> = Set("""
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz \
    ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik \
    in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg \
    mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro \
    ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty \
    ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// nil when acceptable, else why not.
    static func problem(with tag: String) -> String? {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first?.lowercased(), !primary.isEmpty else { return "empty language code" }
        guard primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return "'\(tag)' is not a BCP 47 language tag" }
        switch primary.count {
        case 2 where iso639_1.contains(primary), 3:
            break
        case 2:
            return "unknown language code '\(tag)' (not an ISO 639-1 code)"
        default:
            if primary != "x" && primary != "i" { return "'\(tag)' is not a BCP 47 language tag" }
        }
        for part in parts.dropFirst() {
            guard (1...8).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                return "'\(tag)' is not a BCP 47 language tag"
            }
        }
        return nil
    }
}
