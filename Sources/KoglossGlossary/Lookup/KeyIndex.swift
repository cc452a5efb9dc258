/// A multimap from a string key to term entries without one array per key: the map holds the most recent
/// entry for a key and `next` chains earlier ones. Building it allocates nothing per entry, which matters
/// for 100,000-term termbases.
struct KeyIndex {
    private var heads: [String: Int32] = [:]
    /// For each entry, the previous entry with the same key, or -1.
    private var next: [Int32]

    init(entryCount: Int) {
        next = [Int32](repeating: -1, count: entryCount)
        heads.reserveCapacity(entryCount)
    }

    mutating func insert(_ key: String, _ entry: Int32) {
        if let head = heads.updateValue(entry, forKey: key) { next[Int(entry)] = head }
    }

    /// Entries with this key, in insertion order; nil when none.
    func entries(_ key: String) -> [Int32]? {
        guard var e = heads[key] else { return nil }
        var result: [Int32] = []
        while e >= 0 {
            result.append(e)
            e = next[Int(e)]
        }
        return result.reversed()
    }
}
