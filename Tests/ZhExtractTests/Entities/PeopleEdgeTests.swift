import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// People the entity stage cut, missed or made up (issue 15 item 2), each family with sentences
/// written for these tests: Japanese given names that hold a character that follows names (拓也),
/// Japanese family names that are common words (山下), given-name characters the dictionary's
/// names never show (蓁), a listed company's short name inside a name (吴|志圣), and the words
/// around a name that show it is none (于|明年, 现|金红利, 蓝驰|创投, 投|顾).
@Suite struct PeopleEdgeTests {
  // MARK: a family name of the full table before a title after names (俞阿姨), and the title alone

  @Test(arguments: [
    ("集资参与人⟦俞阿姨⟧告诉记者，她很着急。", "person:yu-22c418"),
    ("前来咨询的⟦甘女士⟧表示同意。", "person:gan-3ae261"),
    ("⟦俞先生⟧说，他很着急。", "person:yu-22c418"),  // 俞先生 one word of the dictionary
  ])
  func fullTableFamilyNameWithATitle(marked: String, id: String) {
    EntityFixture.expectPeople(marked, ids: [id])
  }

  /// 傅, a common family name the table had missed; roles of diplomacy and the civil service
  /// before a name and after a family name (特使, 参赞, 总领事); Taiwan's name of ASML, and an
  /// English name in parentheses as the person's alias.
  @Test(arguments: [
    ("执行长⟦傅明凯⟧表示，需求强劲。", ["person:fu-mingkai-745e64"]),
    ("中东问题特使⟦韩铭川⟧表示欢迎。⟦韩特使⟧在约旦期间会见了官员。", ["person:han-mingchuan-0f4322", "person:han-mingchuan-0f4322"]),
    ("荷商艾司摩爾（ASML）執行長⟦傅凱⟧（⟦Christophe Fouquet⟧）表示，需求強勁。", ["person:fu-kai-ad263d", "person:fu-kai-ad263d"]),
  ])
  func familyNamesAndRoles(marked: String, ids: [String]) {
    EntityFixture.expectPeople(marked, ids: ids)
    #expect(!EntityFixture.people(MarkedText(marked).text).contains { $0.text == "商艾司" })
  }

  /// Titles the dictionary tags as names (阿姨 伯伯 师傅 元帅) name no one alone; a word before a
  /// title or a role that is also a family name (和 全 位) starts no name.
  @Test(arguments: [
    "阿姨说，伯伯告诉记者，师傅表示同意，元帅下令出发。",
    "她和先生一起来，一位女士说，这位老太太说。",
    "全省长期以来重视教育。",
    "他和夫人一起出席，其夫人表示感谢。",
  ])
  func noPersonFromATitleAlone(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
  }

  // MARK: Japanese given names of the table that hold a name follower (也 和)

  @Test(arguments: [
    ("东京大学教授⟦木村和也⟧指出，出口仍在增长。", "person:kazuya-kimura-072d36"),
    ("日本首相官邸发言人⟦中村达也⟧称，政府将公布方案。", "person:tatsuya-nakamura-18ac27"),
  ])
  func japaneseGivenNameWithAFollower(marked: String, id: String) {
    EntityFixture.expectPeople(marked, ids: [id])
  }

  @Test func aFollowerAfterAFamilyNameAloneStaysOut() {
    // 也 alone is no given name of the table: 铃木也 is no name.
    #expect(!EntityFixture.people("铃木也表示赞同。").contains { $0.text.hasPrefix("铃木也") })
  }

  // MARK: Japanese family names that are common Chinese words (山下 根本): only before a listed given name

  @Test(arguments: [
    ("日本女演员⟦山下美咲⟧与导演出席了发布会。", "person:misaki-yamashita-b464af"),
    ("日本选手⟦根本拓也⟧在决赛中夺冠。", "person:takuya-nemoto-e7c998"),
  ])
  func japaneseFamilyNameThatIsAWord(marked: String, id: String) {
    EntityFixture.expectPeople(marked, ids: [id])
  }

  @Test(arguments: [
    "山下的村庄里住着三十户人家。",
    "这家公司的根本问题在于管理。",
    "他根本和我们不一样。",
  ])
  func theWordStaysAWord(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
  }

  @Test func theTableReadsWordFamilyNamesApart() throws {
    var problems = LexiconProblems()
    let reader = LexiconReader(lexicons: .bundled, problems: &problems)
    let names = EntityLexicon(reader: reader, problems: &problems).japaneseNames
    #expect(problems.isEmpty)
    #expect(names.wordFamilyNames[Array("山下".unicodeScalars)] == "Yamashita")
    #expect(names.familyNames[Array("山下".unicodeScalars)] == nil)
    #expect(names.familyNames[Array("佐藤".unicodeScalars)] == "Sato")
  }

  // MARK: given-name characters the dictionary's names never show (`given-character` cues), 甯

  @Test(arguments: [
    ("幕僚⟦李芷蓁⟧说，预算已送交议会。", "person:li-zhizhen-034ebb"),
    ("发言人⟦陈祐萱⟧表示，疫苗将分批到货。", "person:chen-youxuan-6f46ad"),
    ("公司董事长⟦甯國棟⟧表示，今年营收将增长两成。", "person:ning-guodong-614fe3"),
  ])
  func rareGivenCharacterOrFamilyName(marked: String, id: String) {
    EntityFixture.expectPeople(marked, ids: [id])
  }

  @Test(arguments: ["萱草是一种植物。", "这是一个睿智的决定。"])
  func aRareCharacterAloneIsNoName(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
  }

  // MARK: a listed company's short name as a given name (吴|志圣) or a Japanese family name (森田|翔也)

  @Test(arguments: [
    ("財務長⟦吳志聖⟧表示，第四季訂單穩定。", "person:wu-zhisheng-de9a21"),
    ("财务长⟦吴志圣⟧表示，第四季订单稳定。", "person:wu-zhisheng-de9a21"),
    ("日本经济产业省官员⟦森田翔也⟧表示，新规将实施。", "person:shoya-morita-e2ce00"),
  ])
  func listedShortNameInsideAName(marked: String, id: String) {
    EntityFixture.expectPeople(marked, ids: [id])
    #expect(!EntityFixture.entities(MarkedText(marked).text).contains { $0.type == "organization" })
  }

  @Test(arguments: [("志圣公布了十月营收。", "org:tw-2467"), ("森田公布了十月营收。", "org:tw-8410")])
  func theListedCompanyAloneStaysACompany(sentence: String, id: String) {
    #expect(EntityFixture.ids(sentence) == ["\(String(sentence.prefix(2)))→\(id)"])
  }

  // MARK: the words around a name that show it is none (NameEdges)

  @Test(arguments: [
    "公司拟向全体股东派发现金红利每股0.2元。",  // 现金|红利 across the family name (金红利 also `not-dictionary-name`)
    "第五届滨江马拉松赛将于明年3月举行。",  // a race (`not-dictionary-name`)
    "选手们在马拉松赛中表现出色。",
    "执行董事于明年初卸任。",  // 于 a preposition before the time word 明年
    "会议定于明日举行，于明年开始执行。",
    "群益投顾分析师指出，电子股可望走强。",  // 投顾 an organisation's form: 顾 no family name
    "本轮融资由蓝驰创投领投。",  // 创投 an organisation's form after the name
    "合伙人蓝驰创投表示看好。",
  ])
  func noPersonAroundTheseWords(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
  }

  @Test func aNameBeforeAVerbStaysAName() {
    // 于明 before 表示 is a person: only a time word after it makes 于 a preposition.
    EntityFixture.expectPeople("董事长⟦于明⟧表示，公司将扩大产能。", ids: ["person:yu-ming-d0818c"])
  }

  @Test(arguments: [
    ("于明年", 0, 2, true), ("于明表示", 0, 2, false), ("现金红利", 1, 4, true), ("金红利", 0, 3, false),
    ("蓝驰创投", 0, 2, true), ("青禾证券", 0, 2, true), ("王芳部长", 0, 2, false), ("史瓦西半径", 0, 3, false),
  ])
  func nameEdges(text: String, start: Int, end: Int, rejected: Bool) {
    var problems = LexiconProblems()
    let lexicon = EntityLexicon(reader: LexiconReader(lexicons: .bundled, problems: &problems), problems: &problems)
    let edges = NameEdges(cues: lexicon.cues, dictionary: WordDictionary.shared)
    #expect(edges.rejects(Array(text.unicodeScalars), start, end, family: 1) == rejected)
  }
}
