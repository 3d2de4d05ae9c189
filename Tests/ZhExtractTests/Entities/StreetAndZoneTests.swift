import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Streets, estates, planning areas, towns after a place, parks and zones, and foreign cities
/// (issue 15 item 4: `street-suffix` cues and `entities.place-suffix`; `entities-places-hk.tsv`,
/// `entities-places-world.tsv`). Sentences written for these tests, Simplified and Traditional.
@Suite struct StreetAndZoneTests {
  /// The places of the sentence, as "surface start-end id" in analysis offsets.
  private func places(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "location" }.map { "\($0.text) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    // A street or an estate after whole name words or two single characters (弥|敦|道) ...
    ("警方在彌敦道拘捕兩名男子。", ["彌敦道 3-6 place:mi-dun-dao-318d09"]),
    // ... or after a place found before (青山|公路, 石硖尾|邨, 荔枝角|道).
    ("一輛貨車在青山公路失事。", ["青山公路 5-9 place:qing-shan-gong-lu-c43839"]),
    ("石硤尾邨一個單位起火。", ["石硤尾邨 0-4 place:shi-xia-wei-cun-831d8a"]),
    ("发展商在荔枝角道推出新盘。", ["荔枝角道 4-8 place:li-zhi-jiao-dao-f329eb"]),
    // A planning area: a place, 第, a number, 区 (the path's 门第 does not cut 屯门).
    ("政府計劃在屯門第54區興建公營房屋。", ["屯門第54區 5-11 place:tun-men-di-54-qu-8be65c"]),
  ])
  func streetsEstatesAndAreas(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    ("立法會新界西北選區的議員表示歡迎。", ["新界西北 3-7 place:hk-new-territories-north-west"]),
    ("九龍東的空置率上升，港島南則相對穩定。", ["九龍東 0-3 place:hk-kowloon-east", "港島南 10-13 place:hk-hong-kong-island-south"]),
  ])
  func hongKongConstituencies(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A name of two characters that no name tag marks, right after a place (常兴 b, 首善 v).
    ("眉县常兴镇的猕猴桃今年丰收。", ["眉县 0-2 place:cn-610326", "常兴镇 2-5 place:chang-xing-zhen-68159d"]),
    (
      "北京市西城区首善街道的社区服务中心开放。",
      [
        "北京市 0-3 place:cn-beijing", "西城区 3-6 place:cn-110102", "首善街道 6-10 place:shou-shan-jie-dao-d22f4f",
      ]
    ),
    // Two single characters, the first a verb (横|渠|镇).
    ("记者来到横渠镇采访。", ["横渠镇 4-7 place:heng-qu-zhen-a8565b"]),
    // A place word of the dictionary whose last character the path gave the division (土|城镇).
    ("他连续4年被评为土城镇优秀党员。", ["土城镇 8-11 place:tu-cheng-zhen-6e32bc"]),
  ])
  func townsWhoseNamesTheSegmentationSplits(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    ("东莞松山湖聚集了众多科技企业。", ["东莞 0-2 place:cn-dongguan", "松山湖 2-5 place:song-shan-hu-4d8bae"]),
    ("杭州余杭电商产业园入驻企业超过两百家。", ["杭州 0-2 place:cn-hangzhou", "余杭电商产业园 2-9 place:yu-hang-dian-shang-chan-ye-yuan-447541"]),
  ])
  func parksZonesAndLakes(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Cities the dictionary tags a person's name (斯图加特 nrt), a Japanese city of one character with 市.
    ("松下在大阪府堺市的工厂将停产。", ["大阪府 3-6 place:jp-27", "堺市 6-8 place:jp-sakai"]),
    ("奔驰总部位于斯图加特。", ["斯图加特 6-10 place:de-stuttgart"]),
    ("球队在曼彻斯特训练。", ["曼彻斯特 3-7 place:gb-manchester"]),
    ("比赛在武吉加里爾舉行。", ["武吉加里爾 3-8 place:my-bukit-jalil"]),
    // CLDR's exemplar cities of the time zones (the table's second source), and one as an alias.
    ("代表团抵达卢布尔雅那。", ["卢布尔雅那 5-10 place:si-ljubljana"]),
    ("他在哈利法克斯和蒙克顿工作。", ["哈利法克斯 2-7 place:ca-halifax", "蒙克顿 8-11 place:ca-moncton"]),
    ("雷克雅未克的天气很冷。", ["雷克雅未克 0-5 place:is-reykjavik"]),
  ])
  func foreignCities(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Common words ending in 道 街 路 湖, verbs of saying after a person, and 门第.
    "我知道这件事。",
    "据报道，渠道商一路走来。",
    "这种思路值得借鉴。",
    "李明道出了问题的关键。",
    "王芳笑道：“我们一定能赢。”",
    "市民走上街头，大街小巷张灯结彩。",
    "工人正在打扫街道。",
    "大、中城市都在发展。",
    "他出身门第很高。",
    "他们在湖边拍照，湖水很清澈。",
    "這個屋苑的管理費上升，街坊都說生意難做。",
    "他說道：「我們知道這條路不好走。」",
  ])
  func commonWordsAreNoPlaces(_ sentence: String) {
    #expect(places(sentence) == [], "\(sentence)")
  }

  @Test(arguments: [
    // A foreign place no table lists, by a verb of travel or location before it.
    ("球员们飞往波尔图，准备参加比赛。", ["波尔图 5-8 place:bo-er-tu-dcb7bc"]),
    ("球隊前往波爾圖作賽。", ["波爾圖 4-7 place:bo-er-tu-dcb7bc"]),
    ("代表团前往维斯比和哥德堡考察。", ["维斯比 5-8 place:wei-si-bi-8e82c6", "哥德堡 9-12 place:se-gothenburg"]),
  ])
  func foreignPlacesAfterAVerbOfTravel(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "记者随后前往采访现场，了解情况。",  // no transliteration run
    "他前往医院探望病人，随后赴会。",
    "公司总部位于斯坦福大学附近。",  // an organisation takes the run first
  ])
  func verbsOfTravelBeforeNoForeignPlace(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.source == "pattern" && $0.type == "location" }.isEmpty, "\(sentence)")
  }

  @Test(arguments: [
    // A foreign division no table lists: four transliteration characters or more and its word.
    ("马拉卡里斯村的居民开始撤离。", ["马拉卡里斯村 0-6 place:ma-la-ka-li-si-cun-50dcda"]),
    ("馬拉卡里斯村的居民開始撤離。", ["馬拉卡里斯村 0-6 place:ma-la-ka-li-si-cun-50dcda"]),
    ("联合国向塔尔卡斯坦省提供援助。", ["塔尔卡斯坦省 4-10 place:ta-er-ka-si-tan-sheng-c828fd"]),
    // A dotted name's first parts are the place's too.
    ("他出生在阿·普拉托维斯镇。", ["阿·普拉托维斯镇 4-12 place:a-pu-la-tuo-wei-si-zhen-04e861"]),
  ])
  func foreignDivisionsByTheirWord(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "伊丽莎白市长出席了仪式。",  // 市长 is a word: no division
    "克里斯蒂娜市场部经理表示。",  // 市场
    "卡斯蒂利亚市长出席。",
  ])
  func aDivisionWordInsideAWordMakesNoForeignPlace(_ sentence: String) {
    #expect(places(sentence).isEmpty, "\(sentence)")
  }

  @Test func aCountryThenAStreetWordIsNoStreet() {
    #expect(places("中国道路越走越宽广。") == ["中国 0-2 place:cn"])
  }
}
