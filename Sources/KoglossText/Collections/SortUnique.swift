extension Array where Element: Comparable {
    /// Sorts and drops repeats, in place, keeping the storage. The hot callers (a paragraph's anchors, the
    /// concepts of one bead or match) sort a handful of values per call: insertion sort beats the general sort
    /// there, and no copy is made of an array only the caller holds. `@inlinable` so that each caller gets a
    /// copy specialised for its element type.
    @inlinable
    public mutating func sortUnique() {
        guard count > 1 else { return }
        let kept = withUnsafeMutableBufferPointer { v -> Int in
            if v.count <= 32 {
                for k in 1..<v.count {
                    let x = v[k]
                    var m = k
                    while m > 0 && v[m - 1] > x { v[m] = v[m - 1]; m -= 1 }
                    v[m] = x
                }
            } else {
                v.sort()
            }
            var write = 1
            for read in 1..<v.count where v[read] != v[write - 1] {
                v[write] = v[read]
                write += 1
            }
            return write
        }
        truncate(to: kept)
    }
}

extension Array {
    /// Drops the elements from `newCount` on, keeping the storage. Scratch lists of a handful of values are
    /// emptied once per bead or match: `removeAll(keepingCapacity:)` and `removeLast(_:)` go through
    /// `replaceSubrange`, which costs more than popping them.
    @inlinable @inline(__always)
    public mutating func truncate(to newCount: Int) {
        while count > newCount { removeLast() }
    }
}
