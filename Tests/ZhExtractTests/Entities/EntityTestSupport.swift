import Testing
@testable import ZhExtract

/// One extractor with the bundled lexicons for every entity test.
enum EntityFixture {
  static let extractor: Extractor = {
    do { return try Extractor() } catch { fatalError("bundled lexicons do not load: \(error)") }
  }()

  static func entities(_ text: String) -> [EntityMention] {
    guard case .document(let doc) = extractor.extract(text: text, id: "test") else { return [] }
    return doc.entities
  }

  /// `surface → id` of every mention, in order.
  static func ids(_ text: String) -> [String] { entities(text).map { "\($0.text)→\($0.id)" } }
}
