import Foundation
import KoglossCorpus
import KoglossText

/// Prints an error the way every corpus command does (one line on stderr) and exits: 2 for bad input
/// (the documented status for usage and input errors), 1 for other failures (network, store).
func exitWithCorpusError(_ error: Error, status: Int32? = nil) -> Never {
    let status = status ?? (error is InputError ? 2 : 1)
    let text: String
    switch error {
    case let error as InputError: text = error.description
    case let error as FetchError: text = error.description
    default: text = "error: \(error)"
    }
    FileHandle.standardError.write(Data("\(text)\n".utf8))
    Foundation.exit(status)
}
