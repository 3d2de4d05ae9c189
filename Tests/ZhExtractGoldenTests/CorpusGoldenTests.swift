import Foundation
import Testing
import ZhExtract
import ZhExtractTestSupport

/// `Corpus/*.txt` → `Tests/Golden/*.json`: every behaviour change shows as a diff.
/// Re-record with `ZHEXTRACT_RECORD=1 swift test --filter CorpusGoldenTests`.
@Suite struct CorpusGoldenTests {
  static let extractor = Result { try Extractor() }

  @Test(arguments: try PackagePaths.corpusFiles().map(\.lastPathComponent))
  func corpusArticleMatchesGolden(name: String) throws {
    let bytes = try [UInt8](Data(contentsOf: PackagePaths.corpus.appendingPathComponent(name)))
    let result = try Self.extractor.get().extract(bytes: bytes, id: name, path: "Corpus/\(name)")
    let golden = PackagePaths.golden.appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".json"))
    if let problem = GoldenFile.check(result.jsonText(pretty: true) + "\n", against: golden) {
      Issue.record(Comment(rawValue: problem))
    }
  }
}
