// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "zhextract",
  products: [
    .library(name: "ZhExtract", targets: ["ZhExtract"]),
    .executable(name: "zhextract", targets: ["zhextract"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    // `zhextract serve` only (the library never sees them). Hummingbird's default traits pull in
    // swift-configuration and full Foundation, which the server does not use.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
  ],
  targets: [
    // MARK: - ICU
    // A thin C shim over the system ICU (libicu-dev). Its public header uses only
    // <stdint.h> types, so it never clashes with Foundation's own ICU headers.
    .target(
      name: "CICUShim",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
    ),

    // The lexicon image: tables derived from Lexicons/*.tsv ahead of time, as bytes in a C array
    // (a Swift literal of that size compiles slowly); written by Scripts/generate-lexicon-image.py.
    .target(name: "CLexiconImage"),

    // MARK: - Library
    // The pipeline: Ingest → Text → Money / Dates / Entities → Emit. `API/` is the public surface.
    .target(name: "ZhExtract", dependencies: ["CICUShim", "CLexiconImage", .product(name: "Crypto", package: "swift-crypto")]),

    // MARK: - Command-line tool
    .executableTarget(
      name: "zhextract",
      dependencies: [
        "ZhExtract",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        // Serve/: the HTTP service.
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "UnixSignals", package: "swift-service-lifecycle"),
      ]
    ),

    // MARK: - Tests
    .target(name: "ZhExtractTestSupport", dependencies: ["ZhExtract"], path: "Sources/ZhExtractTestSupport"),
    .testTarget(name: "ZhExtractTests", dependencies: ["ZhExtract", "ZhExtractTestSupport", "CICUShim"]),
    .testTarget(name: "ZhExtractGoldenTests", dependencies: ["ZhExtract", "ZhExtractTestSupport"]),
    .testTarget(name: "zhextractCLITests", dependencies: ["zhextract", "ZhExtractTestSupport"]),
    // `zhextract serve` on loopback ports: a server in the test process and the real binary.
    .testTarget(
      name: "zhextractServeTests",
      dependencies: [
        "zhextract", "ZhExtract", "ZhExtractTestSupport",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ]
    ),
  ]
)
