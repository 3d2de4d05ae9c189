import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// A foreign organisation written after its country (rule `entities.country-before-name`): the
/// country is a place of its own when the name begins with a name; a name that begins with a
/// common word keeps its country. Sentences written for these tests; spans as the binary gives them.
@Suite struct CountryBeforeNameTests {
  /// Every mention of the sentence, as "surface type start-end" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  @Test(arguments: [
    // A trade name the dictionary does not hold.
    ("公司与德国博世集团签下订单。", ["德国 location 3-5", "博世集团 organization 5-9"]),
    ("日本旭化成株式会社推迟投产。", ["日本 location 0-2", "旭化成株式会社 organization 2-9"]),
    // A place's name: the university of Tokyo, not of Japan.
    ("他是日本东京大学教授。", ["日本 location 2-4", "东京大学 organization 4-8"]),
  ])
  func theCountryIsAPlaceOfItsOwn(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A common word after the country: the country is part of the body's name.
    ("美国国务院发言人表示。", ["美国国务院 organization 0-5"]),
    ("美国联邦航空局昨天下令检查。", ["美国联邦航空局 organization 0-7"]),
    // China's own companies keep 中国.
    ("中国宝武钢铁集团发布公告。", ["中国宝武钢铁集团 organization 0-8"]),
    // A one-character abbreviation is no country here.
    ("据法治日报报道。", ["法治日报 organization 1-5"]),
  ])
  func theCountryStaysInTheName(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test func theShortFormLinksToTheNameWithoutItsCountry() {
    let ids = EntityFixture.ids("日本旭化成株式会社（旭化成）推迟投产，旭化成表示。")
    let full = ids.first { $0.hasPrefix("旭化成株式会社→") }?.split(separator: "→").last
    #expect(full != nil, "\(ids)")
    #expect(ids.filter { $0.hasPrefix("旭化成→") }.allSatisfy { $0.split(separator: "→").last == full }, "\(ids)")
  }
}
