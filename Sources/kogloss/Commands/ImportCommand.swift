import ArgumentParser
import Foundation
import KoglossAlign
import KoglossCorpus
import KoglossGlossary
import KoglossText

/// `kogloss import`: stores aligned article pairs in the corpus, from two files, a folder, a web page or TMX.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Align and store article pairs in the corpus (files, a folder, a web page, or TMX).",
        discussion: """
        kogloss import EN_FILE KO_FILE [--title T] [--url U] [--date YYYY-MM-DD]
        kogloss import --batch DIR        pairs BASE.txt with BASE.ko.txt (also .md/.html, BASE.en.*)
        kogloss import URL [--timeout S]  fetches the page and its "Read in Korean" original
        kogloss import --tmx FILE         translation memory from kogloss or other tools
        Importing a pair again updates it (same URL, same file names, or same content): no duplicates.
        Exit status: 0 success; 1 bad input, unreachable page, unusable store, or (batch) any pair not stored.
        """
    )

    @Argument(help: "EN_FILE KO_FILE, or one http(s) URL.")
    var inputs: [String] = []

    @Option(name: .long, help: "Import every pair in this folder.")
    var batch: String?

    @Option(name: .long, help: "Import a TMX file.")
    var tmx: String?

    @Option(name: .long, help: "Title of the pair (default: from the article).")
    var title: String?

    @Option(name: .long, help: "Source URL of the English article.")
    var url: String?

    @Option(name: .long, help: "Publication date, YYYY-MM-DD.")
    var date: String?

    @Option(name: .long, help: "Seconds to wait for each web page.")
    var timeout: Double = 20

    @OptionGroup var storeOptions: CorpusStoreOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        let modes = [batch != nil, tmx != nil, !inputs.isEmpty].filter { $0 }.count
        guard modes == 1 else { throw ValidationError("give EN_FILE KO_FILE, a URL, --batch DIR or --tmx FILE (exactly one)") }
        if batch == nil && tmx == nil {
            let isURL = inputs.count == 1 && (inputs[0].lowercased().hasPrefix("http://") || inputs[0].lowercased().hasPrefix("https://"))
            guard inputs.count == 2 || isURL else {
                throw ValidationError(inputs.count == 1 ? "give the Korean file too (EN_FILE KO_FILE), or an http(s) URL" : "give exactly two files: EN_FILE KO_FILE")
            }
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        if let date, !PairContent.isISODate(date) { throw ValidationError("--date must be a date like 2024-04-05") }
    }

    func run() async throws {
        let cwd = storeOptions.cwd
        let glossary: Termbase?
        do { glossary = try AlignGlossaryLoader.load(explicit: glossaryOptions.glossary, cwd: cwd) } catch { exitWithCorpusError(error) }
        let importer = PairImporter(glossary: glossary)
        let metadata = PairImporter.Metadata(title: title, url: url, date: date)
        if let batch {
            runBatch(URL(fileURLWithPath: batch, relativeTo: cwd).standardizedFileURL, importer: importer)
        } else if let tmx {
            runTMX(URL(fileURLWithPath: tmx, relativeTo: cwd).standardizedFileURL)
        } else if inputs.count == 1 {
            guard let pageURL = URL(string: inputs[0]) else { exitWithCorpusError(InputError(message: "'\(inputs[0])' is not a URL")) }
            do {
                let content = try await WebPairImporter(importer: importer, timeout: timeout).content(from: pageURL, metadata: metadata)
                store(content, label: pageURL.absoluteString)
            } catch {
                exitWithCorpusError(error)
            }
        } else {
            do {
                let content = try importer.content(englishFile: URL(fileURLWithPath: inputs[0], relativeTo: cwd),
                                                   koreanFile: URL(fileURLWithPath: inputs[1], relativeTo: cwd), metadata: metadata)
                store(content, label: "\(inputs[0]) + \(inputs[1])")
            } catch {
                exitWithCorpusError(error)
            }
        }
    }

    /// Writes one pair (the store is opened only now, after the input proved good).
    func store(_ content: PairContent, label: String) {
        do {
            let store = try storeOptions.open()
            let outcome = try store.save(content)
            let links = content.beads.filter(\.isLink).count
            let verb: String
            if case .inserted = outcome { verb = "imported" } else { verb = "updated" }
            print("\(verb) pair \(outcome.id): \(label) (\(content.koreanParagraphs.count) Korean / \(content.englishParagraphs.count) English paragraphs, \(links) aligned beads)")
            try store.close()
        } catch {
            exitWithCorpusError(error)
        }
    }

    func runTMX(_ file: URL) {
        do {
            let result = try TMXReader.read(url: file)
            guard !result.pairs.isEmpty else {
                throw InputError(file: file.path, message: "no translation unit has both Korean and English", hint: "check the languages of the TMX file")
            }
            let store = try storeOptions.open()
            let outcomes = try store.saveAll(result.pairs)
            let inserted = outcomes.filter { if case .inserted = $0 { return true } else { return false } }.count
            print("imported \(result.unitCount - result.skippedUnits) translation units as \(outcomes.count) pairs (\(inserted) new, \(outcomes.count - inserted) updated); skipped \(result.skippedUnits) units without Korean and English")
            try store.close()
        } catch {
            exitWithCorpusError(error)
        }
    }

    func runBatch(_ folder: URL, importer: PairImporter) {
        let progressBar = isatty(STDERR_FILENO) == 1
        let batch = BatchImporter(importer: importer, openStore: { try storeOptions.open() })
        func warn(_ line: String) {
            if progressBar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            FileHandle.standardError.write(Data("\(line)\n".utf8))
        }
        let summary: BatchImporter.Summary
        do {
            summary = try batch.run(folder: folder, progress: { done, total in
                guard progressBar, total > 0 else { return }
                let width = 30, filled = width * done / total
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) pairs".utf8))
            }, report: { event in
                switch event {
                case .unmatched(let file):
                    let partner = ArticlePairing.role(of: file.lastPathComponent).map { $0.korean ? "an English file \($0.base).txt" : "a Korean file \($0.base).ko.txt" } ?? "a partner"
                    warn("\(file.path): error: no matching pair; expected \(partner) beside it")
                case .failed(_, _, let error):
                    switch error {
                    case let error as InputError: warn(error.description)
                    default: warn("error: \(error)")
                    }
                case .stored:
                    break
                }
            })
        } catch {
            if progressBar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            exitWithCorpusError(error)
        }
        if progressBar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        print("batch: \(summary.inserted + summary.updated) of \(summary.total) pairs stored (\(summary.inserted) new, \(summary.updated) updated), \(summary.failed) failed, \(summary.unmatched) unmatched files")
        if summary.total == 0 && summary.unmatched == 0 {
            exitWithCorpusError(InputError(file: folder.path, message: "no article pairs found", hint: "name them BASE.txt and BASE.ko.txt (or .md/.html)"))
        }
        if !summary.succeeded { Foundation.exit(1) }
    }
}
