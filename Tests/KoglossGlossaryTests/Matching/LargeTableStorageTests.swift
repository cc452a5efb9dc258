@testable import KoglossGlossary
import Testing

/// The matcher's hash tables keep their flat slots in `LargeTableStorage` (huge pages when large), a class
/// they copy on write: a copied table must stay independent, and a table grown past the huge-page size
/// must still find every key.
@Suite struct LargeTableStorageTests {
    @Test func copiedByteKeyTableIsIndependentOfTheOriginal() {
        var original = ByteKeyTable()
        _ = original.insert(Array("army".utf8))
        var copy = original
        let added = copy.insert(Array("navy".utf8))
        #expect(added == 1)
        #expect(copy.id(of: Array("navy".utf8)) == 1)
        #expect(original.id(of: Array("navy".utf8)) == -1)
        #expect(original.id(of: Array("army".utf8)) == 0)
        copy.setValues { Int64($0) + 7 }
        let key = Array("army".utf8)
        let valueInOriginal = key.withUnsafeBufferPointer { original.entry(of: $0.baseAddress!, count: 4, hash: ByteKeyTable.hash($0)).value }
        let valueInCopy = key.withUnsafeBufferPointer { copy.entry(of: $0.baseAddress!, count: 4, hash: ByteKeyTable.hash($0)).value }
        #expect(valueInOriginal == 0)
        #expect(valueInCopy == 7)
    }

    @Test func byteKeyTableLargerThanAHugePageFindsEveryKey() {
        var table = ByteKeyTable()
        let keys = (0..<40_000).map { Array("word\($0)-long-enough-to-spill".utf8) }
        for (i, key) in keys.enumerated() { #expect(table.insert(key) == Int32(i)) }
        // 40,000 keys take 131,072 slots of 32 bytes: 4 MB, above the huge-page threshold.
        #expect(table.count * 2 * 32 >= LargeTableStorage<UInt64>.hugePageThreshold)
        var found = 0
        for (i, key) in keys.enumerated() where table.id(of: key) == Int32(i) { found += 1 }
        #expect(found == keys.count)
        #expect(table.id(of: Array("word40000-long-enough-to-spill".utf8)) == -1)
    }

    @Test func transitionTableCopyIsIndependentAndLargeTablesFindEveryEdge() {
        var table = TransitionTable()
        for node in 1...100_000 { table.set(Int32(node), UInt32(node % 97), Int32(node + 1)) }
        let copy = table
        table.set(5, 1_000, 42)
        #expect(table.child(5, 1_000) == 42)
        #expect(copy.child(5, 1_000) == -1)
        var found = 0
        for node in 1...100_000 where copy.child(Int32(node), UInt32(node % 97)) == Int32(node + 1) { found += 1 }
        #expect(found == 100_000)
        #expect(copy.childBelowRoot(3, 98) == -1)
    }
}
