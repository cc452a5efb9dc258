import Foundation
import FuzzSupport
import KoglossCorpus
import KoglossText

/// TMXReader on arbitrary bytes: it must return or throw InputError.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    do {
        let result = try TMXReader.read(data: FuzzInput.data(data, size), file: "fuzz.tmx")
        precondition(result.skippedUnits <= result.unitCount, "more units skipped than read")
    } catch is InputError {
    } catch {
        fatalError("TMXReader threw something other than InputError: \(error)")
    }
    return 0
}

FuzzDriver.run(fuzz)
