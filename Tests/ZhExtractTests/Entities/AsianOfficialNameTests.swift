import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Names of Japanese and Korean officials and names after a title that a place hid (issue 15,
/// open-world people): one-character places inside a Japanese name (田|中|美|咲), a name ended by
/// a verb, a conjunction or a time word (山下美咲|获得), the Japanese minister's title 外相, Korean
/// names of a family name and two characters in a Korean passage, a place that starts on a title's
/// last character (县长|江启臣: 长江), and a transliterated name found again without its cue.
/// Sentences written for these tests; every person is marked.
@Suite struct AsianOfficialNameTests {
  /// Every marked span is a person mention, in order, and no other person is found.
  private func expectPersonSpans(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let text = MarkedText(marked)
    let found = EntityFixture.people(text.text)
    #expect(found.map { [$0.start, $0.end] } == text.allSpans, "\(found.map(\.text)) in \(text.text)", sourceLocation: sourceLocation)
  }

  // MARK: one-character places (中 美 日) inside a Japanese family name and a listed given name

  @Test(arguments: [
    "⟦田中美咲⟧表示,双方将加强合作。",
    "日本外相⟦田中美咲⟧表示,双方将加强合作。",
    "⟦田中美咲⟧获得本届比赛冠军。",
    "⟦田中日菜⟧说,比赛很精彩。",
  ])
  func placeCharactersInsideAJapaneseName(marked: String) {
    expectPersonSpans(marked)
    let text = MarkedText(marked).text
    #expect(EntityFixture.entities(text).filter { $0.type == "location" && $0.text.count == 1 }.map(\.text) == [], "\(text)")
  }

  /// The compounds of one-character places stay places, with no Japanese name read across them.
  @Test(arguments: [
    ("中美两国元首举行会谈。", ["中", "美"]),
    ("中日韩三国外长会晤。", ["中", "日", "韩"]),
  ])
  func placeCharactersOutsideJapaneseNames(sentence: String, places: [String]) {
    let found = EntityFixture.entities(sentence)
    #expect(found.filter { $0.type == "person" }.map(\.text) == [], "\(sentence)")
    #expect(found.filter { $0.type == "location" && $0.text.count == 1 }.map(\.text) == places, "\(sentence)")
  }

  /// A family name before a word that is no given name of the table (美术) holds no Japanese name.
  @Test(arguments: ["田中美术馆举办展览。", "山中美景令人难忘。"])
  func noJapaneseNameBeforeACommonWord(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [], "\(sentence)")
  }

  // MARK: a Japanese name ended by a verb, a conjunction or a time word of the path

  @Test(arguments: [
    ("⟦山下美咲⟧获得本届比赛冠军。", "entities.japanese-name"),
    ("日本选手⟦山下美咲⟧获得本届比赛冠军。", "entities.japanese-name"),
    ("日本内阁官房长官⟦赤泽亮正⟧出席记者会。", "entities.japanese-name"),
    ("日本经济再生担当大臣⟦赤泽亮正⟧出席记者会。", "entities.japanese-name"),
    ("⟦朱镕基⟧总理请⟦久间章生⟧转达问候。", "entities.japanese-name"),
    // The path reads 正当 across the name's end; 当天 starts there all the same.
    ("据日媒报道,日本经济产业大臣⟦赤泽亮正⟧当天出席记者会。", "entities.japanese-name"),
  ])
  func japaneseNameBeforeAVerb(marked: String, rule: String) {
    expectPersonSpans(marked)
    #expect(EntityFixture.people(MarkedText(marked).text).last?.rule == rule)
  }

  @Test(arguments: [
    "山下种植了一片果树。",
    "田中有发现一些脚印。",
    "山下美食街很热闹。",
    "山口组织了一次演出。",
    "经济再生担当大臣赤泽亮正出席记者会。",  // no Japanese context for a family name no table lists
    "经济产业大臣赤泽亮正当天出席记者会。",
  ])
  func wordsBeforeAVerbAreNoJapaneseName(_ sentence: String) {
    #expect(EntityFixture.people(sentence).filter { $0.rule == "entities.japanese-name" }.map(\.text) == [], "\(sentence)")
  }

  // MARK: 外相, the Japanese foreign minister's title

  @Test(arguments: [
    "日本外相⟦茂木敏充⟧表示将访问中国。",
    "日本首相⟦石破茂⟧、外相⟦岩屋毅⟧出席会议。",
    "⟦茂木敏充⟧表示将访问中国。",
  ])
  func nameAfterTheForeignMinistersTitle(marked: String) {
    expectPersonSpans(marked)
  }

  @Test(arguments: [
    "另外相关部门表示将调查。",
    "此外相关规定已经出台。",
    "意外相遇的两人成为朋友。",
  ])
  func foreignMinistersTitleInsideWordsIsNoCue(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [], "\(sentence)")
  }

  // MARK: Korean names: a family name and two characters in a Korean passage, beside a cue

  @Test(arguments: [
    ("韩方消息,⟦郑东泳⟧表示将出席会议。", "entities.korean-name"),
    ("韩国外交部长官⟦朴志勋⟧将访华。", "entities.korean-name"),
    ("首尔消息,产业部长官⟦金正官⟧、⟦具润哲⟧出席会议。", nil),
    // A title before it, a verb after it: the role-name rule reads it first.
    ("韩国统一部长官⟦郑东泳⟧出席会议。", "entities.role-name"),
  ])
  func koreanNames(marked: String, rule: String?) {
    expectPersonSpans(marked)
    if let rule { #expect(EntityFixture.people(MarkedText(marked).text).map(\.rule) == [rule]) }
  }

  /// Names of two characters stay whole (朴振|出席 is no 朴振出); without a Korean context the
  /// Korean rule reads nothing; a common word after the family name is no given name.
  @Test(arguments: [
    "韩国外交部长官朴振出席会议。",
    "统一部长官郑东泳出席会议。",
    "韩国队的金牌数领先。",
    "韩国总统表示,李明天将出席会议。",
  ])
  func noKoreanName(_ sentence: String) {
    #expect(EntityFixture.people(sentence).filter { $0.rule == "entities.korean-name" }.map(\.text) == [], "\(sentence)")
  }

  // MARK: a place that starts on a title's last character before a person's name

  @Test(arguments: [
    "外交部政务次长⟦江明宪⟧出席会议。",
    "韩国国防部长⟦安圭伯⟧出席会议。",
    "县长⟦江启臣⟧出席活动。",
    "议员⟦林志豪⟧表示反对该法案。",
    "立法院议员⟦林志豪⟧表示反对。",
    "财政部长⟦安雷⟧、国家银行行长出席会议。",
  ])
  func titleAndNameOverAPlace(marked: String) {
    expectPersonSpans(marked)
    let text = MarkedText(marked).text
    #expect(EntityFixture.entities(text).filter { ["长江", "长安", "员林"].contains($0.text) }.map(\.text) == [], "\(text)")
  }

  /// A place after a title stays when no name follows: the path holds it whole, or reads another
  /// place right after the title.
  @Test(arguments: [
    ("湖南省长沙市发布通知。", ["湖南省", "长沙市"]),
    ("吉林省长春市发布通知。", ["吉林省", "长春市"]),
    ("北京市长安街举行活动。", ["北京市", "长安街"]),
    ("部长江西考察。", ["江西"]),
  ])
  func placeAfterATitleWithoutAName(sentence: String, places: [String]) {
    let found = EntityFixture.entities(sentence)
    #expect(found.filter { $0.type == "location" }.map(\.text) == places, "\(sentence)")
    #expect(found.filter { $0.type == "person" }.map(\.text) == [], "\(sentence)")
  }

  // MARK: a transliterated name found with its cue names its person again without one

  @Test(arguments: [
    "澳大利亚总理⟦阿尔巴尼斯⟧表示欢迎。⟦阿尔巴尼斯⟧在堪培拉发表讲话。",
    "美国财长⟦贝森特⟧表示,关税将保持不变。⟦贝森特⟧此前曾多次访问日本。",
    "法国总统⟦马克宏⟧表示支持。",
    "美联储主席提名人⟦沃什⟧称,利率应当下降。",
  ])
  func transliteratedNameAgain(marked: String) throws {
    expectPersonSpans(marked)
    let people = EntityFixture.people(MarkedText(marked).text)
    #expect(Set(people.map(\.id)).count == 1, "\(people.map(\.id))")
  }
}
