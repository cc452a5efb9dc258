/// `kogloss align --format tsv`: one row per bead (indices, confidence, kinds, Korean text, English text);
/// tabs and line breaks inside text become spaces.
public enum AlignmentTSV {
    public static func render(korean: Article, english: Article, alignment: Alignment) -> String {
        var out = "ko\ten\tconfidence\tkind\tko_text\ten_text\n"
        for bead in alignment.beads {
            let kind = (bead.ko.first.map { korean.paragraphs[$0].kind } ?? bead.en.first.map { english.paragraphs[$0].kind })?.rawValue ?? ""
            let ko = bead.ko.map { clean(korean.paragraphs[$0].text) }.joined(separator: " ")
            let en = bead.en.map { clean(english.paragraphs[$0].text) }.joined(separator: " ")
            out += "\(indices(bead.ko))\t\(indices(bead.en))\t\(format(bead.confidence))\t\(kind)\t\(ko)\t\(en)\n"
        }
        return out
    }

    static func indices(_ list: [Int]) -> String { list.map(String.init).joined(separator: ",") }

    static func format(_ x: Double) -> String {
        let rounded = (x * 1000).rounded() / 1000
        return String(rounded)
    }

    static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
