import ArgumentParser
import Foundation
import KoglossAlign
import KoglossCorpus
import KoglossText

/// `kogloss pairs list|show ID|rm ID`: what is in the corpus.
struct PairsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairs",
        abstract: "List, show or remove the article pairs in the corpus.",
        subcommands: [List.self, Show.self, Remove.self],
        defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "One line per stored pair.")
        @OptionGroup var storeOptions: CorpusStoreOptions
        @Flag(name: .long, help: "JSON output.") var json = false

        func run() async throws {
            do {
                let summaries = try storeOptions.openExisting().summaries()
                if json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    print(String(decoding: try encoder.encode(summaries), as: UTF8.self))
                    return
                }
                if summaries.isEmpty { print("The corpus is empty."); return }
                for s in summaries {
                    let name = s.title ?? s.url ?? s.englishFile ?? "(untitled)"
                    var line = String(format: "%4lld  ", s.id) + (s.date ?? "          ") + "  " + name
                    line += "  [\(s.koreanParagraphCount) ko / \(s.englishParagraphCount) en, \(s.beadCount) beads"
                    if let translator = s.translator { line += ", tr. \(translator)" }
                    print(line + "]")
                }
                print("\(summaries.count) pair\(summaries.count == 1 ? "" : "s")")
            } catch {
                exitWithCorpusError(error)
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "A pair's metadata and its alignment side by side.")
        @Argument(help: "Pair id (see pairs list).") var id: Int64
        @OptionGroup var storeOptions: CorpusStoreOptions

        func run() async throws {
            do {
                guard let pair = try storeOptions.openExisting().pair(id: id) else {
                    throw InputError(message: "no pair with id \(id)", hint: "see kogloss pairs list")
                }
                print("pair \(pair.id): \(pair.title ?? "(untitled)")")
                if let url = pair.url { print("url: \(url)") }
                if let date = pair.date { print("date: \(date)") }
                if let translator = pair.translator { print("translator: \(translator)") }
                if let en = pair.content.englishFile, let ko = pair.content.koreanFile { print("files: \(en) + \(ko)") }
                print("content hash: \(pair.contentHash)")
                print("imported: \(pair.createdAt), updated: \(pair.updatedAt)\n")
                let korean = Article(text: pair.koreanText, paragraphs: pair.koreanParagraphs)
                let english = Article(text: pair.englishText, paragraphs: pair.englishParagraphs)
                let width = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
                print(SideBySideView.render(korean: korean, english: english, alignment: Alignment(beads: pair.beads), width: width,
                                            koreanName: pair.content.koreanFile ?? "Korean", englishName: pair.content.englishFile ?? "English"),
                      terminator: "")
            } catch {
                exitWithCorpusError(error)
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a pair from the corpus.")
        @Argument(help: "Pair id (see pairs list).") var id: Int64
        @OptionGroup var storeOptions: CorpusStoreOptions

        func run() async throws {
            do {
                guard try storeOptions.openExistingForWriting().removePair(id: id) else {
                    throw InputError(message: "no pair with id \(id)", hint: "see kogloss pairs list")
                }
                print("removed pair \(id)")
            } catch {
                exitWithCorpusError(error)
            }
        }
    }
}
