import Foundation
import Testing
import ZhExtract
import ZhExtractTestSupport

/// Replays every input in `Tests/Fixtures/fuzz-regressions/` (crashes and slow inputs that
/// the fuzzer or the hostile-input work found, kept once fixed) through the whole pipeline under
/// every markup format: each must give sound output (`OutputInvariants`).
@Suite struct FuzzRegressionTests {
  static let directory = PackagePaths.root.appendingPathComponent("Tests/Fixtures/fuzz-regressions")

  static func inputs() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".") }.sorted()
  }

  @Test func thereAreInputsToReplay() throws {
    #expect(try !Self.inputs().isEmpty)
  }

  @Test(arguments: try inputs())
  func replay(_ name: String) throws {
    let extractor = try Extractor()
    let bytes = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(name)))
    for format in [nil, MarkupFormat.text, .markdown, .html] {
      let result = extractor.extract(bytes: bytes, id: name, published: "2025-12-13T08:00", markup: format)
      let original = try? extractor.analysisText(bytes: bytes, format: format).original.scalars
      #expect(OutputInvariants.violations(result, original: original) == [], "\(name) as \(format?.rawValue ?? "detected")")
    }
  }
}
