import Foundation
@testable import ZhExtract

/// One extractor for all money tests, and a way to run text through the whole pipeline
/// (so Traditional and full-width input are normalised as in production).
enum MoneyFixtures {
  static let extractor: Extractor = {
    do { return try Extractor(lexicons: .bundled) } catch { fatalError("bundled lexicons: \(error)") }
  }()

  static func money(_ text: String) -> [MoneyMention] {
    document(text).money
  }

  static func document(_ text: String) -> ExtractedDocument {
    guard case .document(let doc) = extractor.extract(text: text, id: "test", published: "2025-12-13") else {
      fatalError("extraction failed for \(text)")
    }
    return doc
  }

  static func decimal(_ s: String) -> Decimal {
    Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))!
  }
}
