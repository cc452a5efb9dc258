#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fixed-size flat storage for a large lookup table (the matcher's hash tables), on transparent huge pages
/// when the table is large: at 50,000 concepts the tables span megabytes and are probed at random, so with
/// 4 KB pages nearly every probe also misses the TLB once other work (a lint's other stages between
/// documents) has evicted it; with 2 MB pages a few TLB entries cover the whole table.
/// THP here is in `madvise` mode, so the memory is 2 MB aligned and advised before it is first written.
/// The owner copies on write (`isKnownUniquelyReferenced`); a built table is only read, from any thread.
final class LargeTableStorage<Element: BitwiseCopyable>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    /// Tables at least this large go on huge pages (a 2 MB page for each; the matcher has a handful of
    /// tables this large, filters of a few hundred KB included, probed at random for every word).
    static var hugePageThreshold: Int { 256 << 10 }
    private static var hugePageSize: Int { 2 << 20 }

    init(repeating value: Element, count: Int) {
        self.count = count
        base = LargeTableStorage.allocate(count)
        base.initialize(repeating: value, count: count)
    }

    init(copying other: LargeTableStorage<Element>) {
        count = other.count
        base = LargeTableStorage.allocate(count)
        base.initialize(from: other.base, count: count)
    }

    deinit { free(base) }

    private static func allocate(_ count: Int) -> UnsafeMutablePointer<Element> {
        let bytes = max(count, 1) * MemoryLayout<Element>.stride
        var raw: UnsafeMutableRawPointer?
        if bytes >= hugePageThreshold {
            let rounded = (bytes + hugePageSize - 1) / hugePageSize * hugePageSize
            if posix_memalign(&raw, hugePageSize, rounded) == 0, let raw {
                #if os(Linux)
                // Advice only: without THP the table still works, on small pages.
                _ = madvise(raw, rounded, MADV_HUGEPAGE)
                #endif
                return raw.bindMemory(to: Element.self, capacity: count)
            }
            raw = nil
        }
        if posix_memalign(&raw, max(MemoryLayout<Element>.alignment, 64), bytes) != 0 || raw == nil {
            fatalError("LargeTableStorage: out of memory (\(bytes) bytes)")
        }
        return raw!.bindMemory(to: Element.self, capacity: count)
    }
}
