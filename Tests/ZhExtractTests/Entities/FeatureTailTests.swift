import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Places named by a feature's tail (`feature-tail`: 港 湾 岛) after a stem, the tail after a place,
/// and the boundaries around them (issue 15 item 4, rule `entities.place-suffix`). Sentences written for
/// these tests; spans and ids as the binary gives them.
@Suite struct FeatureTailTests {
  /// Every mention of the sentence, as "surface type start-end" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  private func places(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "location" }.map(\.text)
  }

  @Test(arguments: [
    // A common noun right after a place is the stem of a port or a bay inside it.
    ("货轮从重庆果园港出发。", ["重庆 location 3-5", "果园港 location 5-8"]),
    ("他在三亚海棠湾买了别墅。", ["三亚 location 2-4", "海棠湾 location 4-7"]),
    // After a place alone, the tail names the port (its own id, not the city's).
    ("九江港彭泽港区正在扩建。", ["九江港 location 0-3", "彭泽港区 location 3-7"]),
    // A pronoun of two characters stands before a place's name.
    ("其中乌镇景区最受欢迎。", ["乌镇景区 location 2-6"]),
  ])
  func featureAfterAStem(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test func aPortIsNoCity() {
    let ids = EntityFixture.ids("货轮从九江港出发，九江的码头很忙。")
    #expect(ids.first == "九江港→place:jiu-jiang-gang-1e82be", "\(ids)")
    #expect(ids.contains("九江→place:cn-360400"), "\(ids)")
  }

  @Test(arguments: [
    ("香港海港城人流如织。", ["香港", "海港城"]),  // 港 inside a word of the path: no tail
    ("三大港口吞吐量增长。", []),  // a count of a class
    ("八大景区门票半价。", []),
    ("全岛停电两小时。", []),  // a stem of one character
    ("大小岛屿星罗棋布。", []),
    ("卖家在亚马逊欧洲站开店。", ["欧洲"]),  // a continent or a country has no one station
    ("他在德国站稳了脚跟。", ["德国"]),
    ("今年冬天全市降雪。", []),  // 天全 (a county) cut at both ends by 冬天 and 全市
    ("今年1至10月北市新增就业。", []),  // 月 of a date is no name's character
  ])
  func noFeatureThere(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  /// A number right after the tail makes the whole a vessel's name (肇兴港88号), no place.
  @Test func aNumberAfterTheTailNamesAVessel() {
    let found = places("父子驾着肇兴港88号木船出行。")
    #expect(!found.contains { $0.hasSuffix("港") }, "\(found)")
  }
}
