import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Bodies named by a generic word (issue 15 item 3): the word alone is an organisation, and a
/// place right before it is part of its name. Sentences written for these tests.
@Suite struct BodyWordTests {
  @Test(arguments: [
    "⟦市委⟧书记今天召集县里的干部开会。",
    "⟦县委⟧、县政府决定修建新桥。",
    // (党中央, once here, is in the CC-CEDICT gazetteer now: GazetteerTests.)
    "⟦吉林省委⟧书记到会讲话。",
    "⟦平原县委⟧、县政府转变作风。",
    "⟦中国足协⟧对此非常重视。",
    "⟦天津市妇联⟧为下岗女工开办培训班。",
    "党的⟦十五大⟧报告指出了方向。",
    "⟦美国海军⟧的舰艇抵达港口。",
    "⟦省委⟧常委会议研究了这个问题。",
  ])
  func bodyWordWithItsPlace(marked: String) throws {
    let text = MarkedText(marked)
    let mention = try #require(EntityFixture.entities(text.text).first { $0.type == "organization" }, "no organisation in \(text.text)")
    #expect([mention.start, mention.end] == text.span(0), "\(mention.text) in \(text.text)")
    #expect(mention.rule == "entities.body-word")
    #expect(mention.source == "pattern")
  }

  @Test(arguments: [
    "他是市政府的顾问。",  // 市政府 is no body word
    "政协广东省委员会召开会议。",  // 省委员会 holds no 省委
    "这是十大新闻之一。",  // 十大 is no party congress
    "海军蓝的外套很好看。",  // 海军蓝 is a colour: the word goes on
  ])
  func noBodyWord(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.rule == "entities.body-word" }.map(\.text) == [])
  }
}
