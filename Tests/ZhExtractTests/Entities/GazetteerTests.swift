import Foundation
import Testing
@testable import ZhExtract

/// The gazetteer generated from CC-CEDICT (`entities-gazetteer.tsv`, by
/// `Scripts/generate-cedict-gazetteer.py`): well-known names the rules cannot find, with their
/// English names. Sentences written for these tests.
@Suite struct GazetteerTests {
  /// Every mention of the sentence, as "surface type id name start-end" (original offsets).
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.id) \($0.name ?? "-") \($0.start)-\($0.end)" }
  }

  @Test(arguments: [
    // The segmenter dictionary files 周恩来 as a time word and 金正日 as no person.
    ("周恩来总理会见了外宾。", ["周恩来 person person:zhou-enlai Zhou Enlai 0-3"]),
    ("国际足联主席发表讲话。", ["国际足联 organization org:fifa FIFA 0-4"]),
    // Traditional script: the Traditional form is an alias, and the name links across scripts.
    (
      "據明報報道，金正日出席。",
      ["明報 organization org:ming-pao Ming Pao 1-3", "金正日 person person:kim-jong-il Kim Jong-il 6-9"]
    ),
    ("周恩來與周恩来", ["周恩來 person person:zhou-enlai Zhou Enlai 0-3", "周恩来 person person:zhou-enlai Zhou Enlai 4-7"]),
    (
      "各地认真学习党中央的部署。",
      ["党中央 organization org:central-committee-of-the-ccp Central Committee of the CCP 6-9"]
    ),
    // A place of the gazetteer.
    ("雅鲁藏布江水位上涨。", ["雅鲁藏布江 location place:yarlung-tsangpo-river Yarlung Tsangpo River 0-5"]),
    // A name whose form is also a coinage (红海, a crowded market) keeps the form; 黑海 was kept before.
    ("货轮驶入红海后减速。", ["红海 location place:red-sea Red Sea 4-6"]),
    ("貨輪駛入紅海後減速。", ["紅海 location place:red-sea Red Sea 4-6"]),
    ("黑海沿岸风力强劲。", ["黑海 location place:black-sea Black Sea 0-2"]),
  ])
  func namesTheRulesCannotFind(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  /// 红海 in its business sense (a crowded market) is no sea: entity-aliases.tsv keeps the form
  /// out after 一片, 陷入, 逃离 … and before 市场, 竞争, 赛道 …; the sea stays (胡塞武装在红海袭击商船).
  @Test(arguments: [
    ("新能源汽车市场已是一片红海，价格战激烈。", [String]()),
    ("企业纷纷逃离红海市场，寻找蓝海。", []),
    ("手机行业陷入红海竞争。", []),
    ("胡塞武装在红海袭击商船。", ["红海→place:red-sea@5"]),
  ])
  func redSeaOnlyAsASea(sentence: String, expected: [String]) {
    #expect(EntityFixture.entities(sentence).filter { $0.text == "红海" }.map { "\($0.text)→\($0.id)@\($0.start)" } == expected, "\(sentence)")
  }

  /// A form of the gazetteer that crosses a word of the path is dropped and hides no name that
  /// starts inside it: 日本海 (the Sea of Japan) in 日本|海淀区, 中青 (a youth league) in 中|青云谱区.
  @Test(arguments: [
    ("他们在日本海淀区设立办事处。", ["日本→place:jp@3", "海淀区→place:cn-110108@5"]),
    ("南昌市中青云谱区支行开业。", ["南昌市→place:cn-360100@0", "青云谱区→place:cn-360104@4"]),
    ("他们在日本海边度假。", ["日本→place:jp@3"]),
    ("日本海的渔业资源丰富。", ["日本海→place:sea-of-japan@0"]),  // a form that fits the path stays
  ])
  func formsAcrossWordsHideNoNameAfterThem(sentence: String, expected: [String]) {
    #expect(EntityFixture.entities(sentence).map { "\($0.text)→\($0.id)@\($0.start)" } == expected, "\(sentence)")
  }

  @Test(arguments: [
    "他在说明报告中提到此事。",  // 明报 across two words: 说明|报告
    "大山深处有人家。",  // 大山 (a nickname in CC-CEDICT) is a common word
    "外交部发言人今天表示。",  // any government's ministry: no gazetteer entry
    "新华社北京5月7日电国务院副总理发表讲话。",  // 日电 (NEC) after a numeral is a date and 电
  ])
  func wordsThatAreNoGazetteerName(_ sentence: String) {
    let gazetteer = EntityFixture.entities(sentence).filter {
      ["person:dashan", "org:ming-pao", "org:nec", "org:ministry-of-foreign-affairs"].contains($0.id)
    }
    #expect(gazetteer.isEmpty, "\(sentence): \(gazetteer.map(\.text))")
  }

  /// Forms that the generator lists on stderr because their English name is an existing
  /// entity's (马克宏 Emmanuel Macron): copied by hand to the hand-made tables, so they take the
  /// existing id and no gazetteer row.
  @Test(arguments: [
    ("法国总统马克宏周二访问了北京。", "马克宏", "person:emmanuel-macron"),
    ("唐纳·川普在集会上发表演说。", "唐纳·川普", "person:donald-trump"),
    ("中国加入世贸已经二十多年。", "世贸", "org:wto"),
    ("外管局公布了最新的外汇储备数据。", "外管局", "org:safe-forex"),
    ("欧洲联盟各成员国达成一致。", "欧洲联盟", "org:eu"),
    ("他毕业于史丹福大学。", "史丹福大学", "org:stanford"),
    ("维吉尼亚州的选民周二投票。", "维吉尼亚州", "place:us-va"),
    ("长江三角洲的制造业十分发达。", "长江三角洲", "place:cn-yangtze-delta"),
  ])
  func generatorCandidatesCopiedByHand(sentence: String, surface: String, id: String) {
    let ids = EntityFixture.entities(sentence).filter { $0.text == surface }.map(\.id)
    #expect(ids == [id], "\(sentence)")
  }

  @Test func worldTradeCenterIsNoWorldTradeOrganization() {
    let found = EntityFixture.entities("他们参观了世贸中心遗址。").filter { $0.id == "org:wto" }
    #expect(found.isEmpty)
  }

  @Test func longerNameHoldsAGazetteerName() {
    // 住友 (Sumitomo) is in the gazetteer; the organisation-suffix rule's longer name wins.
    let found = EntityFixture.entities("住友信托银行是日本第二信托银行。").filter { $0.type == "organization" }
    #expect(found.map(\.text) == ["住友信托银行"])
  }

  /// A document of nothing but famous names: every gazetteer mention is placed among the others
  /// (and the longer name still holds its gazetteer name) however many there are. Placing them
  /// once compared each with every other mention, quadratic in a document like this one.
  @Test func manyGazetteerNamesInOneDocument() {
    let sentence = "据报道，周恩来会见金正日，国际足联表示支持住友信托银行。"
    let found = EntityFixture.entities(String(repeating: sentence, count: 300))
    #expect(found.count == 1200)
    let ids = Dictionary(grouping: found, by: \.id).mapValues(\.count)
    #expect(ids["person:zhou-enlai"] == 300)
    #expect(ids["person:kim-jong-il"] == 300)
    #expect(ids["org:fifa"] == 300)
    #expect(found.filter { $0.text == "住友信托银行" }.count == 300)
    #expect(found.suffix(4).map { "\($0.text) \($0.start)-\($0.end)" } == ["周恩来 8376-8379", "金正日 8381-8384", "国际足联 8385-8389", "住友信托银行 8393-8399"])
  }

  @Test func tableIsGeneratedAndAttributed() throws {
    let table = try #require(EmbeddedLexicons.files.first { $0.name == EntityLexicon.gazetteerTable })
    #expect(table.contents.contains("CC BY-SA 4.0"))
    #expect(table.contents.contains("CC-CEDICT"))
    let rows = table.contents.split(separator: "\n").filter { !$0.hasPrefix("#") }
    let surfaces = Set(rows.map { String($0.split(separator: "\t")[3]) })
    // Common words with a proper-noun sense in CC-CEDICT are left out (长安 chang2 an1, 东方, 大山).
    for word in ["长安", "东方", "大山", "外交部", "日电", "邮报"] { #expect(!surfaces.contains(word), "\(word)") }
    #expect(surfaces.isSuperset(of: ["周恩来", "国际足联", "明报", "金正日"]))
  }
}
