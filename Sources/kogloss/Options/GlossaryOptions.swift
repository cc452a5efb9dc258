import ArgumentParser

/// `--glossary PATH`: a .tbx file or a folder of them. Default: `glossary/` in the current directory,
/// or what the config file names. Owned by the glossary work; other commands reuse it with @OptionGroup.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .long, help: "Termbase: a .tbx file or a folder of .tbx files (default: glossary/).")
    var glossary: String?
}
