import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// People with no role or title around them (issue 15 item 2): foreign names that the segmenter
/// dictionary lists as people's, and a family name that the segmentation leaves alone followed
/// by a likely given name. Sentences written for these tests, with the mention marked.
@Suite struct LonePersonTests {
  @Test(arguments: [
    // (穆巴拉克 and 恩格斯, once here, are in the CC-CEDICT gazetteer now, with their English names.)
    "⟦米洛舍维奇⟧就地区局势发表了看法。",
    "比赛结束后,⟦亨德利⟧和队友一起离开。",
    "国会对⟦基里延科⟧的提名进行了表决。",
    "观众都在谈论⟦卡斯特罗⟧的书信。",
  ])
  func foreignNameTheDictionaryKnows(marked: String) throws {
    let text = MarkedText(marked)
    let found = EntityFixture.people(text.text)
    let m = try #require(found.first, "no person in \(text.text)")
    #expect(found.count == 1)
    #expect([m.start, m.end] == text.span(0), "\(m.text) in \(text.text)")
    #expect(m.rule == "entities.person-word")
    #expect(m.source == "pattern")
    #expect(m.name == nil)  // a foreign name keeps no pinyin
    #expect(m.nameZh == m.text)
  }

  @Test(arguments: [
    "代表团昨天抵达伯尔尼,会见了官员。",  // a preposition of place before it: a place
    "他们在图卢兹度假。",
    "他开来一部桑塔纳和一辆卡车。",  // a car (not-dictionary-name)
    "这是道—琼斯指数的成份股。",  // part of a longer name
    "干事彼得·皮奥在会上讲话。",  // the part after a middle dot is no name of its own
    "两张一千卢比的钞票。",
    "阿尔特\n定向增发",  // alone on a line: page chrome
  ])
  func foreignWordThatIsNoPersonHere(_ sentence: String) {
    #expect(EntityFixture.people(sentence).filter { $0.rule == "entities.person-word" }.map(\.text) == [])
  }

  @Test(arguments: [
    ("⟦江宏伟⟧重视写生。", "Jiang Hongwei"),
    ("厂长看了看⟦戚西洋⟧的账本。", "Qi Xiyang"),
    ("⟦朱力行⟧已经回到实验室。", "Zhu Lixing"),
    ("⟦邝日容⟧修理了房屋。", "Kuang Rirong"),
  ])
  func familyNameLeftAloneAndAGivenName(marked: String, name: String) throws {
    let text = MarkedText(marked)
    let m = try #require(EntityFixture.people(text.text).first, "no person in \(text.text)")
    #expect([m.start, m.end] == text.span(0), "\(m.text) in \(text.text)")
    #expect(m.rule == "entities.lone-family-name")
    #expect(m.name == name)
  }

  @Test(arguments: [
    "他们连正常水平都没有发挥。",  // 连 "even" and a common word
    "农民尽快富起来了。",
    "这家康公司很小。",
    "古代史史料很多。",
  ])
  func familyNameCharacterBeforeACommonWord(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
  }

  @Test(arguments: [
    ("他研究⟦凯恩斯⟧主义多年。", "entities.person-word"),
    ("大学生学习⟦马克思⟧主义理论。", "entities.person-word"),
    ("⟦毛泽东⟧思想是指导思想。", "entities.chinese-name"),  // the dictionary tags 毛泽东思想 a person's word
  ])
  func nameAtTheStartOfADoctrine(marked: String, rule: String) throws {
    let text = MarkedText(marked)
    let m = try #require(EntityFixture.people(text.text).first, "no person in \(text.text)")
    #expect([m.start, m.end] == text.span(0), "\(m.text) in \(text.text)")
    #expect(m.rule == rule)
  }

  @Test(arguments: [
    "修正主义受到批判。",  // 修正 is no person's word
    "他们讨论了社会主义的问题。",
  ])
  func doctrineWithoutAName(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
  }

  /// The Chinese-name rule's candidates: a name wholly of transliteration characters inside a
  /// longer run of them is the run (a foreign name), and a two-character name needs no role when
  /// the word after it starts a predicate (在 的 是) or the clause ends.
  @Test(
    arguments: [
      ("警方通报,⟦尤尔科夫⟧等人已被拘留。", "entities.transliterated-name", nil),
      ("法庭传讯了毒枭⟦奥兰迪斯⟧。", "entities.transliterated-name", nil),
      ("⟦刘斌⟧在车间里工作了十年。", "entities.chinese-name", "Liu Bin"),
      ("大家都喜欢⟦李昕⟧的歌。", "entities.chinese-name", "Li Xin"),
      ("⟦郑咏⟧是一位演员。", "entities.chinese-name", "Zheng Yong"),
      ("决赛中⟦王磊⟧六段执黑获胜。", "entities.chinese-name", "Wang Lei"),  // a rank of Go after the name
    ] as [(String, String, String?)])
  func chineseNameCandidates(marked: String, rule: String, name: String?) throws {
    let text = MarkedText(marked)
    let found = EntityFixture.people(text.text)
    let m = try #require(found.first, "no person in \(text.text)")
    #expect(found.count == 1)
    #expect([m.start, m.end] == text.span(0), "\(m.text) in \(text.text)")
    #expect(m.rule == rule)
    #expect(m.name == name)
  }

  @Test(arguments: [
    "马上就到了。",
    "白天的时候很热。",
    "方便的话请回电。",
    "孔雀在开屏。",
  ])
  func twoCharactersBeforeAFollowerThatAreNoName(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
  }

  /// A family-name character after a figure or a numeral starts a unit of measure (吉瓦时
  /// gigawatt-hours, 吉瓦 gigawatts), never a name; the same words without a figure before them
  /// are left to the other rules.
  @Test(arguments: [
    "上半年新增装机规模达到18.6吉瓦、42.3吉瓦时,同比增长约58%。",
    "累计装机规模达到221吉瓦时。",
    "全国新增储能超过40吉瓦时",
    "储能规模已达数十吉瓦时。",
  ])
  func familyNameCharacterAfterAFigure(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
  }

  /// Two names do not stand side by side: a three-character candidate right before a foreign
  /// name the dictionary knows ends in a verb between the two (武磊|接|奥斯卡), so it needs a cue.
  /// Words the dictionary tags a person's that are none (a race, a holiday, a market phrase, a
  /// fund company) are `not-dictionary-name` cues.
  @Test(arguments: [
    "比赛第23分钟,武磊接奥斯卡直塞推射破门。",
    "周一,A股三大指数集体高开高走。",
    "数万名跑者参加了北京马拉松。",
    "孩子们在万圣节穿上了各种服装。",
    "易方达基金发行了新产品。",
  ])
  func wordsBeforeOrLikeNamesThatAreNoName(_ sentence: String) {
    #expect(EntityFixture.people(sentence).filter { ["entities.chinese-name", "entities.lone-family-name"].contains($0.rule) }.map(\.text) == [])
  }
}
