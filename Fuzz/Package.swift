// swift-tools-version:6.1
// libFuzzer targets for kogloss's readers and pure transformations. Built and run by `scripts/fuzz.sh`
// (`-sanitize=fuzzer,address`); each target is one file: a
// function of the input bytes, handed to libFuzzer by `FuzzDriver.run` from the file's top-level code.
import PackageDescription

let v5: [SwiftSetting] = [.swiftLanguageMode(.v5)]

/// One executable per fuzz target (scripts/fuzz.sh runs `fuzz-NAME`).
let fuzzTargets = [
    "fuzz-decode",
    "fuzz-tbx",
    "fuzz-tmx",
    "fuzz-config",
    "fuzz-matcher",
    "fuzz-lint",
    "fuzz-csv",
    "fuzz-html",
    "fuzz-paragraphs",
    "fuzz-align",
]

let package = Package(
    name: "KoglossFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "kogloss", path: "..")],
    targets: [
        // Splitting fuzz input into texts and the small glossary the matcher and lint targets use.
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", .product(name: "KoglossLint", package: "kogloss")], swiftSettings: v5),
        // The declaration of libFuzzer's LLVMFuzzerRunDriver (SwiftPM gives every executable its own main).
        .target(name: "CFuzzerDriver"),
    ] + fuzzTargets.map { name in
        .executableTarget(name: name, dependencies: ["FuzzSupport", .product(name: "KoglossLint", package: "kogloss")], swiftSettings: v5)
    }
)
