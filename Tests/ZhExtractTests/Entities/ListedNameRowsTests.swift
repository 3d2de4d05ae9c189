import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Names that no pattern finds, listed as rows (issue 15 items 3-5): bodies and companies of
/// `entities-organizations.tsv` (the Chinese Super League, Hitachi, Taipei Exchange's 櫃買中心,
/// Bursa Malaysia's 马交所, Singapore's 建屋局), places of `entities-places.tsv` (Shenzhen's
/// 前海, Singapore's 兀兰 and 大士), box-office data apps of `entities-products.tsv`, and the short
/// forms of `entity-aliases.tsv` that are common words elsewhere, with their contexts (东盟, 空中巴士,
/// 日立, 中超, 前海, 大士). Sentences written for these tests.
@Suite struct ListedNameRowsTests {
  /// Every mention of the sentence, as "surface type start-end id" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    ("中国与东盟的贸易额继续增长。", ["中国 location 0-2 place:cn", "东盟 organization 3-5 org:asean"]),
    ("东协秘书处发表声明。", ["东协 organization 0-2 org:asean"]),
    ("航空公司租賃兩架空中巴士A321neo客機。", ["空中巴士 organization 8-12 org:airbus"]),
    (
      "日本日立製作所將交付新列車，與日立簽約的公司。",
      ["日本 location 0-2 place:jp", "日立製作所 organization 2-7 org:hitachi", "日立 organization 15-17 org:hitachi"]
    ),
    ("日立公司宣布裁员。", ["日立公司 organization 0-4 org:hitachi"]),
    (
      "中超联赛新赛季开幕，中超球队纷纷引援。",
      ["中超联赛 organization 0-4 org:chinese-super-league", "中超 organization 10-12 org:chinese-super-league"]
    ),
    ("公司在深圳前海设立子公司。", ["深圳 location 3-5 place:cn-shenzhen", "前海 location 5-7 place:cn-qianhai"]),
    ("他在兀兰的组屋住了十年。", ["兀兰 location 2-4 place:sg-woodlands"]),
    ("新加坡大士码头今年扩建。", ["新加坡 location 0-3 place:sg", "大士码头 location 3-7 place:da-shi-ma-tou-18ec36"]),
    ("櫃買中心公告兩檔新股上櫃。", ["櫃買中心 organization 0-4 org:tpex"]),
    ("公司向马交所报备季度业绩。", ["马交所 organization 3-6 org:bursa-malaysia"]),
    (
      "建屋发展局今年推出新组屋，建屋局表示反应热烈。",
      ["建屋发展局 organization 0-5 org:sg-hdb", "建屋局 organization 13-16 org:sg-hdb"]
    ),
    ("据猫眼专业版数据，影片票房破十亿。", ["猫眼专业版 product 1-6 product:maoyan-pro"]),
    ("灯塔专业版预测周末票房。", ["灯塔专业版 product 0-5 product:beacon-pro"]),
  ])
  func names(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  /// The short forms inside other words, or without their context, name nothing.
  @Test(arguments: [
    "他乘坐空中巴士前往机场。",
    "每日立即更新。",
    "超市里的中超市价格实惠。",
    "目前海外市场需求疲弱。",
    "观音大士像供奉于寺内。",
  ])
  func namesNone(sentence: String) {
    #expect(mentions(sentence) == [], "\(sentence)")
  }

  /// 今日立法会: the path reads 今日|立法会, and 日立 is no company there.
  @Test func legislatureAfterToday() {
    #expect(mentions("今日立法会审议预算。") == ["立法会 organization 2-5 org:hk-legco"])
  }
}
