import Foundation

/// Paths and helpers shared by the corpus end-to-end tests.
enum CorpusTestFiles {
    static let seeds = CLIRunner.packageRoot.appendingPathComponent("seeds")
    static let web = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/corpus/web")
    static let tmx = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/corpus/tmx")
    static let seedBases = ["000_31914b20eae98fcb", "001_5f665c2d8f37da1c", "002_c4ccb5cb50824faf"]

    static func seedEnglish(_ i: Int) -> String { seeds.appendingPathComponent("\(seedBases[i]).txt").path }
    static func seedKorean(_ i: Int) -> String { seeds.appendingPathComponent("\(seedBases[i]).ko.txt").path }

    /// A fresh project folder with a store path inside it.
    static func project() throws -> (dir: URL, store: String) {
        let dir = try CLIRunner.temporaryDirectory("kogloss-corpus")
        return (dir, dir.appendingPathComponent("corpus.sqlite").path)
    }

    /// A digest of the store's bytes (main file and WAL), or "absent": proof a command left it alone.
    static func snapshot(_ store: String) -> String {
        var parts: [String] = []
        for suffix in ["", "-wal"] {
            if let data = FileManager.default.contents(atPath: store + suffix) {
                var hasher = FNV()
                hasher.add(data)
                parts.append("\(suffix):\(data.count):\(hasher.value)")
            }
        }
        return parts.isEmpty ? "absent" : parts.joined(separator: ",")
    }

    /// 64-bit FNV-1a, enough to notice any change in a test's store.
    struct FNV {
        var value: UInt64 = 0xcbf29ce484222325
        mutating func add(_ data: Data) {
            for byte in data { value = (value ^ UInt64(byte)) &* 0x100000001b3 }
        }
    }

    static func write(_ text: String, to dir: URL, _ name: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
