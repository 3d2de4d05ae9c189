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
  ],
  targets: [
    // MARK: - ICU
    // A thin C shim over the system ICU (libicu-dev). Its public header uses only
    // <stdint.h> types, so it never clashes with Foundation's own ICU headers.
    .target(
      name: "CICUShim",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
    ),

    // MARK: - Library
    // The pipeline: Ingest → Text → Money / Dates / Entities → Emit. `API/` is the public surface.
    .target(name: "ZhExtract", dependencies: ["CICUShim", .product(name: "Crypto", package: "swift-crypto")]),

    // MARK: - Command-line tool
    .executableTarget(
      name: "zhextract",
      dependencies: ["ZhExtract", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),

    // MARK: - Tests
    .target(name: "ZhExtractTestSupport", dependencies: ["ZhExtract"], path: "Sources/ZhExtractTestSupport"),
    .testTarget(name: "ZhExtractTests", dependencies: ["ZhExtract", "ZhExtractTestSupport", "CICUShim"]),
    .testTarget(name: "ZhExtractGoldenTests", dependencies: ["ZhExtract", "ZhExtractTestSupport"]),
    .testTarget(name: "zhextractCLITests", dependencies: ["zhextract", "ZhExtractTestSupport"]),
  ]
)
