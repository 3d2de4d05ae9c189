import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Places of the generated tables and of their shape (issue 15 item 4): county-level names without
/// their suffix that the segmenter dictionary files as rare common words, world cities it files as
/// people's names or nouns, zones named by a coined word, rivers and mountains after a place, and
/// towns whose last character the path reads into the division. Sentences written for these tests.
@Suite struct CountyCityAndFeatureTests {
  /// Every mention of the sentence, as "surface type start-end id" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    // Bare county-level names the dictionary files as rare nouns (仪征 顺义 滨江 n) or verbs (修水 v).
    (
      "他从仪征到顺义、滨江和修水出差。",
      [
        "仪征 location 2-4 place:cn-321081", "顺义 location 5-7 place:cn-110113", "滨江 location 8-10 place:cn-330108",
        "修水 location 11-13 place:cn-360424",
      ]
    ),
    // World cities the dictionary files as people's names (德布勒森 斯特拉斯堡 檀香山 nrt nr) or a noun (底特律 n).
    (
      "美国底特律客户与匈牙利德布勒森工厂签约。",
      ["美国 location 0-2 place:us", "底特律 location 2-5 place:us-detroit", "匈牙利 location 8-11 place:hu", "德布勒森 location 11-15 place:hu-debrecen"]
    ),
    ("他在斯特拉斯堡和檀香山都住过。", ["斯特拉斯堡 location 2-7 place:fr-strasbourg", "檀香山 location 8-11 place:us-honolulu"]),
  ])
  func namesOfTheGeneratedTables(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Frequent words that are also short forms of counties stay words (商城 a mall, 河口 an estuary).
    ("京东、天猫及澜点商城开售。", ["京东 organization 0-2 org:jd", "天猫 product 3-5 product:tmall"]),
    ("河口处水流湍急。", []),
    // A city's name that is a person's first (Orlando) stays the person's.
    ("奥兰多表示满意。", ["奥兰多 person 0-3 person:ao-lan-duo-bd9f79"]),
  ])
  func wordsAndPeopleStayOut(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A coined word of two characters the dictionary does not know, between a place and a zone's suffix.
    ("临江智造产业园晒出成绩单。", ["临江智造产业园 location 0-7 place:lin-jiang-zhi-zao-chan-ye-yuan-d7302a"]),
    ("松山文创园区周边点亮。", ["松山文创园区 location 0-6 place:song-shan-wen-chuang-yuan-qu-428bcc"]),
    // An adverb and a verb are no coined word: the place stays alone.
    ("宁波将建产业园。", ["宁波 location 0-2 place:cn-ningbo"]),
    // A river or a mountain named after a place (河 江 山 after it).
    ("主跨横跨北仑河，总投资7.8亿元。", ["北仑河 location 4-7 place:bei-lun-he-a6978a"]),
    ("借鉴了新安江流域补偿的做法。", ["新安江 location 3-6 place:xin-an-jiang-ecb31f"]),
    // Not where the character starts a longer word (山水画, 江陵).
    ("中国山水画展开幕。", ["中国 location 0-2 place:cn"]),
    ("湖北江陵出土竹简。", ["湖北 location 0-2 place:cn-hubei", "江陵 location 2-4 place:cn-421024"]),
    // Suffixes of railways, sites and border crossings.
    (
      "宁扬城际铁路仪征站至园区的接驳线已招标。",
      ["宁扬城际铁路 location 0-6 place:ning-yang-cheng-ji-tie-lu-abee6d", "仪征站 location 6-9 place:yi-zheng-zhan-42185f"]
    ),
    ("偃师二里头遗址出土铜器。", ["偃师 location 0-2 place:cn-410381", "二里头遗址 location 2-7 place:er-li-tou-yi-zhi-75d235"]),
    ("大桥将与东兴口岸形成联动。", ["东兴口岸 location 4-8 place:dong-xing-kou-an-19b3bf"]),
  ])
  func placesByTheirShape(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A rare noun of the dictionary made of the name's last character and the division (口镇), in a
    // list after a place (秋 is a time word elsewhere) or after a name character (思).
    (
      "篁岭村、秋口镇李坑村、思口镇延村等入选。",
      [
        "篁岭村 location 0-3 place:huang-ling-cun-e385f4", "秋口镇 location 4-7 place:qiu-kou-zhen-d4ce92", "李坑村 location 7-10 place:li-keng-cun-7683d2",
        "思口镇 location 11-14 place:si-kou-zhen-893cd0", "延村 location 14-16 place:yan-cun-65f9da",
      ]
    ),
    // Frequent words of a character and a division stay words (进村, 全村, 渔村).
    ("工作队进村入户。", []),
    ("全村老少都来了。", []),
    ("一个小渔村。", []),
  ])
  func townsInsideAWordOfThePath(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }
}
