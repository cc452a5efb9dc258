/// One allocation carved into typed tables that live as long as one document's alignment: the bead cost tables,
/// anchor lists and caches are taken from it instead of a heap block (and a class to own it) each.
/// A request beyond the estimated capacity gets a block of its own, freed with the arena.
/// Tables hold trivial values only (numbers), aligned to 8 bytes. The owner calls `deallocate()` when done
/// (in a `defer`, so the tables outlive every use).
struct ScratchArena {
    private let memory: UnsafeMutableRawPointer
    private let capacity: Int
    private var used = 0
    private var overflow: [UnsafeMutableRawPointer] = []

    /// The main block comes from `ScratchMemoryPool.shared` (kept warm between documents).
    init(bytes: Int) {
        (memory, capacity) = ScratchMemoryPool.shared.take(bytes: max(8, bytes))
    }

    func deallocate() {
        ScratchMemoryPool.shared.giveBack(memory, bytes: capacity)
        for block in overflow { block.deallocate() }
    }

    /// Bytes `take` uses for `count` values of `T` (for estimating the capacity).
    static func bytes<T>(_: T.Type, _ count: Int) -> Int { (max(0, count) * MemoryLayout<T>.stride + 7) & ~7 }

    /// Uninitialized room for `count` values of `T`.
    mutating func take<T>(_ type: T.Type, _ count: Int) -> UnsafeMutablePointer<T> {
        precondition(MemoryLayout<T>.alignment <= 8 && _isPOD(T.self), "plain values aligned to at most 8 bytes")
        let bytes = ScratchArena.bytes(type, count)
        let start: UnsafeMutableRawPointer
        if used + bytes <= capacity {
            start = memory + used
            used += bytes
        } else {
            start = UnsafeMutableRawPointer.allocate(byteCount: max(8, bytes), alignment: 8)
            overflow.append(start)
        }
        return start.bindMemory(to: T.self, capacity: count)
    }

    /// Room for `count` values of `T`, each set to `value`.
    mutating func take<T>(_ type: T.Type, _ count: Int, repeating value: T) -> UnsafeMutablePointer<T> {
        let pointer = take(type, count)
        pointer.initialize(repeating: value, count: count)
        return pointer
    }
}
