import Foundation

/// Paths of fixtures and the shared read-only data, from this file's location.
enum TestPaths {
    /// The package root (Tests/KoglossGlossaryTests/Support/TestPaths.swift -> up four).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/glossary")
    static let sharedTBX = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tbx")

    static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kogloss-glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
