// swift-tools-version: 6.1
// The libFuzzer target over the whole pipeline (bytes → JSON). A package of its own, so
// that `swift build`/`swift test` at the root never needs the fuzzer runtime; build and run
// it with `Scripts/fuzz.sh MINUTES`.
import PackageDescription

let package = Package(
  name: "ZhExtractFuzz",
  dependencies: [.package(name: "zhextract", path: "..")],
  targets: [
    // SwiftPM names an executable's entry `ZhExtractFuzz_main`; this C file defines it and
    // starts libFuzzer's driver.
    .target(name: "FuzzDriver"),
    .executableTarget(
      name: "ZhExtractFuzz",
      dependencies: ["FuzzDriver", .product(name: "ZhExtract", package: "zhextract")],
      // No top-level code: the entry points are `ZhExtractFuzz_main` (C) and
      // `LLVMFuzzerTestOneInput` (Swift).
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
  ]
)
