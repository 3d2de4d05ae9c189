import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Works in 《》 with a cue of a work (issue 15 item 5, rule `entities.titled-work`: `work-noun` before
/// the title, `work-follower` after it). Sentences written for these tests.
@Suite struct TitledWorkTests {
  /// The product mentions of the sentence, as "surface start-end id" in analysis offsets.
  private func products(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "product" }.map { "\($0.text) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    // A kind of work before the title; the mention is the title without its marks.
    ("电影《远山来信》首周领先。", ["远山来信 3-7 product:yuan-shan-lai-xin-bc5b06"]),
    ("这部纪录片《星河夜渡》讲述了航运史。", ["星河夜渡 6-10 product:xing-he-ye-du-e3fd63"]),
    // A word only a work takes after it.
    ("《星河夜渡》定档春节。", ["星河夜渡 1-5 product:xing-he-ye-du-e3fd63"]),
    ("受《远山来信》票房带动，影院客流回升。", ["远山来信 2-6 product:yuan-shan-lai-xin-bc5b06"]),
  ])
  func works(sentence: String, expected: [String]) {
    #expect(products(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Laws, reports and books with no cue of a work are none.
    "国会通过了《芯片法案》。",
    "《政府工作报告》提出了目标。",
    "他读完了《红楼梦》。",
    // A cue too far from the title.
    "电影院里有人在读《远山来信》。",
    // A title with a mark the compiled pinyin table does not romanise is left alone (its id would open ICU).
    "现象级游戏《星河:夜渡》的思考。",
  ])
  func namesNone(sentence: String) {
    #expect(products(sentence) == [], "\(sentence)")
  }
}
