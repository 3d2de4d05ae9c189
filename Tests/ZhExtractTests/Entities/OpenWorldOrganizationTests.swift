import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Organisations by their last word that needed a proper name before it (issue 15 item 3): a
/// place before a common noun that ends with a body suffix; and
/// places of the lexicon that a longer common word holds, which are no mention. Sentences written
/// for these tests.
@Suite struct OpenWorldOrganizationTests {
  @Test(arguments: [
    "⟦德国铁路局⟧一位官员说。",
    "⟦郑州市公安局⟧发布通告。",
  ])
  func nameBeforeASuffix(marked: String) throws {
    let text = MarkedText(marked)
    let mention = try #require(EntityFixture.entities(text.text).first { $0.type == "organization" }, "no organisation in \(text.text)")
    #expect([mention.start, mention.end] == text.span(0), "\(mention.text) in \(text.text)")
    #expect(mention.source == "pattern")
  }

  @Test(arguments: [
    "买保险最好亲自去保险公司。",  // a dictionary word that ends with 公司
    "一家生物科技公司宣布裁员。",  // industry words and 公司 are a class
    "许多美国公司在当地设厂。",  // a place and 公司
    "世界经济格局正在变化。",  // 格局 is too short to be a body
    "水泥厂不同意他辞职。",  // a common noun with no place before it
  ])
  func classesThatAreNoName(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "organization" }.map(\.text) == [])
  }

  @Test(arguments: [
    ("发展中国家的增长加快。", "中国"),
    ("沿海地区的工厂复工了。", "海地"),
    ("这里被定为国家级重点示范县。", "范县"),
    ("农业是全县的半壁江山。", "江山"),
  ])
  func placeInsideACommonWordIsNoMention(sentence: String, place: String) {
    #expect(!EntityFixture.entities(sentence).map(\.text).contains(place))
  }

  @Test func placeAtTheStartOfACommonWordStays() {
    #expect(EntityFixture.entities("中国人的饭碗要端在自己手里。").map(\.text) == ["中国"])
  }
}
