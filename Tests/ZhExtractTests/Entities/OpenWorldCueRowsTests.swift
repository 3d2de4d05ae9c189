import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Cue rows of `entity-cues.tsv` for names no lexicon lists (issue 15): `org-word` Bhd Pictures Films
/// Entertainment (the last word of a Latin company's name), `place-suffix` 关卡 (a border checkpoint after its place: 罗湖关卡; alone or after a pronoun none),
/// and `not-dictionary-name` 站前广场 站前片区 (the square and the quarter before a station, in every
/// city: no place's name). Sentences written for these tests.
@Suite struct OpenWorldCueRowsTests {
  /// Every mention of the sentence, as "surface type start-end id" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    (
      "公司与Fengling Plantations Bhd签约。",
      ["Fengling Plantations Bhd organization 3-27 org:fengling-plantations-bhd"]
    ),
    (
      "北美发行由Silverline Pictures负责。",
      ["北美 location 0-2 place:region-north-america", "Silverline Pictures organization 5-24 org:silverline-pictures"]
    ),
    ("罗湖关卡人潮拥挤。", ["罗湖关卡 location 0-4 place:luo-hu-guan-ka-7c35b8"]),
    (
      "兀兰关卡及大士关卡周末拥堵。",
      ["兀兰关卡 location 0-4 place:wu-lan-guan-ka-4dcaff", "大士关卡 location 5-9 place:da-shi-guan-ka-ed5cc1"]
    ),
  ])
  func names(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // 融资 and 数据 are no industry words of a company: after a word the dictionary lacks, a class.
    "债转融资与定增融资并行。",
    "营收数据亮眼，舆情数据平稳。",
    "他在关卡等候检查。",
    "海关在各个关卡加强检查。",
    "县里规划站前片区，改善站前广场。",
    "已編列經費改善站前廣場與轉乘接駁設施。",
  ])
  func namesNone(sentence: String) {
    #expect(mentions(sentence) == [], "\(sentence)")
  }
}
