// swift-tools-version:6.0
import PackageDescription

/// Settings every target shares: Swift 6 with strict concurrency and explicit existentials.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "decompose",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DecomposeCore", targets: ["DecomposeCore"]),
        .library(name: "DecomposeScaffold", targets: ["DecomposeScaffold"]),
        .executable(name: "decompose", targets: ["decompose"]),
        .executable(name: "decompose-benchmark", targets: ["decompose-benchmark"]),
    ],
    targets: [
        .target(name: "TemplateEngine", swiftSettings: swiftSettings),
        .target(name: "DecomposeCore", swiftSettings: swiftSettings),
        .target(
            name: "DecomposeScaffold", dependencies: ["DecomposeCore", "TemplateEngine"], swiftSettings: swiftSettings),
        .target(
            name: "DecomposeCLI", dependencies: ["DecomposeCore", "DecomposeScaffold", "TemplateEngine"],
            swiftSettings: swiftSettings),
        .executableTarget(name: "decompose", dependencies: ["DecomposeCLI"], swiftSettings: swiftSettings),
        .target(name: "DecomposeTestSupport", dependencies: ["DecomposeCore"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "decompose-benchmark", dependencies: ["DecomposeCore", "DecomposeScaffold"],
            path: "Sources/DecomposeBenchmark",
            swiftSettings: swiftSettings),
        .testTarget(
            name: "TemplateEngineTests", dependencies: ["TemplateEngine", "DecomposeCore", "DecomposeScaffold"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "DecomposeCoreTests", dependencies: ["DecomposeCore", "DecomposeTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "DecomposeScaffoldTests", dependencies: ["DecomposeScaffold", "DecomposeTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "DecomposeCLITests", dependencies: ["DecomposeCLI", "DecomposeScaffold", "DecomposeTestSupport"],
            swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
