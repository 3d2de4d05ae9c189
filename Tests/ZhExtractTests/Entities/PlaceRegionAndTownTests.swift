import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Places cut short or read where there is none (issue 15, session 19): a company's sales region
/// (亚太|区), a direction word that begins with a region (东北部), a town named like a listed company
/// (金洲|镇), the endings 新发展区 旅游度假区 航空港 and a station after a name (黄沙|站), and two islands of
/// Asia. Sentences written for these tests; spans as the binary gives them.
@Suite struct PlaceRegionAndTownTests {
  /// Every mention of the sentence, as "surface type start-end" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  private func places(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "location" }.map(\.text)
  }

  @Test(arguments: [
    // A region or a country with 区 as a word of its own is a company's region of sales: no place.
    ("该公司欧洲区副总裁出席了签约仪式。", [String]()),
    ("这家航运公司亚太区的业务增长了一成。", []),
    // 区域 is a word of its own: the region stays.
    ("亚太区域合作不断深化。", ["亚太"]),
    ("这家公司把总部搬到了亚太。", ["亚太"]),
  ])
  func salesRegions(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A direction word that begins with a region's name is a direction (the north-east part).
    ("考古人员在遗址东北部清理出一处作坊。", [String]()),
    ("这次降雨集中在四川西南部。", ["四川"]),
    // The region alone, or before a word that is no direction, stays.
    ("东北的冬天很冷。", ["东北"]),
    ("东北地区迎来降雪。", ["东北"]),
  ])
  func directionWordsThatBeginWithARegion(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A listed company's short name (金洲) before a town's suffix is the town.
    ("新工厂已在宁乡市金洲镇投产。", ["宁乡市 location 5-8", "金洲镇 location 8-11"]),
    // Before a word that holds the suffix's character, the company stays a company.
    ("金洲的股价今天上涨。", ["金洲 organization 0-2"]),
  ])
  func townNamedLikeACompany(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A new development area, a tourist resort and an airport economy zone after a place.
    ("政府公布了洪水桥新发展区的规划。", ["洪水桥新发展区 location 5-12"]),
    ("游客涌入长白山旅游度假区。", ["长白山旅游度假区 location 4-12"]),
    ("郑州航空港的货运量增长了两成。", ["郑州航空港 location 0-5"]),
  ])
  func zonesAfterAPlace(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // 站 after a place word of the dictionary, a word of its own: a station (feature-tail).
    ("车辆在黄沙站和加油站之间。", ["黄沙站 location 3-6"]),
    // A function word or a common noun before it names no station (本站 该站 记者站 加油站).
    ("他在记者站工作，本站消息，该站将关闭。", []),
  ])
  func stationAfterAName(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    ("旅客从济州岛和槟城回国。", ["济州岛", "槟城"])
  ])
  func islandsOfAsia(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }
}
