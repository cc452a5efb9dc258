import ArgumentParser
import Foundation
import KoglossAlign
import KoglossGlossary
import KoglossText

/// `kogloss align EN_FILE KO_FILE`: aligns an English article with its Korean original and prints the
/// alignment (nothing is stored).
struct AlignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align an English article with its Korean original and print the alignment (not stored).",
        discussion: """
        Files: plain text, Markdown or HTML. Paragraph kinds (caption, tags, credit, footer, byline) are shown and
        never aligned to body text. Beads with confidence below --review-threshold are marked for review.
        Exit status: 0 success, 1 unreadable or invalid input, 2 wrong languages (files swapped or both one language).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, tsv, tmx
    }

    @Argument(help: "The English translation (.txt, .md, .html).")
    var englishFile: String

    @Argument(help: "The Korean original (.ko.txt, .ko.md, .ko.html).")
    var koreanFile: String

    @Option(name: .long, help: "Output: text (side by side), json, tsv or tmx.")
    var format: Format = .text

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(name: .long, help: "Confidence below which a bead is flagged for review (0-1).")
    var reviewThreshold: Double = 0.5

    func validate() throws {
        guard (0...1).contains(reviewThreshold) else { throw ValidationError("--review-threshold must be between 0 and 1") }
    }

    func run() async throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let english: Article, korean: Article
        do {
            english = try ArticleReader.read(contentsOf: URL(fileURLWithPath: englishFile, relativeTo: cwd))
            korean = try ArticleReader.read(contentsOf: URL(fileURLWithPath: koreanFile, relativeTo: cwd))
        } catch let error as InputError {
            fail(error, status: 1)
        }
        do {
            try LanguagePairCheck.check(english: english, englishFile: englishFile, korean: korean, koreanFile: koreanFile)
        } catch let error as InputError {
            fail(error, status: 2)
        }
        let glossary: Termbase?
        do {
            glossary = try AlignGlossaryLoader.load(explicit: glossaryOptions.glossary, cwd: cwd)
        } catch let error as InputError {
            fail(error, status: 1)
        }
        let alignment = ParagraphAligner(glossary: glossary).align(korean: korean, english: english)
        switch format {
        case .json: print(AlignmentJSON.render(korean: korean, english: english, alignment: alignment), terminator: "")
        case .tsv: print(AlignmentTSV.render(korean: korean, english: english, alignment: alignment), terminator: "")
        case .tmx: FileHandle.standardOutput.write(AlignmentTMX.render(korean: korean, english: english, alignment: alignment))
        case .text:
            let width = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
            print(SideBySideView.render(korean: korean, english: english, alignment: alignment, width: width,
                                        reviewThreshold: reviewThreshold, koreanName: koreanFile, englishName: englishFile),
                  terminator: "")
        }
    }

    private func fail(_ error: InputError, status: Int32) -> Never {
        FileHandle.standardError.write(Data("\(error.description)\n".utf8))
        Foundation.exit(status)
    }
}

/// The termbase for glossary anchors: `--glossary PATH` (a .tbx file or a folder of them) must load; the default
/// location (`GlossaryLocator`: config, then `glossary/`) is used when it exists.
enum AlignGlossaryLoader {
    static func load(explicit: String?, cwd: URL) throws -> Termbase? {
        let store = TermbaseStore(path: GlossaryLocator.resolve(explicit: explicit, cwd: cwd))
        guard store.exists else {
            if explicit == nil { return nil }
            throw InputError(file: store.path.path, message: "no such glossary", hint: "give a .tbx file or a folder of .tbx files")
        }
        return try store.load()
    }
}
