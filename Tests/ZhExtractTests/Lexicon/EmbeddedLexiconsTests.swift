import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// The tables compiled into the binary are exactly `Lexicons/*.tsv`, and every bundled
/// table passes the structural lint (header, sorted, unique).
@Suite struct EmbeddedLexiconsTests {
  @Test func embeddedTablesEqualTheFilesInLexicons() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.lexicons.path).filter { $0.hasSuffix(".tsv") }.sorted()
    #expect(EmbeddedLexicons.files.map(\.name) == names, "run python3 Scripts/embed-lexicons.py")
    for (name, contents) in EmbeddedLexicons.files {
      let onDisk = try String(contentsOf: PackagePaths.lexicons.appendingPathComponent(name), encoding: .utf8)
      #expect(contents == onDisk, "\(name) changed: run python3 Scripts/embed-lexicons.py")
    }
  }

  @Test func bundledTablesPassTheLint() {
    #expect(LexiconLinter.lintStructure(.bundled).map(\.description) == [])
  }

  @Test func bundledLexiconsBuildAnExtractor() throws {
    _ = try Extractor(lexicons: .bundled)
  }
}
