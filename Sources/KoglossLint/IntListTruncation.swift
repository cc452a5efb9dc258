extension Array where Element == Int {
    /// Drops the elements from `newCount` on, keeping the storage. The rules' scratch lists hold a handful
    /// of concepts and are emptied once per bead or match: `removeAll(keepingCapacity:)` and `removeLast(_:)`
    /// go through `replaceSubrange`, which costs more than popping them.
    @inline(__always)
    mutating func truncate(to newCount: Int) {
        while count > newCount { removeLast() }
    }
}
