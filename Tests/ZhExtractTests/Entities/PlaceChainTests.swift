import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// A place written right after its parent takes the id its parent chooses (issue 15 item 4: rule
/// `entities.place-chain`, table `entity-places-within.tsv`); named sites and ethnic townships by
/// their last word (rule `entities.place-suffix`). Sentences written for these tests.
@Suite struct PlaceChainTests {
  /// Every mention of the sentence, as "surface type start-end id" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    // The table settles a name that the place tables give to another division: Tainan's 中西区,
    // not Hong Kong's; Fuzhou's 鼓楼区, not Nanjing's.
    ("台南市中西區的老街吸引大批遊客。", ["台南市 location 0-3 place:tw-tnn", "中西區 location 3-6 place:tw-700"]),
    ("福州市鼓楼区的居民参加了活动。", ["福州市 location 0-3 place:cn-fuzhou", "鼓楼区 location 3-6 place:cn-350102"]),
    ("记者在南京市鼓楼区采访。", ["南京市 location 3-6 place:cn-nanjing", "鼓楼区 location 6-9 place:cn-320106"]),
    // A place found right after its parent keeps its own row.
    ("他住在高雄市苓雅區，每天搭捷運上班。", ["高雄市 location 3-6 place:tw-kaohsiung", "苓雅區 location 6-9 place:tw-802"]),
    ("杭州市西湖区的茶园迎来采摘季。", ["杭州市 location 0-3 place:cn-hangzhou", "西湖区 location 3-6 place:cn-330106"]),
    // A name no table lists before a place's last word: the child by its own surface (沫河口镇, not
    // Shandong's 河口 with 镇; 临北回族乡, not 北回族乡).
    ("淮上区沫河口镇的企业已经复工。", ["淮上区 location 0-3 place:cn-340311", "沫河口镇 location 3-7 place:mo-he-kou-zhen-a5a200"]),
    ("记者来到五河县临北回族乡。", ["五河县 location 4-7 place:cn-340322", "临北回族乡 location 7-12 place:lin-bei-hui-zu-xiang-14bb2c"]),
    ("沈丘县槐店回族镇今年丰收。", ["沈丘县 location 0-3 place:cn-411624", "槐店回族镇 location 3-8 place:huai-dian-hui-zu-zhen-ca2bf9"]),
    (
      "怀远县荆山湖行洪区今天开闸。",
      ["怀远县 location 0-3 place:cn-340321", "荆山湖行洪区 location 3-9 place:jing-shan-hu-xing-hong-qu-fe1a30"]
    ),
    // A child that is a place's form takes its record, though the path joins it to the parent.
    ("上海浦东新区的房价上涨。", ["上海 location 0-2 place:cn-shanghai", "浦东新区 location 2-6 place:cn-pudong"]),
    // A chain of three: each unit chosen with the one before it.
    (
      "蚌埠市淮上区沫河口镇的企业已经复工。",
      ["蚌埠市 location 0-3 place:cn-340300", "淮上区 location 3-6 place:cn-340311", "沫河口镇 location 6-10 place:mo-he-kou-zhen-a5a200"]
    ),
  ])
  func childChosenWithItsParent(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  /// A town's or a village's name right after a division above it may hold a word the path reads as
  /// a function word of one character or a rare one (真 an adverb, 西 a direction, 五常 a time word):
  /// the parent and the suffix settle it. Not a frequent one (今年 各 三个), not after a parent of the
  /// same rank or below, not with a county's character in the name (南市屯村).
  @Test(arguments: [
    ("园区位于仪征市真州镇、新城镇沿江一带。", "真州镇 location 7-10 place:zhen-zhou-zhen-20440b"),
    ("公司在余杭区五常街道设立了门店。", "五常街道 location 6-10 place:wu-chang-jie-dao-11a834"),
    ("白沙镇西柳沟村村民说，村里修了路。", "西柳沟村 location 3-7 place:xi-liu-gou-cun-7d3783"),
  ])
  func townAfterAHigherDivisionWithAFunctionWord(sentence: String, expected: String) {
    #expect(mentions(sentence).contains(expected), "\(sentence) \(mentions(sentence))")
  }

  @Test(arguments: [
    ("杭州市今年新增三个村。", ["杭州市 location 0-3 place:cn-hangzhou"]),
    ("浙江省各县都派了代表。", ["浙江省 location 0-3 place:cn-zhejiang"]),
    ("湖州市也有镇开始试点。", ["湖州市 location 0-3 place:cn-330500"]),
  ])
  func noTownFromFrequentFunctionWords(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  /// A town or a village named after a county or a district found before is a place of its own, not
  /// that division (荷塘|村 is no 荷塘区); a township found by its bare name keeps its row (秀林|乡).
  @Test(arguments: [
    ("患者为石门桥镇荷塘村一名72岁老人。", "荷塘村", "place:he-tang-cun-"),
    ("位於花蓮縣秀林鄉近海，深度約18公里。", "秀林鄉", "place:tw-972"),
  ])
  func townAfterADivisionsNameIsItsOwn(sentence: String, surface: String, idPrefix: String) throws {
    let place = try #require(EntityFixture.entities(sentence).first { $0.text == surface })
    #expect(place.id.hasPrefix(idPrefix), "\(place.text) \(place.id)")
  }

  @Test(arguments: [
    // A part standing alone keeps its own row (Hong Kong's 中西区, Nanjing's 鼓楼区).
    ("中西區的街市人流減少。", "中西區 location 0-3 place:hk-central-and-western"),
    ("鼓楼区的居民参加了活动。", "鼓楼区 location 0-3 place:cn-320106"),
  ])
  func partAloneKeepsItsRow(sentence: String, expected: String) {
    #expect(mentions(sentence).first == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A country is no parent; a common word, a function word or a title is no child.
    ("美国塔科马市开始调查此事。", ["美国 location 0-2 place:us", "塔科马市 location 2-6 place:us-tacoma"]),
    ("四川省农村的道路全部硬化。", ["四川省 location 0-3 place:cn-sichuan"]),
    ("广东省乡镇企业发展迅速。", ["广东省 location 0-3 place:cn-guangdong"]),
    ("浙江省各县都派了代表。", ["浙江省 location 0-3 place:cn-zhejiang"]),
    ("杭州市今年新增三个村。", ["杭州市 location 0-3 place:cn-hangzhou"]),
    ("四川省的农村公路全部硬化。", ["四川省 location 0-3 place:cn-sichuan"]),
    ("北京市郊区的农民增收。", ["北京市 location 0-3 place:cn-beijing"]),
    // A name of one character is none (南市 is no town of 邢台县).
    ("刘玉芬是邢台县南市屯村农民的女儿。", ["刘玉芬 person 0-3 person:liu-yufen-7d0e87", "邢台县 location 4-7 place:cn-130521"]),
  ])
  func noChain(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Named sites: a sluice after a place, flood storage and detention areas after a name.
    ("蚌埠闸今天全开泄洪。", ["蚌埠闸 location 0-3 place:bang-bu-zha-cc88d6"]),
    ("城西湖蓄洪区的群众已经转移。", ["城西湖蓄洪区 location 0-6 place:cheng-xi-hu-xu-hong-qu-d4a43d"]),
  ])
  func namedSites(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "当地的回族乡亲欢度节日。",
    "这是一个民族乡，人口不多。",
    "排涝泵站全部开机运行。",
    "他说这个闸门需要维修。",
    "李国强到泵站检查了设备。",
    "全县有十个乡镇。",
  ])
  func noSite(sentence: String) {
    #expect(mentions(sentence).filter { $0.contains("location") } == [], "\(sentence)")
  }
}
