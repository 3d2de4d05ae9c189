import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Roads named by their number (issue 15 item 4: rule `entities.numbered-road`, cues `road-prefix`
/// and `road-tail`). Sentences written for these tests.
@Suite struct NumberedRoadTests {
  /// The places of the sentence, as "surface start-end id" in analysis offsets.
  private func places(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "location" }.map { "\($0.text) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    // Taiwan's provincial, national and county roads, in Traditional script; a branch road (甲).
    ("事故发生在台78線西向。", ["台78線 5-9 place:tai-78-xian-f00725"]),
    ("國道1號北上車流量大增。", ["國道1號 0-4 place:guo-dao-1-hao-03e432"]),
    ("縣道145線因落石封閉。", ["縣道145線 0-6 place:xian-dao-145-xian-d2e447"]),
    ("台1甲線今天下午恢復通車。", ["台1甲線 0-4 place:tai-1-jia-xian-e6c4b3"]),
    // A mainland national road, before a place.
    ("国道107线河南段正在改造。", ["国道107线 0-6 place:guo-dao-107-xian-6a8c12", "河南 6-8 place:cn-henan"]),
  ])
  func roads(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "舞台78号演员登场。",  // 台 ends a word (舞台)
    "两台3号机组停运。",  // a measure word
    "他住在5号楼，坐公交8路线。",  // no class of road
    "平台3号产品上线。",
  ])
  func noRoad(sentence: String) {
    #expect(places(sentence) == [], "\(sentence)")
  }
}
