import Testing
@testable import ZhExtract
import ZhExtractTestSupport

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

  /// The person mentions of `text`, in order.
  static func people(_ text: String) -> [EntityMention] { entities(text).filter { $0.type == "person" } }

  /// Every marked span of `marked` is a person mention with that id, in order, and no other
  /// person is found.
  static func expectPeople(_ marked: String, ids: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let text = MarkedText(marked)
    let found = people(text.text)
    #expect(found.map { [$0.start, $0.end] } == ids.indices.map { text.span($0) }, "\(found.map(\.text)) in \(text.text)", sourceLocation: sourceLocation)
    #expect(found.map(\.id) == ids, sourceLocation: sourceLocation)
  }

  /// `surface → id` of every mention, in order.
  static func ids(_ text: String) -> [String] { entities(text).map { "\($0.text)→\($0.id)" } }

  /// The first product of the text of `marked`, which must span its marked ⟦…⟧ exactly.
  static func product(marked: String) throws -> EntityMention {
    let text = MarkedText(marked)
    let mention = try #require(entities(text.text).first { $0.type == "product" }, "no product in \(text.text)")
    #expect([mention.start, mention.end] == text.span(0), "\(mention.text) in \(text.text)")
    return mention
  }
}
