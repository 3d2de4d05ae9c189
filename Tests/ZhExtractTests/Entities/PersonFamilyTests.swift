import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Families of people's names the entity stage missed (issue 15 item 2): a family name missing
/// from the table (洪), a given name's last character the name model has no evidence for, and a
/// whole name that the segmentation path cuts across a word later in the document. Sentences
/// written for these tests, each person marked.
@Suite struct PersonFamilyTests {
  // MARK: 洪, a family name the table lacked: the given name alone was found (申翰 of 洪申翰)

  @Test(arguments: [
    ("民进党立委⟦洪申翰⟧指出，预算应尽快审查。", "person:hong-shenhan-9c931b"),
    ("民進黨立委⟦洪申翰⟧指出，預算應儘快審查。", "person:hong-shenhan-9c931b"),
    ("太平天国领袖⟦洪秀全⟧在广西起事。", "person:hong-xiuquan"),
  ])
  func familyNameHong(marked: String, id: String) {
    EntityFixture.expectPeople(marked, ids: [id])
  }

  @Test(arguments: [
    "今年汛期洪水来得早。",
    "抗洪抢险工作已经展开。",
    "山洪暴发冲毁了道路。",
  ])
  func hongAsAWordIsNoName(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
  }

  // MARK: a given name's last character the model has no evidence for (林楚|茵)

  @Test(arguments: [
    ("国民党立委⟦林楚茵⟧说，党团将提出复议。", "person:lin-chuyin-467a9b"),
    ("立委洪申翰、⟦林楚茵⟧、黄国昌出席。", "person:lin-chuyin-467a9b"),
  ])
  func givenNameEndsOnAnUnknownCharacter(marked: String, id: String) {
    let text = MarkedText(marked)
    let found = EntityFixture.people(text.text).filter { $0.text == "林楚茵" }
    #expect(found.map { [$0.start, $0.end] } == [text.span(0)], "\(EntityFixture.people(text.text).map(\.text))")
    #expect(found.map(\.id) == [id])
  }

  @Test(arguments: [
    ("记者⟦王磊⟧摄。", "王磊"),  // a photographer's credit (摄 is a name-follower)
    ("村民⟦王刚⟧才说出真相。", "王刚"),  // an adverb
    ("队员⟦李明⟧家住城东。", "李明"),  // a common word
  ])
  func twoCharacterNameKeepsItsEnd(marked: String, name: String) {
    let text = MarkedText(marked)
    let found = EntityFixture.people(text.text)
    #expect(found.map(\.text).allSatisfy { $0 == name }, "\(found.map(\.text)) in \(text.text)")
  }

  // MARK: a whole name found once names the person again where the path cuts it (赵显|定向)

  @Test func wholeNameAgainAcrossAWord() {
    let marked = "韩国外长⟦赵显定⟧会见日方官员。⟦赵显定⟧向日方提出抗议。"
    let text = MarkedText(marked)
    let found = EntityFixture.people(text.text)
    #expect(found.map { [$0.start, $0.end] } == [text.span(0), text.span(1)], "\(found.map(\.text))")
    #expect(Set(found.map(\.id)).count == 1)
    #expect(found.map(\.id).first == "person:zhao-xianding-100ff9")
  }

  @Test(arguments: [
    "韩国外长赵显定会见日方官员。他说将坚持定向投资。",  // no repeat: nothing more
    "记者王磊报道。王磊落的画作很有名。",  // two characters: never carried into a longer run
  ])
  func wholeNameIsNotCarriedElsewhere(_ sentence: String) {
    let found = EntityFixture.people(sentence)
    #expect(found.allSatisfy { $0.text == "赵显定" || $0.text == "王磊" }, "\(found.map(\.text))")
    #expect(found.count == 1)
  }

  // MARK: a Japanese family name no table lists (赤泽亮正), by its kanji, a cue and a Japanese context

  @Test(arguments: [
    ("日本经济再生担当大臣⟦赤泽亮正⟧表示，谈判取得进展。", "person:chi-ze-liang-zheng-a15e57"),
    ("日美关税谈判中，日方代表⟦赤泽亮正⟧称双方接近达成协议。", "person:chi-ze-liang-zheng-a15e57"),
    ("日本經濟再生擔當大臣⟦赤澤亮正⟧表示，談判取得進展。", "person:chi-ze-liang-zheng-a15e57"),
  ])
  func japaneseNameByItsKanji(marked: String, id: String) {
    let text = MarkedText(marked)
    let found = EntityFixture.people(text.text)
    #expect(found.map { [$0.start, $0.end] } == [text.span(0)], "\(found.map(\.text)) in \(text.text)")
    #expect(found.map(\.id) == [id])
    #expect(found.map(\.rule) == ["entities.japanese-name"])
  }

  @Test(arguments: [
    "经济再生担当大臣赤泽亮正表示，谈判取得进展。",  // no Japanese context
    "日本的情况如此。\n经济大臣赤泽亮正表示，谈判取得进展。",  // the context ends with its paragraph
    "日本政府发言人今天表示，将加强合作。",
    "日方代表团团长表示满意。",
    "日本外务大臣会见中国大使表示欢迎。",
    "东京股市日经指数今天下跌。",
    "日本自民党干事长周二表示支持。",
    "日本首相官邸发表声明。",
  ])
  func noJapaneseNameWithoutEvidence(_ sentence: String) {
    #expect(EntityFixture.people(sentence).filter { $0.rule == "entities.japanese-name" }.map(\.text) == [], "\(sentence)")
  }
}
