import Testing
@testable import ZhExtract

/// One extractor with the bundled lexicons for every entity test. If the lexicons do not
/// load, every entity test fails (and `bundledLexiconLoadsWithoutProblems` says why) instead
/// of the test process crashing.
enum EntityFixture {
  static let extractor: Extractor? = try? Extractor()

  static func entities(_ text: String) -> [EntityMention] {
    guard let extractor else {
      Issue.record("the bundled lexicons do not load")
      return []
    }
    guard case .document(let doc) = extractor.extract(text: text, id: "test") else { return [] }
    return doc.entities
  }

  /// `surface → id` of every mention, in order.
  static func ids(_ text: String) -> [String] { entities(text).map { "\($0.text)→\($0.id)" } }
}
