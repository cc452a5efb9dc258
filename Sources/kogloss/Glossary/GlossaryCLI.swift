import ArgumentParser
import Foundation
import KoglossText

/// A mistake in how a glossary command was called (exit status 2).
struct GlossaryUsageError: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { "kogloss: error: \(message)" }
}

/// A request that cannot be carried out on a valid termbase (unknown id, id already taken, nothing found): exit 1.
struct GlossaryFailure: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { "kogloss: error: \(message)" }
}

/// Shared error handling of `lookup` and `glossary`: one line on stderr, then the documented exit status
/// (65 malformed data file, 2 usage, 1 failure or file-system error).
enum GlossaryCLI {
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as InputError {
            printError(error.description)
            throw ExitCode(65)
        } catch let error as GlossaryUsageError {
            printError(error.description)
            throw ExitCode(2)
        } catch let error as GlossaryFailure {
            printError(error.description)
            throw ExitCode(1)
        } catch let error as FileSystemError {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes to stdout without buffering surprises when output is piped.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
