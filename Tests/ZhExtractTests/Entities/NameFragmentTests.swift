import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Names found with the wrong extent, session 23 (issue 15): a person read from a fragment of a place's or a
/// company's name (金|吉景苑, 大|华继显), a common family name the table had missed (萧), the Federal Reserve as Hong
/// Kong writes it (联储局), and a company's short form after the place its full name begins with (温州|鸿达). Sentences
/// written for these tests.
@Suite struct NameFragmentTests {
  /// Every mention of the sentence, as "surface type start-end" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  private func people(_ sentence: String) -> [String] {
    EntityFixture.people(sentence).map { "\($0.text) \($0.start)-\($0.end)" }
  }

  // MARK: a person's candidate at an estate's or a checkpoint's name (`name-place-end`)

  /// Without a cue, given characters that end with 苑 or 关卡, or that 苑 follows, are a place's, no person's; a cue
  /// keeps the name.
  @Test(arguments: [
    ("他们住在林丽景苑的三房式单位。", [String]()),
    ("车辆经马兰关卡出境，排队两小时。", [String]()),
    ("董事长林景苑表示，公司业绩稳定。", ["林景苑 3-6"]),
  ])
  func placeEnds(sentence: String, expected: [String]) {
    #expect(people(sentence) == expected, "\(sentence)")
  }

  // MARK: a family name that ends a word begun by the character before it

  /// 大|华明远: 大华 is a word of the dictionary and 大 stands alone on the path, so 华明远 is no person. A role title
  /// before the family name (议员|林志豪: 员林 is a word too) keeps the name.
  @Test(arguments: [
    ("大华明远分析师指出，股价偏高。", [String]()),
    ("议员林志豪表示支持。", ["林志豪 2-5"]),
  ])
  func familyNameInsideAWord(sentence: String, expected: [String]) {
    #expect(people(sentence) == expected, "\(sentence)")
  }

  // MARK: 萧, a common family name

  @Test(arguments: [
    ("辩护律师萧明远表示，将提出上诉。", ["萧明远 4-7"]),
    ("辯護律師蕭明遠表示，將提出上訴。", ["蕭明遠 4-7"]),
  ])
  func familyNameXiao(sentence: String, expected: [String]) {
    #expect(people(sentence) == expected, "\(sentence)")
  }

  // MARK: 联储局, the Federal Reserve

  @Test func federalReserveBureau() {
    #expect(EntityFixture.ids("联储局宣布减息。") == ["联储局→org:federal-reserve"])
  }

  // MARK: a short form after the place its full name begins with (`EntityLinker.joinLeadingPlaces`)

  /// 温州|鸿达 after 温州鸿达纺织有限公司 is one mention with the company's id; a short form without the place, or after
  /// another place, stays as it was.
  @Test(arguments: [
    ("温州鸿达纺织有限公司昨日公告。温州鸿达表示，订单充足。", ["温州鸿达纺织有限公司 organization 0-10", "温州鸿达 organization 15-19"]),
    ("温州鸿达纺织有限公司昨日公告。鸿达纺织表示，订单充足。", ["温州鸿达纺织有限公司 organization 0-10", "鸿达纺织 organization 15-19"]),
    ("温州鸿达纺织有限公司昨日公告。杭州鸿达表示，订单充足。", ["温州鸿达纺织有限公司 organization 0-10", "杭州 location 15-17", "鸿达 organization 17-19"]),
  ])
  func shortFormAfterItsPlace(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
    let ids = Set(EntityFixture.entities(sentence).filter { $0.type == "organization" }.map(\.id))
    #expect(ids.count == 1, "\(sentence)")
  }
}
