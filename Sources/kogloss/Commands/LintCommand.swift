import ArgumentParser
import Foundation
import KoglossAlign
import KoglossCorpus
import KoglossGlossary
import KoglossLint
import KoglossText

/// `kogloss lint`: checks English translations against the glossary (and their Korean sources) and
/// reports findings like a compiler; `--fix` applies the glossary's preferred renderings.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check English translations against the glossary and their Korean sources.",
        discussion: """
        Give English files (with --source KO for one file), or folders of pairs (BASE.txt + BASE.ko.txt).
        Rules: \(RuleRegistry.ids.joined(separator: ", ")). Configure them in .kogloss.yml (see docs/lint.md);
        silence one line with <!-- kogloss-disable-next-line RULE -->.
        Exit status: 0 no finding at error severity, 1 at least one, 2 usage or input error.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }

    @Argument(help: "English files, or folders of English/Korean pairs.")
    var paths: [String] = []

    @Option(name: .long, help: "The Korean original of the (single) English file.")
    var source: String?

    @Option(name: .long, help: "Output: text (compiler style), json or sarif.")
    var format: Format = .text

    @Flag(name: .long, help: "Replace deprecated, wrong and misspelt renderings with the preferred ones, in place.")
    var fix = false

    @Flag(name: .customLong("dry-run"), help: "With --fix: show the changes as a diff, change nothing.")
    var dryRun = false

    @Option(name: .long, help: "Article date YYYY-MM-DD (for anachronisms); default: from the file.")
    var date: String?

    @Option(name: .long, help: "Configuration file (default: .kogloss.yml at the project root).")
    var config: String?

    @Option(name: .long, parsing: .upToNextOption, help: "Only these rule ids.")
    var rules: [String] = []

    @Option(name: .long, help: "Lint a pair stored in the corpus, by id (repeatable).")
    var pair: [Int64] = []

    @Flag(name: .long, help: "Report concepts rendered differently across the stored pairs, by rendering and translator.")
    var corpus = false

    @OptionGroup var storeOptions: CorpusStoreOptions

    @Flag(name: .customLong("no-color"), help: "No colour (also NO_COLOR, or when output is not a terminal).")
    var noColor = false

    @OptionGroup var glossaryOptions: GlossaryOptions

    /// Usage errors exit with status 2 (the lint contract), not ArgumentParser's 64; checked in `run` so
    /// that `--help` never sees them.
    func checkUsage() throws {
        func usage(_ message: String) -> ExitCode {
            FileHandle.standardError.write(Data("kogloss lint: error: \(message); see 'kogloss lint --help'\n".utf8))
            return ExitCode(2)
        }
        if paths.isEmpty && pair.isEmpty && !corpus { throw usage("give at least one English file or folder, --pair ID or --corpus") }
        if corpus && (!paths.isEmpty || !pair.isEmpty || fix) { throw usage("--corpus goes alone (no files, --pair or --fix)") }
        if fix && !pair.isEmpty { throw usage("--fix works on files, not on stored pairs") }
        if corpus && format == .sarif { throw usage("--corpus reports as text or json") }
        if source != nil && paths.count != 1 { throw usage("--source goes with exactly one English file") }
        if dryRun && !fix { throw usage("--dry-run goes with --fix") }
        if let date, !ArticleDate.isValidISODate(date) { throw usage("--date must be YYYY-MM-DD, e.g. 2024-03-31") }
        for id in rules where RuleRegistry.rule(id: id) == nil {
            throw usage("unknown rule '\(id)'; known rules: \(RuleRegistry.ids.joined(separator: ", "))")
        }
    }

    func run() async throws {
        try checkUsage()
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        do {
            let configuration: ProjectConfiguration
            if let config {
                configuration = try ProjectConfiguration.load(url: URL(fileURLWithPath: config, relativeTo: cwd))
            } else {
                configuration = try ProjectConfiguration.load(projectRoot: ProjectConfiguration.projectRoot(from: cwd))
            }
            let glossaryURL = glossaryOptions.glossary.map { URL(fileURLWithPath: $0, relativeTo: cwd) }
                ?? configuration.glossaryURL ?? cwd.appendingPathComponent("glossary")
            let termbase = try GlossaryLoading.load(glossaryURL)
            let engine = LintEngine(termbase: termbase, configuration: configuration)
            // The engine's matcher: with a source, each text is matched once, for the alignment and the rules.
            let loader = LintInputLoader(matcher: engine.matcher)
            let only = rules.isEmpty ? nil : Set(rules)

            if corpus {
                let pairs = try storeOptions.openExisting().allPairs().map { p in
                    // Stored HTML pages count the renderings in their paragraphs' text, not in the markup.
                    let english = LintInputLoader.textArticle(ofStored: Article(text: p.englishText, paragraphs: p.englishParagraphs),
                                                              file: p.content.englishFile).article
                    return CorpusConsistencyReport.Input(pairID: p.id, translator: p.translator, english: english.text,
                                                         paragraphs: english.paragraphs.map(\.range))
                }
                let report = CorpusConsistencyReport(matcher: engine.matcher, pairs: pairs)
                print(format == .json ? report.json : report.text, terminator: "")
                return
            }

            var results: [LintFileResult] = []
            var inputFailure = false
            if !pair.isEmpty {
                let store = try storeOptions.openExisting()
                for id in pair {
                    guard let stored = try store.pair(id: id) else {
                        throw InputError(file: storeOptions.path.path, message: "no pair \(id) in the corpus", hint: "see 'kogloss pairs list'")
                    }
                    // A stored HTML page is linted on its paragraphs' text, as a page file is.
                    let (english, page) = LintInputLoader.textArticle(ofStored: Article(text: stored.englishText, paragraphs: stored.englishParagraphs),
                                                                      file: stored.content.englishFile)
                    let korean = LintInputLoader.textArticle(ofStored: Article(text: stored.koreanText, paragraphs: stored.koreanParagraphs),
                                                             file: stored.content.koreanFile).article
                    let document = LintDocument(
                        path: "pair \(id)" + (stored.title.map { " (\($0))" } ?? ""), english: english.text,
                        englishParagraphs: english.paragraphs.map { LintParagraph(range: $0.range, kind: LintInputLoader.lintKind($0.kind)) },
                        korean: korean.text,
                        koreanParagraphs: korean.paragraphs.map { LintParagraph(range: $0.range, kind: LintInputLoader.lintKind($0.kind)) },
                        beads: stored.beads.map { LintBead(korean: $0.ko, english: $0.en, confidence: $0.confidence) },
                        date: date ?? stored.date, htmlSource: page)
                    let placed = document.fileFindings(engine.lint(document, rules: only))
                    results.append(LintFileResult(path: document.path, text: placed.text, findings: placed.findings))
                }
            }
            for job in try paths.isEmpty ? [] : jobs(cwd: cwd) {
                var loaded = try loader.load(englishURL: job.english, koreanURL: job.korean, displayPath: job.display, date: date)
                var findings = engine.lint(loaded.document, matches: loaded.matches, anchors: loaded.anchors, rules: only)
                // Findings where the file has them (an HTML page's findings are found in its text, placed in its source).
                var placed = loaded.document.fileFindings(findings)
                if fix {
                    let plan = try Fixer.plan(path: job.display, raw: loaded.raw, file: placed)
                    for s in plan.skipped {
                        FileHandle.standardError.write(Data(
                            "\(job.display):\(s.line):\(s.column): not fixed: '\(s.old)' -> '\(s.new)': \(s.reason); fix it by hand [\(s.ruleID)]\n".utf8))
                    }
                    if dryRun {
                        print(Fixer.unifiedDiff(plan), terminator: "")
                    } else if !plan.changes.isEmpty {
                        do {
                            try Fixer.apply(plan, to: job.english)
                            for c in plan.changes {
                                print("\(job.display):\(c.line):\(c.column): fixed: '\(c.old)' -> '\(c.new)' [\(c.ruleID)]")
                            }
                            loaded = try loader.load(englishURL: job.english, koreanURL: job.korean, displayPath: job.display, date: date)
                            findings = engine.lint(loaded.document, matches: loaded.matches, anchors: loaded.anchors, rules: only)
                            placed = loaded.document.fileFindings(findings)
                        } catch let error as InputError {
                            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
                            inputFailure = true
                        } catch {
                            FileHandle.standardError.write(Data("\(job.display): error: \(error); the file is left untouched\n".utf8))
                            inputFailure = true
                        }
                    }
                }
                results.append(LintFileResult(path: job.display, text: placed.text, findings: placed.findings))
            }
            let output: String
            switch format {
            case .text: output = TextReporter(color: useColor).report(results)
            case .json: output = JSONReporter().report(results)
            case .sarif: output = SARIFReporter(toolVersion: Kogloss.configuration.version).report(results)
            }
            print(output, terminator: "")
            if inputFailure { throw ExitCode(2) }
            if results.contains(where: { $0.findings.contains { $0.severity == .error } }) { throw ExitCode(1) }
        } catch let error as InputError {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }

    private var useColor: Bool {
        !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
    }

    private struct Job {
        var english: URL
        var korean: URL?
        var display: String
    }

    /// Files to lint: each file as given (with --source), each folder's pairs (English files without a
    /// Korean original are linted alone).
    private func jobs(cwd: URL) throws -> [Job] {
        var result: [Job] = []
        for path in paths {
            let url = URL(fileURLWithPath: path, relativeTo: cwd)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                let found = try ArticlePairing.pairs(in: url)
                let display = { (file: URL) in (path as NSString).appendingPathComponent(file.lastPathComponent) }
                for pair in found.pairs { result.append(Job(english: pair.english, korean: pair.korean, display: display(pair.english))) }
                for file in found.unmatched where ArticlePairing.role(of: file.lastPathComponent)?.korean == false {
                    result.append(Job(english: file, korean: nil, display: display(file)))
                }
                if found.pairs.isEmpty && result.isEmpty {
                    throw InputError(file: path, message: "no English articles in this folder", hint: "give English files (BASE.txt) with their Korean originals (BASE.ko.txt)")
                }
            } else {
                result.append(Job(english: url, korean: source.map { URL(fileURLWithPath: $0, relativeTo: cwd) }, display: path))
            }
        }
        return result.sorted { $0.display < $1.display }
    }
}
