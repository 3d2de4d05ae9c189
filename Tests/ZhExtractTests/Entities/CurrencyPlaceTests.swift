import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// A place between an amount and a `currency-word` (元 币) names the currency, no place
/// (`EntityExtractor.dropPlacesOfCurrencies`). Sentences written for these tests.
@Suite struct CurrencyPlaceTests {
  /// Every mention of the sentence, as "surface type start-end id" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    "房價為每晚1,650澳門元。",
    "全年收入183.5億澳門元。",
    "門票售價為100新加坡元。",
  ])
  func currencyNamesNoPlace(sentence: String) {
    #expect(mentions(sentence) == [], "\(sentence)")
  }

  @Test(arguments: [
    // No amount before the place, or no currency word after it: the place stays.
    ("他在新加坡花了100元。", ["新加坡 location 2-5 place:sg"]),
    ("去年有3家澳門企業來訪。", ["澳門 location 5-7 place:mo"]),
  ])
  func placeStays(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }
}
