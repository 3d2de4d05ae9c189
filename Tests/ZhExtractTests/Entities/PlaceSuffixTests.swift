import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Places by their last word and the first-level divisions of other countries (issue 15 item 4:
/// rule `entities.place-suffix`, table `entities-places-divisions.tsv`). Sentences written for
/// these tests.
@Suite struct PlaceSuffixTests {
  /// Every mention of the sentence, as "surface type start-end" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  @Test(arguments: [
    // A division after an unknown name.
    ("他家住在红庄乡。", ["红庄乡 location 4-7"]),
    // The name model must not read a place as a person.
    ("他们来到麦禾营镇。", ["麦禾营镇 location 4-8"]),
    ("老人住在北庄村。", ["北庄村 location 4-7"]),
  ])
  func divisionAfterAnUnknownName(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Old towns, villages, terraces and wetlands by their last word (古镇 侗寨 梯田 湿地公园).
    ("游客涌入下司古镇。", ["下司古镇 location 4-8"]),
    ("肇兴侗寨的鼓楼很有名。", ["肇兴侗寨 location 0-4"]),
    ("加榜梯田进入最佳观赏期。", ["加榜梯田 location 0-4"]),
    ("鄱阳湖湿地公园迎来候鸟。", ["鄱阳湖湿地公园 location 0-7"]),
    // Alone, or after a word that is no name, the word names no place.
    ("一个小镇和特色小镇都在发展区，古镇游升温。", []),
  ])
  func featureWordsOfPlaces(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A division after a known place keeps the place's record.
    ("美国塔科马市开始调查此事。", ["美国 location 0-2", "塔科马市 location 2-6"]),
    // A zone, an airport or a peninsula after a place is a place of its own.
    ("苏州新区以外向型经济为主。", ["苏州新区 location 0-4"]),
    ("代表团抵达德黑兰机场。", ["德黑兰机场 location 5-10"]),
    ("朝鲜半岛局势趋于缓和。", ["朝鲜半岛 location 0-4"]),
    ("游客涌入苏州工业园区。", ["苏州工业园区 location 4-10"]),
  ])
  func suffixAfterAPlace(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A zone, a plant or a station after an unknown name of whole words (issue 15 item 4).
    ("东津新区建设加快。", ["东津新区 location 0-4"]),
    ("市民在东湖公园散步。", ["东湖公园 location 3-7"]),
    // A longer suffix after a known place: development zones, their short forms, power plants.
    ("襄阳高新技术产业开发区今年引进项目。", ["襄阳高新技术产业开发区 location 0-11"]),
    ("武汉经开区出台新政策。", ["武汉经开区 location 0-5"]),
    ("台中电厂也在检修。", ["台中电厂 location 0-4"]),
  ])
  func zoneOrPlantAfterAName(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "我们到新区参观。",  // a preposition, no name before the suffix
    "这个开发区很大。",  // a pronoun
    "各个新区都在发展。",
    "学校体育馆正在维修。",  // a common noun is no name
    "记者来到高新区采访。",
    "县里的码头正在扩建。",
    "他去了市场和车站。",
  ])
  func longSuffixesWithoutANameNameNoPlace(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "location" }.map(\.text) == [], "\(sentence)")
  }

  @Test func divisionKeepsThePlacesID() throws {
    let ids = EntityFixture.entities("塔科马位于华盛顿州，塔科马市的港口很繁忙。").filter { $0.text.hasPrefix("塔科马") }.map(\.id)
    #expect(ids.count == 2)
    #expect(Set(ids).count == 1, "\(ids)")
  }

  @Test(arguments: [
    "北京市场的菜价平稳。",  // 市 starts the word 市场
    "美国州长会议今天开幕。",  // 州长
    "他回到日本乡村生活。",  // 乡村
    "该县今年粮食丰收。",  // a pronoun before the division
    "全村的人都来了。",  // a word of the dictionary
  ])
  func suffixesThatEndNoPlace(_ sentence: String) {
    let places = EntityFixture.entities(sentence).filter { $0.type == "location" }.map(\.text)
    #expect(!places.contains { $0.count >= 2 && ["市", "州", "乡", "县", "村"].contains(String($0.last!)) && !["北京市"].contains($0) }, "\(places)")
  }

  @Test(arguments: [
    ("熊本的游客增加了。", "熊本"),
    ("青森县今年苹果丰收。", "青森县"),
    ("昆士兰州发生洪灾。", "昆士兰州"),
    ("新界和九龙的居民出行受阻。", "新界"),
    ("新界和九龙的居民出行受阻。", "九龙"),
  ])
  func divisionsOfOtherCountriesAndHongKong(sentence: String, place: String) {
    #expect(EntityFixture.entities(sentence).contains { $0.text == place && $0.type == "location" }, "\(place) in \(sentence)")
  }

  @Test(arguments: [
    "扩大分歧无益于合作。",  // 大分 is no Japanese prefecture here
    "西北地区气温下降。",  // a region of China, not Canada's Northwest Territories
  ])
  func divisionNamesThatAreWords(_ sentence: String) {
    #expect(!EntityFixture.entities(sentence).contains { $0.id.hasPrefix("place:jp-") || $0.id.hasPrefix("place:ca-") }, "\(sentence)")
  }
}
