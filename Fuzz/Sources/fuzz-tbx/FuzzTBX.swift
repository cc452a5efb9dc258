import Foundation
import FuzzSupport
import KoglossGlossary
import KoglossText

/// TBXReader on arbitrary bytes (TBX v3 DCA/DCT and TBX 2008 seeds): it must return or throw InputError,
/// and whatever it reads must survive a write and a re-read with the same concepts.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let result: TBXReadResult
    do {
        result = try TBXReader.read(data: FuzzInput.data(data, size), file: "fuzz.tbx")
    } catch is InputError {
        return 0
    } catch {
        fatalError("TBXReader threw something other than InputError: \(error)")
    }
    let written = TBXWriter.write(result.termbase)
    do {
        let reread = try TBXReader.read(data: written, file: "rewritten.tbx")
        precondition(reread.termbase.concepts.map(\.id) == result.termbase.concepts.map(\.id),
                     "concept ids changed on write and re-read")
    } catch {
        fatalError("TBXWriter output does not read back: \(error)")
    }
    return 0
}

FuzzDriver.run(fuzz)
