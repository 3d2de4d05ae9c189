import Testing
import ZhExtractTestSupport
@testable import ZhExtract

enum DateFixtures {
  static let extractor: Extractor = {
    do { return try Extractor() } catch { fatalError("bundled lexicons: \(error)") }
  }()

  /// The document extracted from `text` with `published` as the anchor.
  static func document(_ text: String, published: String? = nil, format: MarkupFormat? = nil) -> ExtractedDocument? {
    guard case .document(let doc) = extractor.extract(text: text, id: "t", published: published, markup: format) else { return nil }
    return doc
  }

  static func dates(_ text: String, published: String? = nil) -> [DateMention] { document(text, published: published)?.dates ?? [] }

  static func warnings(_ text: String, published: String? = nil) -> [DocumentWarning] { document(text, published: published)?.warnings ?? [] }

  /// Expects the dates of a sentence whose mentions are marked `⟦…⟧` to be exactly the marked
  /// spans, with these values in order (the form-family table tests).
  static func expectMarked(_ marked: String, published: String?, values: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let text = MarkedText(marked)
    let dates = Self.dates(text.text, published: published)
    let summary = dates.map { "\($0.text)=\($0.value)" }
    #expect(dates.map { [$0.start, $0.end] } == text.allSpans, "\(marked): \(summary)", sourceLocation: sourceLocation)
    #expect(dates.map(\.value) == values, "\(marked): \(summary)", sourceLocation: sourceLocation)
  }

  static func anchor(_ iso: String) -> DateAnchor {
    guard let anchor = DateAnchor.parse(iso) else { fatalError("bad anchor \(iso)") }
    return anchor
  }

  static func resolve(_ expression: DateExpression, _ anchor: String?) -> String? {
    switch DateResolver.resolve(expression, anchor: anchor.map(Self.anchor)) {
    case .success(let date): date.value
    case .failure: nil
    }
  }
}
