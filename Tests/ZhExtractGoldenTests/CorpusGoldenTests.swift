import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// `Corpus/*.txt` → `Tests/Golden/*.json`: every behaviour change shows as a diff.
/// Re-record with `ZHEXTRACT_RECORD=1 swift test --filter CorpusGoldenTests`.
@Suite struct CorpusGoldenTests {
  static let extractor = Result { try Extractor() }

  static func extract(_ name: String) throws -> DocumentResult {
    let bytes = try [UInt8](Data(contentsOf: PackagePaths.corpus.appendingPathComponent(name)))
    return try extractor.get().extract(bytes: bytes, id: name, path: "Corpus/\(name)")
  }

  @Test(arguments: try PackagePaths.corpusFiles().map(\.lastPathComponent))
  func corpusArticleMatchesGolden(name: String) throws {
    let result = try Self.extract(name)
    let golden = PackagePaths.golden.appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".json"))
    if let problem = GoldenFile.check(result.jsonText(pretty: true) + "\n", against: golden) {
      Issue.record(Comment(rawValue: problem))
    }
  }

  /// The direct writer equals the tree statement of the contract (`referenceJSON`), compact
  /// and indented, on every article.
  @Test(arguments: try PackagePaths.corpusFiles().map(\.lastPathComponent))
  func directWriterEqualsTheReferenceTree(name: String) throws {
    let result = try Self.extract(name)
    for pretty in [false, true] {
      #expect(result.jsonBytes(pretty: pretty) == JSONWriter(pretty: pretty).bytes(result.referenceJSON), "pretty: \(pretty)")
    }
  }
}
