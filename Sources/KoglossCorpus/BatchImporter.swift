import Foundation
import KoglossAlign
import KoglossText

/// `import --batch DIR`: pairs the folder's files by name (`ArticlePairing`), reads and aligns each pair,
/// and stores them in groups. A pair that fails is reported and skipped; the rest go on. Every pair is
/// stored whole or not at all, and the store is not even opened until a pair is ready to be written.
public struct BatchImporter {
    /// What happened to one pair or file.
    public enum Event {
        case stored(english: URL, korean: URL, outcome: ImportOutcome)
        case failed(english: URL, korean: URL, error: Error)
        case unmatched(URL)
    }

    /// The tally printed at the end.
    public struct Summary: Sendable, Equatable {
        public var inserted = 0
        public var updated = 0
        public var failed = 0
        public var unmatched = 0
        public var total: Int { inserted + updated + failed }
        /// True when every pair was stored and every article file had a partner.
        public var succeeded: Bool { failed == 0 && unmatched == 0 }
    }

    let importer: PairImporter
    let openStore: () throws -> CorpusStore
    /// Pairs written per transaction.
    public var groupSize = 50

    /// `openStore` is called once, when the first pair is ready (so a batch that stores nothing never
    /// creates or opens a store).
    public init(importer: PairImporter, openStore: @escaping () throws -> CorpusStore) {
        self.importer = importer
        self.openStore = openStore
    }

    /// Imports the folder, calling `progress(done, total)` after each pair and `report` for each event.
    /// Throws only when the folder cannot be listed or the store cannot be opened.
    public func run(folder: URL, progress: (Int, Int) -> Void = { _, _ in }, report: (Event) -> Void) throws -> Summary {
        let (pairs, unmatched) = try ArticlePairing.pairs(in: folder)
        var summary = Summary()
        for file in unmatched {
            summary.unmatched += 1
            report(.unmatched(file))
        }
        var store: CorpusStore?
        var pending: [(english: URL, korean: URL, content: PairContent)] = []
        func flush() throws {
            guard !pending.isEmpty else { return }
            if store == nil { store = try openStore() }
            let results = try store!.saveEach(pending.map(\.content))
            for (item, result) in zip(pending, results) {
                switch result {
                case .success(let outcome):
                    if case .inserted = outcome { summary.inserted += 1 } else { summary.updated += 1 }
                    report(.stored(english: item.english, korean: item.korean, outcome: outcome))
                case .failure(let error):
                    summary.failed += 1
                    report(.failed(english: item.english, korean: item.korean, error: error))
                }
            }
            pending.removeAll()
        }
        for (done, pair) in pairs.enumerated() {
            do {
                let content = try importer.content(englishFile: pair.english, koreanFile: pair.korean)
                pending.append((pair.english, pair.korean, content))
            } catch {
                summary.failed += 1
                report(.failed(english: pair.english, korean: pair.korean, error: error))
            }
            if pending.count >= groupSize { try flush() }
            progress(done + 1, pairs.count)
        }
        try flush()
        try store?.close()
        return summary
    }
}
