import Foundation
@testable import KoglossAlign

/// Paths of the repository's fixtures, found from this file.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = packageRoot.appendingPathComponent("seeds")
    static let alignEval = packageRoot.appendingPathComponent("Tests/Fixtures/align-eval")
    static let glossary = packageRoot.appendingPathComponent("glossary")

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-align-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
