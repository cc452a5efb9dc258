import Foundation
import KoglossText
import Testing
@testable import KoglossGlossary

@Suite struct TermbaseStoreTests {
    func folderWithSample() throws -> URL {
        let dir = try TestPaths.temporaryDirectory()
        let folder = dir.appendingPathComponent("glossary")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestPaths.fixture("kogloss-sample.tbx"), to: folder.appendingPathComponent("a.tbx"))
        try FileManager.default.copyItem(at: TestPaths.fixture("martif-2008.tbx"), to: folder.appendingPathComponent("b.tbx"))
        return folder
    }

    @Test func loadsAFolderAsOneTermbaseAndRemembersFiles() throws {
        let folder = try folderWithSample()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let store = TermbaseStore(path: folder)
        let termbase = try store.load()
        #expect(termbase.concepts.count == 8)
        #expect(store.conceptFiles["bowiguk"]?.lastPathComponent == "a.tbx")
        #expect(store.conceptFiles["mss"]?.lastPathComponent == "b.tbx")
        #expect(!store.warnings.isEmpty)
    }

    @Test func duplicateIDsAcrossFilesAreAnError() throws {
        let folder = try folderWithSample()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: folder.appendingPathComponent("a.tbx"), to: folder.appendingPathComponent("c.tbx"))
        #expect { try TermbaseStore(path: folder).load() } throws: { error in
            (error as? InputError)?.message.contains("duplicate concept id 'bowiguk' (also in a.tbx)") == true
        }
    }

    @Test func updateWritesOnlyTheChangedFile() throws {
        let folder = try folderWithSample()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let store = TermbaseStore(path: folder)
        let bBefore = try Data(contentsOf: folder.appendingPathComponent("b.tbx"))
        try store.update { tb in
            let i = tb.concepts.firstIndex { $0.id == "bowiguk" }!
            tb.concepts[i].notes.append("New note.")
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("b.tbx")) == bBefore)
        let reloaded = try TermbaseStore(path: folder).load()
        #expect(reloaded.concept(id: "bowiguk")?.notes.last == "New note.")
        #expect(reloaded.concepts.count == 8)
    }

    @Test func newConceptsGoToTheFirstFileAndAFreshFolderIsCreated() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = TermbaseStore(path: dir.appendingPathComponent("glossary"))
        #expect(throws: InputError.self) { try store.load() }
        try store.update { tb in
            tb.concepts.append(Concept(id: "x", terms: [Term(language: .korean, text: "가"), Term(language: .english, text: "a")]))
        }
        let file = dir.appendingPathComponent("glossary/glossary.tbx")
        #expect(FileManager.default.fileExists(atPath: file.path))
        #expect(try TermbaseStore(path: dir.appendingPathComponent("glossary")).load().concepts.map(\.id) == ["x"])
    }

    @Test func concurrentUpdatesAllLand() async throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("t.tbx")
        try FileManager.default.copyItem(at: TestPaths.fixture("kogloss-sample.tbx"), to: file)
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<8 {
                group.addTask {
                    try? TermbaseStore(path: file).update { tb in
                        tb.concepts.append(Concept(id: "n\(i)", terms: [Term(language: .korean, text: "용어\(i)"), Term(language: .english, text: "term \(i)")]))
                    }
                }
            }
        }
        let ids = Set(try TermbaseStore(path: file).load().concepts.map(\.id))
        #expect((0..<8).allSatisfy { ids.contains("n\($0)") })
    }

    @Test func locatorOrder() {
        let cwd = URL(fileURLWithPath: "/work/project")
        #expect(GlossaryLocator.resolve(explicit: nil, configured: nil, cwd: cwd).path == "/work/project/glossary")
        #expect(GlossaryLocator.resolve(explicit: nil, configured: "terms/main.tbx", cwd: cwd).path == "/work/project/terms/main.tbx")
        #expect(GlossaryLocator.resolve(explicit: "/tmp/x.tbx", configured: "terms", cwd: cwd).path == "/tmp/x.tbx")
    }

    @Test(arguments: ["bowiguk", "_x", "a-b.c"]) func validIDs(_ id: String) { #expect(ConceptID.isValid(id)) }
    @Test(arguments: ["1abc", "", "보위국", "a b"]) func invalidIDs(_ id: String) { #expect(!ConceptID.isValid(id)) }

    @Test func slugs() {
        #expect(ConceptID.slug(from: "Military Security Command", taken: []) == "military-security-command")
        #expect(ConceptID.slug(from: "Kim Jong-un's", taken: ["kim-jong-un-s"]) == "kim-jong-un-s-2")
        #expect(ConceptID.slug(from: "보위국", taken: []) == "concept")
        #expect(ConceptID.slug(from: "2016 plan", taken: []) == "concept-2016-plan")
    }
}
