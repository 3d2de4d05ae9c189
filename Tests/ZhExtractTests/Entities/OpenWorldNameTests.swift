import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// People and bodies that no lexicon lists, found by their structure and the words around them
/// (issue 15 items 2 and 3): a family name with a title after it, transliterated names without a
/// middle dot, Japanese names, Latin names with particles and suffixes, central government
/// bodies. Each table holds sentences written for these tests, with the mention marked.
@Suite struct OpenWorldNameTests {
  /// The mention of `type` that starts first, with its span checked against the marks.
  private func mention(_ marked: String, type: String) throws -> EntityMention {
    let text = MarkedText(marked)
    let mention = try #require(EntityFixture.entities(text.text).first { $0.type == type }, "no \(type) in \(text.text)")
    #expect([mention.start, mention.end] == text.span(0), "\(mention.text) in \(text.text)")
    return mention
  }

  /// A family name and the title after it are the mention (周书记, as a reader of news marks it);
  /// the person's name is the family name's.
  @Test(arguments: [
    ("⟦王女士⟧的店开在街角。", "王"),
    ("记者采访了⟦欧阳先生⟧。", "欧阳"),
    ("⟦赵局长⟧表示,检查将持续到月底。", "赵"),
    ("学生们都很喜欢⟦陈老师⟧。", "陈"),
    ("⟦毛主席⟧的诗词流传很广。", "毛"),
  ])
  func familyNameBeforeATitle(marked: String, nameZh: String) throws {
    let m = try mention(marked, type: "person")
    #expect(m.rule == "entities.surname-title")
    #expect(m.source == "pattern")
    #expect(m.nameZh == nameZh)
  }

  /// Familiar forms (老于 小李 胡老) before a verb of speech or a name follower: the whole form is
  /// the mention, the family name the person's name.
  @Test(arguments: [
    ("⟦胡老⟧说，画画疲倦时就去散步。", "胡"),
    ("⟦小李⟧介绍说，工作很顺利。", "李"),
    ("⟦老于⟧的女儿今年考上大学。", "于"),
    ("⟦老张⟧告诉记者，他很满意。", "张"),
    ("⟦陈老⟧表示同意。", "陈"),
  ])
  func familiarFormNamesTheFamilyName(marked: String, nameZh: String) throws {
    let m = try mention(marked, type: "person")
    #expect(m.rule == "entities.surname-title")
    #expect(m.nameZh == nameZh)
  }

  /// A family name and title after the full name of one person of that family is that person:
  /// one id, the full name's names. Two people of the family leave it apart.
  @Test func familyNameAndTitleTakeTheFullNamesId() throws {
    let one = EntityFixture.entities("草林镇党委书记周文斌告诉记者，游客增长很快。周书记说，下一步将建设服务中心。").filter { $0.type == "person" }
    #expect(one.map(\.text) == ["周文斌", "周书记"])
    #expect(one.map(\.id) == [one[0].id, one[0].id])
    #expect(one[1].nameZh == "周文斌" && one[1].source == "alias" && one[1].rule == "entities.surname-title")
    let two = EntityFixture.entities("副县长周文斌和镇长周明出席。周书记说，工程将如期完工。").filter { $0.type == "person" }
    #expect(two.map(\.text) == ["周文斌", "周明", "周书记"])
    #expect(Set(two.map(\.id)).count == 3 && two[2].source == "pattern")
  }

  @Test(arguments: [
    "深山老林，人迹罕至。",
    "小时候他住在乡下。",
    "他的老家在河北。",
    "老于是就走了。",
    "小朋友们在广场上放风筝。",
  ])
  func familiarWordsThatNameNoOne(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "person" }.map(\.text) == [], "\(sentence)")
  }

  @Test(arguments: [
    "他向老师请教问题。",  // 向 is a preposition inside the clause
    "我们感谢老师的付出。",  // 谢 ends the word 感谢
    "这位先生请留步。",
    "校长和老师们都来了。",
    "各位女士、先生,晚上好。",
  ])
  func titleWithoutAFamilyNameIsNoPerson(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "person" }.map(\.text) == [])
  }

  @Test(arguments: [
    ("教练⟦萨托里奥⟧认为球队状态不错。", "萨托里奥"),
    ("⟦贝拉斯科⟧总统周三抵达首都。", "贝拉斯科"),
    ("外长⟦蒂索⟧表示,关税将维持。", "蒂索"),
    ("⟦阿尔巴尼斯⟧说,两国关系稳定。", "阿尔巴尼斯"),
    ("總理⟦阿爾巴尼斯⟧週三抵達。", "阿尔巴尼斯"),
  ])
  func transliteratedNameBesideACue(marked: String, nameZh: String) throws {
    let m = try mention(marked, type: "person")
    #expect(m.rule == "entities.transliterated-name")
    #expect(m.nameZh == nameZh)
    #expect(m.id.hasPrefix("person:"))
  }

  /// A whole foreign name run together without its dot, then its family name alone: one person.
  @Test func wholeTransliteratedNameThenItsFamilyName() throws {
    let people = EntityFixture.entities("西班牙外交大臣何塞曼努埃尔阿尔瓦雷斯周二表示，谈判仍在进行。阿尔瓦雷斯说，双方立场接近。").filter { $0.type == "person" }
    #expect(people.map { "\($0.text) \($0.start)-\($0.end)" } == ["何塞曼努埃尔阿尔瓦雷斯 7-18", "阿尔瓦雷斯 30-35"])
    #expect(Set(people.map(\.id)).count == 1, "\(people.map(\.id))")
  }

  /// A verb right after a name (率 率队) is no part of it; an organisation does not run over it.
  @Test(arguments: [
    ("主教练⟦宋凯⟧率队出征。", "宋凯"),
    ("队长⟦王海涛⟧率领全队训练。", "王海涛"),
  ])
  func verbAfterANameIsNoPartOfIt(marked: String, nameZh: String) throws {
    let m = try mention(marked, type: "person")
    #expect(m.nameZh == nameZh)
    #expect(EntityFixture.entities(MarkedText(marked).text).filter { $0.type == "organization" }.map(\.text) == [])
  }

  @Test(arguments: [
    "可可价格上涨。",
    "巴西的咖啡产量下降。",
    "马克思主义学说影响深远。",
    "安全顾问提交了报告。",
    "克里姆林宫发表声明。",
  ])
  func transliterationCharactersWithoutACueAreNoPerson(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.rule == "entities.transliterated-name" }.map(\.text) == [])
  }

  @Test(arguments: [
    "⟦佐藤由美⟧在东京开设了工作室。",
    "⟦铃木一郎⟧说,比赛很精彩。",
    "日本首相⟦岸田⟧表示,将加强合作。",
    "⟦桥本龙太郎⟧今天会见了代表团。",
    "⟦渡边健太郎⟧等人出席了仪式。",
  ])
  func japaneseNames(marked: String) throws {
    let m = try mention(marked, type: "person")
    #expect(m.rule == "entities.japanese-name")
  }

  @Test(arguments: [
    "山口组织了一次演出。",
    "田中的庄稼长势很好。",
    "石川县的温泉很有名。",
    "池田里的鱼游来游去。",
  ])
  func japaneseFamilyNamesThatAreWordsAreNoPerson(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.rule == "entities.japanese-name" }.map(\.text) == [])
  }

  @Test func koreanNameThroughTheFamilyNameTable() throws {
    let m = try mention("⟦朴志勋⟧表示,新工厂明年投产。", type: "person")
    #expect(m.nameZh == "朴志勋")
  }

  @Test(arguments: [
    ("发言人 ⟦Jean-Pierre Dubois⟧ 表示,谈判仍在继续。", "Jean-Pierre Dubois"),
    ("民权领袖 ⟦Martin Luther King Jr.⟧ 的演讲被再次引用。", "Martin Luther King Jr."),
    ("部长 ⟦José María Álvarez⟧ 周三抵达。", "José María Álvarez"),
    ("央行行长 ⟦Maria von Hoffmann⟧ 发表讲话。", "Maria von Hoffmann"),
  ])
  func latinNamesWithParticlesAndSuffixes(marked: String, name: String) throws {
    let m = try mention(marked, type: "person")
    #expect(m.name == name)
    #expect(m.rule == "entities.latin-name")
  }

  @Test(arguments: [
    "⟦巴西队⟧以2∶0获胜。",
    "昨天⟦韩国女队⟧首战告捷。",
    "昨晚⟦延边敖东队⟧主场迎战对手。",
  ])
  func teamsByPlaceAndSuffix(marked: String) throws {
    let m = try mention(marked, type: "organization")
    #expect(m.source == "pattern")
  }

  @Test(arguments: ["篮球队的队员们都很年轻。", "该队今年成绩不错。", "球队战胜了对手。"])
  func teamWordsWithoutANameAreNoOrganization(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "organization" }.map(\.text) == [])
  }

  @Test(arguments: [
    ("香港⟦運輸及物流局⟧周五公布新安排。", "org:hk-tlb"),
    ("⟦國科會⟧主委表示,預算將增加。", "org:tw-nstc"),
    ("⟦国家药品监督管理局⟧批准了新药上市。", "org:cn-nmpa"),
    ("⟦人社部⟧发布了新的就业数据。", "org:cn-mohrss"),
  ])
  func centralBodiesFromTheTable(marked: String, id: String) throws {
    let m = try mention(marked, type: "organization")
    #expect(m.id == id)
    #expect(m.source == "lexicon")
  }

  /// A title whose last character is also a family name (长官: 官) is read as the title: the name
  /// starts after it, not on its last character (外交部|长官|朴振, not 部长|官朴振).
  @Test(arguments: [
    ("韩国外交部长官⟦朴振⟧表示,对话将继续。", "朴振"),
    ("统一部长官⟦郑东勋⟧指出,南北关系面临挑战。", "郑东勋"),
    ("特区行政长官⟦李明辉⟧出席了典礼。", "李明辉"),
    ("外交部长⟦王建林⟧与来宾举行会谈。", "王建林"),
  ])
  func nameAfterATitleEndingInAFamilyName(marked: String, nameZh: String) throws {
    let m = try mention(marked, type: "person")
    #expect(m.nameZh == nameZh)
  }

  @Test(arguments: [
    "外交部长官邸位于市中心。",
    "商务部长官员表示不便置评。",
    "国防部长官方网站发布了公告。",
  ])
  func titleBeforeACommonWordIsNoPerson(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "person" }.map(\.text) == [])
  }

  /// A dotted name is one person, whatever its parts hold: a part with 思, 士 or 英 (transliteration
  /// characters too: 马克思·…, 汤姆士·…, …·英博登), or a part that ends with a name of the lexicon
  /// (…·海|米莱, where 米莱 alone is Javier Milei).
  @Test(arguments: [
    ("副司令官⟦马克思·卢布里克⟧的妹妹也在场。", "马克思·卢布里克"),
    ("宇航员⟦汤姆士·史达福⟧告诉记者,一切顺利。", "汤姆士·史达福"),
    ("理事会主席⟦尼古拉斯·英博登⟧在会上表示。", "尼古拉斯·英博登"),
    ("农林部长⟦卡莱维·海米莱⟧抵达北京。", "卡莱维·海米莱"),
  ])
  func dottedNamesAreOnePerson(marked: String, nameZh: String) throws {
    let m = try mention(marked, type: "person")
    #expect(m.nameZh == nameZh)
    #expect(m.rule == "entities.dotted-name")
  }

  @Test(arguments: [
    "他乘坐巴士前往机场。",
    "这位博士表示,研究还需时日。",
    "绅士风度和骑士精神是他的追求。",
  ])
  func wordsOfTransliterationCharactersAreNoPerson(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "person" }.map(\.text) == [])
  }

  @Test func lexiconNameOutsideADottedNameKeepsItsId() throws {
    let m = try mention("阿根廷总统⟦米莱⟧表示,改革将继续。", type: "person")
    #expect(m.id == "person:javier-milei")
  }
}
