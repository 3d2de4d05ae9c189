import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Short forms of a body in one document, media by where they stand, venues as places (issue 15
/// items 3 and 4: rules `entities.alias`, `entities.media-cue`, `entities.place-suffix`). Sentences
/// written for these tests.
@Suite struct ShortFormAndMediaTests {
  /// Every mention of the sentence, as "surface type start-end" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  @Test(arguments: [
    // A short form in parentheses, then alone: one id for all three.
    (
      "房屋委员会(房委会)昨日开会，房委会主席表示支持。",
      ["房屋委员会 organization 0-5", "房委会 organization 6-9", "房委会 organization 15-18"]
    ),
    // A committee's short form by the first characters of its words, without a parenthesis.
    ("房屋委员会昨天开会，房委会主席表示支持。", ["房屋委员会 organization 0-5", "房委会 organization 10-13"]),
  ])
  func shortFormsOfABody(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
    #expect(Set(EntityFixture.entities(sentence).map(\.id)).count == 1, "\(EntityFixture.ids(sentence))")
  }

  @Test(arguments: [
    // The first characters of the name's first two words (邯郸|钢铁|集团 → 邯钢), later, as words.
    (
      "邯郸钢铁集团今年利润大增。各地企业都在学习邯钢的经验，邯钢表示将继续改革。",
      [
        "邯郸钢铁集团→org:han-dan-gang-tie-ji-tuan-042e0f 0-6", "邯钢→org:han-dan-gang-tie-ji-tuan-042e0f 21-23",
        "邯钢→org:han-dan-gang-tie-ji-tuan-042e0f 27-29",
      ]
    ),
    // The first character and the last of a two-character form (亚洲|开发|银行 → 亚行).
    (
      "亚洲开发银行行长在会上发言。他说，亚行将向受灾国家提供贷款。",
      ["亚洲开发银行→org:asia-development-bank 0-6", "亚行→org:asia-development-bank 17-19"]
    ),
    // Before the full name the short form names nothing yet.
    ("邯钢表示将继续改革。邯郸钢铁集团今年利润大增。", ["邯郸钢铁集团→org:han-dan-gang-tie-ji-tuan-042e0f 10-16"]),
  ])
  func abbreviationsByFirstCharacters(sentence: String, expected: [String]) {
    #expect(EntityFixture.entities(sentence).map { "\($0.text)→\($0.id) \($0.start)-\($0.end)" } == expected, "\(sentence)")
  }

  @Test(arguments: [
    // One character and 报 between a source cue and a verb of reporting.
    ("据澜报报道，谈判已经破裂。", ["澜报 organization 1-3"]),
    ("援引东海晨报消息，该市将扩建港口。", ["东海晨报 organization 2-6"]),
    // A medium that starts a dateline; the place in it is part of it.
    ("香港经济新闻 2025年10月21日\n港股今日收市上升。", ["香港经济新闻 organization 0-6", "港 location 19-20"]),
  ])
  func mediaByWhereTheyStand(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  /// The source in a dateline: after a source label and a colon, or beside the stamp in a short line.
  @Test(arguments: [
    ("标题\n2026年03月05日 10:30　来源：医药经济观察\n正文。", ["医药经济观察 organization 24-30"]),
    ("標題\n2026-07-06 14:30　工商快報\n正文。", ["工商快報 organization 20-24"]),
    ("标题\n鹏城科技网　2026年5月3日 09:00\n正文。", ["鹏城科技网 organization 3-8"]),
    ("标题\n环球物流观察 | 2026-05-03 09:00\n正文。", ["环球物流观察 organization 3-9"]),
    ("香港｜09/07/2026 18:05｜維港財經通訊社\n正文。", ["香港 location 0-2", "維港財經通訊社 organization 20-27"]),
  ])
  func mediaInADateline(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  @Test(arguments: [
    "标题\n2026-05-03 08:30　来源：本报　记者 钟毓\n正文。",  // 本报 is this paper; 钟毓 follows a byline word
    "标题\n记者 钟毓　2026年5月3日 09:00\n正文。",
    "标题\n2026年5月3日 星期日　北京\n正文。",  // a weekday and a place
    "新规 2026年起实施\n正文。",  // a headline: the part beside 新规 is no stamp
  ])
  func noMediumInADateline(_ text: String) {
    #expect(!EntityFixture.entities(text).contains { $0.type == "organization" }, "\(mentions(text))")
  }

  @Test(arguments: [
    "据报道，谈判已经破裂。",
    // 报道 is the verb, not the end of a medium's name.
    "据新闻报道称，谈判已经破裂。",
  ])
  func reportingWithoutAMedium(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).isEmpty, "\(mentions(sentence))")
  }

  @Test(arguments: [
    // Stations and venues after a place are places, as MSRA marks them.
    ("杭州东站今天客流创新高。", ["杭州东站 location 0-4"]),
    ("比赛在朝阳体育馆举行，中国美术馆也人满为患。", ["朝阳体育馆 location 3-8", "中国美术馆 location 11-16"]),
  ])
  func venuesAfterAPlace(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test func quotedNameAfterAService() {
    #expect(mentions("公司计划发布新一代换电服务“云帆快换”。") == ["云帆快换 product 14-18"])
  }
}
