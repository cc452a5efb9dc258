import Foundation
import FuzzSupport
import KoglossLint
import KoglossText

/// `.kogloss.yml` parsing: it must return a configuration or throw InputError.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    do {
        let configuration = try ProjectConfiguration.parse(FuzzInput.text(data, size), file: ".kogloss.yml")
        for id in configuration.ruleSeverities.keys { _ = configuration.severity(of: id) }
    } catch is InputError {
    } catch {
        fatalError("ProjectConfiguration.parse threw something other than InputError: \(error)")
    }
    return 0
}

FuzzDriver.run(fuzz)
