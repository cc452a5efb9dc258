// swift-tools-version:6.1
// kogloss: terminology tooling for Korean-to-English news translation.
// Layers (dependencies point down only):
//   kogloss (CLI) -> KoglossLint -> KoglossCorpus -> KoglossAlign -> KoglossGlossary -> KoglossXML -> KoglossText
//                                                                                     \-> CLibXML2 (system libxml2)
import PackageDescription

let v5: [SwiftSetting] = [.swiftLanguageMode(.v5)]

let package = Package(
    name: "kogloss",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kogloss", targets: ["kogloss"]),
        .library(name: "KoglossLint", targets: ["KoglossLint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libxml2, linked directly (pkg-config libxml-2.0).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Unicode, Korean and English normalisation, number/date anchors, safe file writing.
        .target(name: "KoglossText", swiftSettings: v5),
        // Safe libxml2 wrappers: streaming reader, writer, HTML parser, RELAX NG validation.
        .target(name: "KoglossXML", dependencies: ["CLibXML2", "KoglossText"], swiftSettings: v5),
        // Concept-oriented termbase, TBX and CSV storage, lookup, multi-pattern term matching.
        .target(name: "KoglossGlossary", dependencies: ["KoglossText", "KoglossXML"], swiftSettings: v5),
        // Article reading (text, Markdown, HTML), paragraph classification and alignment.
        .target(name: "KoglossAlign", dependencies: ["KoglossText", "KoglossXML", "KoglossGlossary"], swiftSettings: v5),
        // SQLite corpus of aligned pairs (GRDB), full-text search, TMX exchange, URL import.
        .target(
            name: "KoglossCorpus",
            dependencies: ["KoglossText", "KoglossXML", "KoglossGlossary", "KoglossAlign", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: v5
        ),
        // Terminology lint rules, configuration, reporters (text, JSON, SARIF) and fixes.
        .target(
            name: "KoglossLint",
            dependencies: ["KoglossText", "KoglossXML", "KoglossGlossary", "KoglossAlign", "KoglossCorpus", .product(name: "Yams", package: "Yams")],
            swiftSettings: v5
        ),
        // The thin command-line front end: parses arguments and prints.
        .executableTarget(
            name: "kogloss",
            dependencies: [
                "KoglossText", "KoglossGlossary", "KoglossAlign", "KoglossCorpus", "KoglossLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: v5
        ),
        // Release-build benchmarks and deterministic data generators: `swift run -c release kogloss-bench`.
        .executableTarget(
            name: "kogloss-bench",
            dependencies: ["KoglossText", "KoglossGlossary", "KoglossAlign", "KoglossCorpus", "KoglossLint"],
            path: "Benchmarks/KoglossBench",
            swiftSettings: v5
        ),

        .testTarget(name: "KoglossTextTests", dependencies: ["KoglossText"], swiftSettings: v5),
        .testTarget(name: "KoglossXMLTests", dependencies: ["KoglossXML"], swiftSettings: v5),
        .testTarget(name: "KoglossGlossaryTests", dependencies: ["KoglossGlossary", "KoglossXML"], swiftSettings: v5),
        .testTarget(name: "KoglossAlignTests", dependencies: ["KoglossAlign", "KoglossGlossary", "KoglossText"], swiftSettings: v5),
        .testTarget(name: "KoglossCorpusTests", dependencies: ["KoglossCorpus", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: v5),
        .testTarget(name: "KoglossLintTests", dependencies: ["KoglossLint"], swiftSettings: v5),
        // End-to-end: runs the built `kogloss` binary the way a user does.
        .testTarget(name: "KoglossCLITests", dependencies: ["kogloss", "KoglossText"], swiftSettings: v5),
    ]
)
