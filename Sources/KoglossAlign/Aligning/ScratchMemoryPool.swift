import Foundation

/// Raw memory blocks kept between documents for the per-document tables (the lattice's and the arena's): a
/// document's tables are 50-150 KB, and freeing them gave the pages back to the system (the heap top shrinks)
/// only for the next document to fault them in again, about 5% of aligning a short document.
/// Taken for one document and given back after (one lock each way).
final class ScratchMemoryPool: @unchecked Sendable {
    static let shared = ScratchMemoryPool()
    private var idle: [(memory: UnsafeMutableRawPointer, bytes: Int)] = []
    private let lock = NSLock()
    /// Blocks beyond this size (a long document's: over about 60 paragraphs a side) are freed, not kept, so the
    /// pool holds at most `mostKept` MB.
    static let largestKept = 1 << 20
    /// As many blocks as threads align at once (two per document); more would only hold memory.
    static let mostKept = 64

    /// A block of at least `bytes` bytes, aligned to 8, and its true size.
    func take(bytes: Int) -> (memory: UnsafeMutableRawPointer, bytes: Int) {
        lock.lock()
        var found: Int?
        for k in idle.indices where idle[k].bytes >= bytes && (found == nil || idle[k].bytes < idle[found!].bytes) {
            found = k
        }
        if let found {
            let block = idle.remove(at: found)
            lock.unlock()
            return block
        }
        lock.unlock()
        // Rounded up to a power of two, so blocks serve documents of similar sizes.
        var size = 4096
        while size < bytes { size <<= 1 }
        return (UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8), size)
    }

    func giveBack(_ memory: UnsafeMutableRawPointer, bytes: Int) {
        if bytes <= ScratchMemoryPool.largestKept {
            lock.lock()
            if idle.count < ScratchMemoryPool.mostKept {
                idle.append((memory, bytes))
                lock.unlock()
                return
            }
            lock.unlock()
        }
        memory.deallocate()
    }
}
