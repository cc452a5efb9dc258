import Foundation
import KoglossText

/// A hand-made reference alignment (`BASE.gold.json`: `{"beads": [{"ko": [0], "en": [0]}, ...]}`).
public enum GoldAlignment {
    private struct File: Decodable {
        struct GoldBead: Decodable { var ko: [Int]; var en: [Int] }
        var beads: [GoldBead]
    }

    /// The gold beads of a JSON file (confidence 1).
    public static func read(_ url: URL) throws -> Alignment {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw InputError(file: url.path, message: "cannot read the gold file", hint: "check the path")
        }
        return try decode(data, file: url.path)
    }

    public static func decode(_ data: Data, file: String?) throws -> Alignment {
        do {
            let parsed = try JSONDecoder().decode(File.self, from: data)
            return Alignment(beads: parsed.beads.map { Bead(ko: $0.ko, en: $0.en, confidence: 1) })
        } catch {
            throw InputError(file: file, message: "not a gold alignment file (\(error))", hint: "expected {\"beads\": [{\"ko\": [...], \"en\": [...]}]}")
        }
    }

    /// Whether `alignment` covers `koCount` and `enCount` paragraphs exactly once each, in order.
    public static func isComplete(_ alignment: Alignment, koCount: Int, enCount: Int) -> Bool {
        let ko = alignment.beads.flatMap(\.ko), en = alignment.beads.flatMap(\.en)
        return ko == Array(0..<koCount) && en == Array(0..<enCount)
    }
}
