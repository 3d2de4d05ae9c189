import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Words at the edges of places and names that show where a mention starts (issue 15 item 1): a
/// common word before a place found inside a chain's child, a preposition before a place or as a
/// family name. Sentences written for these tests; spans as the binary gives them.
@Suite struct PlaceAndNameEdgeTests {
  /// Every mention of the sentence, as "surface type start-end" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  /// A chain's child that holds a place found before ending where it ends, with a common word of
  /// the path before that place, is no child: the place stands alone (上海|落户|南昌市).
  @Test(arguments: [
    ("上海落户南昌市。", ["上海 location 0-2", "南昌市 location 4-7"]),
    ("瓯江城际铁路温州至丽水段今天开通。", ["江城 location 1-3", "温州 location 6-8", "丽水 location 9-11"]),
    // A character that is no word of its own joins the place's name (沫河口镇).
    ("淮上区沫河口镇的村民", ["淮上区 location 0-3", "沫河口镇 location 3-7"]),
  ])
  func commonWordBeforeAPlaceInAChain(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  /// A family name that is a preposition or a conjunction (由 向) at a clause's start begins a name
  /// only before a name follower, a cue or the clause's end.
  @Test(arguments: [
    ("设备向迈瑞医疗采购。", [String]()),
    ("向华强说，影片下月上映。", ["向华强 person 0-3"]),
    ("向周立恒请教。", ["周立恒 person 1-4"]),
    ("由王建国担任组长。", ["王建国 person 1-4"]),
  ])
  func prepositionAsFamilyName(sentence: String, expected: [String]) {
    #expect(mentions(sentence).filter { $0.contains(" person ") } == expected, "\(sentence)")
  }

  /// A place of two characters begun by a preposition of place (从江, a county) whose last character
  /// starts a longer place is that place after the preposition.
  @Test(arguments: [
    ("材料将从江门发往韩国。", ["江门 location 4-6", "韩国 location 8-10"]),
    ("他从江西来。", ["江西 location 2-4"]),
    ("他来自从江县。", ["从江县 location 3-6"]),
  ])
  func placeAfterAPreposition(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  /// A title after a name that the path reads as the start of a longer word is no cue (许可费|总额:
  /// the total); a role there still is (王国生|总经理).
  @Test(arguments: [
    ("首期许可费3000万元，后续许可费总额不超过1.2亿元。", [String]()),
    ("王国生总经理表示，公司将扩产。", ["王国生 person 0-3"]),
  ])
  func titleInsideAWord(sentence: String, expected: [String]) {
    #expect(mentions(sentence).filter { $0.contains(" person ") } == expected, "\(sentence)")
  }
}
