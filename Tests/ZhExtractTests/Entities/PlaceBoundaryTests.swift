import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Place-shaped names by suffix and the word boundaries of short forms (issue 15 item 4: rules
/// `entities.place-suffix` with the `place-tail` cues, and the lexicon's forms of two characters
/// that cut through words). Sentences written for these tests.
@Suite struct PlaceBoundaryTests {
  /// Every mention of the sentence, as "surface type start-end" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  @Test(arguments: [
    // A division after two characters that are words of one character each.
    ("石屯镇凤林村的村民修了路。", ["石屯镇 location 0-3", "凤林村 location 3-6"]),
    ("镇前镇与石圳村之间通了车。", ["镇前镇 location 0-3", "石圳村 location 4-7"]),
    ("熊山街道的居民在排队。", ["熊山街道 location 0-4"]),
    // The dictionary's 山镇 holds the division and the name's last character.
    ("记者在铁山镇看到。", ["铁山镇 location 3-6"]),
  ])
  func divisionAfterSingleCharacters(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "该村今年丰收。",  // a pronoun
    "两市签署协议。",  // a numeral
    "这座城市很美。",  // a measure word before the dictionary's 城市
    "大、中城市都在建设。",  // a direction before it
    "城市街道很干净。",  // 城市 is no name
    "本镇居民出行方便。",
    "我们村的路修好了。",
  ])
  func noDivisionAfterFunctionWords(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "location" }.map(\.text) == [], "\(sentence)")
  }

  @Test(arguments: [
    // A port or a station after a place is a place of its own, and takes a zone after it.
    ("钦州港大榄坪码头很忙。", ["钦州港 location 0-3"]),
    ("钦州保税港区和钦州港片区发布政策。", ["钦州保税港区 location 0-6", "钦州港片区 location 7-12"]),
    ("中关村软件园的企业很多。", ["中关村软件园 location 0-6"]),
    ("南通体育会展中心举办比赛。", ["南通体育会展中心 location 0-8"]),
    ("荔枝角站的月台很擠。", ["荔枝角站 location 0-4"]),
  ])
  func portsZonesAndStations(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A mountain or a river of two characters that the dictionary tags a place, beside a cue.
    ("游客登上狼山远眺。", ["狼山 location 4-6"]),
    ("瓯江沿岸的企业加快转型。", ["瓯江 location 0-2"]),
    // A scenic area after a name of two one-character words (濠|河).
    ("游客游览濠河风景区。", ["濠河风景区 location 4-9"]),
  ])
  func mountainsRiversAndScenicAreas(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "狼山的传说流传很广。",  // no cue
    "两岸关系和平发展。",  // a cue with no name
    "他站在山顶远眺。",
  ])
  func noMountainWithoutCue(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "location" }.map(\.text) == [], "\(sentence)")
  }

  /// County-level cities the segmenter dictionary files as other names (义乌 nz, 萧山 nr) are
  /// places without their suffix too; a bare name made of transliteration characters (托里 of
  /// 托里县) is not, since it is read inside foreign names.
  @Test(arguments: [
    ("旅客从⟦义乌⟧出发。", "place:cn-330782"),
    ("他在⟦萧山⟧工作多年。", "place:cn-330109"),
    ("⟦慈溪⟧的家电企业很多。", "place:cn-330282"),
  ])
  func countyLevelCityWithoutItsSuffix(marked: String, id: String) throws {
    let text = MarkedText(marked)
    let place = try #require(EntityFixture.entities(text.text).first { $0.type == "location" })
    #expect([place.start, place.end] == text.span(0) && place.id == id, "\(place.text) \(place.id)")
  }

  /// A city or a county that shares its short name with its province or its city has a row of its
  /// own (generate-china-places.py): 吉林市 is the city, not 吉林省; 长沙县 the county, not 长沙市;
  /// 河北区 Tianjin's district, not 河北省. The short name stays the higher division's.
  @Test(arguments: [
    ("⟦吉林市⟧永吉县的滑雪场开板。", "place:cn-220200"),
    ("⟦长沙县⟧的工业园区扩建。", "place:cn-430121"),
    ("天津市⟦河北区⟧发布通知。", "place:cn-120105"),
    ("⟦吉林⟧的冬季很长。", "place:cn-jilin"),
    ("⟦长沙⟧的地铁四号线开通。", "place:cn-changsha"),
    ("他出生在⟦吉林省⟧。", "place:cn-jilin"),
  ])
  func divisionSharingItsParentsShortName(marked: String, id: String) throws {
    let text = MarkedText(marked)
    let place = try #require(EntityFixture.entities(text.text).first { $0.type == "location" && $0.start == text.span(0)[0] })
    #expect([place.start, place.end] == text.span(0) && place.id == id, "\(place.text) \(place.id)")
  }

  /// A place's short form of two characters that words of the path cut at both ends is none, however
  /// often the dictionary knows the form: 登上|海拔 holds no 上海, 嵩山|南北 no 山南, 第五|河川 no 五河.
  @Test(arguments: [
    ("滑雪者乘坐缆车登上海拔1408米的主峰。", "上海"),
    ("这是嵩山南北的早期国家图景。", "山南"),
    ("第五河川分署今天表示。", "五河"),
  ])
  func noShortFormCutByWordsAtBothEnds(sentence: String, form: String) {
    #expect(!EntityFixture.entities(sentence).contains { $0.text == form }, "\(sentence)")
  }

  @Test(arguments: [
    ("他在上海市场工作了十年。", "上海"),
    ("今天津市的气温回升。", "天津市"),
  ])
  func shortFormNotCutAtBothEndsStays(sentence: String, form: String) {
    #expect(EntityFixture.entities(sentence).contains { $0.text == form }, "\(sentence) \(EntityFixture.entities(sentence).map(\.text))")
  }

  /// Regions of a province named by its one-character abbreviation and a direction, and regions of
  /// several cities (hand-made rows of entities-places.tsv): 浙南, 苏北, 长株潭, 成渝. 京津冀 stays three
  /// one-character abbreviations (rule `entities.place-abbreviation`).
  @Test(arguments: [
    ("⟦浙南⟧地区出现暴雨。", "place:region-southern-zhejiang"),
    ("降雪主要集中在⟦豫南⟧。", "place:region-southern-henan"),
    ("职工在⟦长株潭⟧任一城市缴存公积金。", "place:region-chang-zhu-tan"),
    ("⟦成渝⟧氢能产学研创新联盟成立。", "place:region-chengdu-chongqing"),
  ])
  func regionsOfProvincesAndCities(marked: String, id: String) throws {
    let text = MarkedText(marked)
    let place = try #require(EntityFixture.entities(text.text).first { $0.type == "location" })
    #expect([place.start, place.end] == text.span(0) && place.id == id, "\(place.text) \(place.id)")
  }

  /// A station or an airport after its city bears the city's name: one place (杭州萧山国际机场).
  @Test(arguments: [
    ("航班从⟦杭州萧山国际机场⟧起飞。", "place:hang-zhou-xiao-shan-guo-ji-ji-chang-ae941e"),
    ("⟦上海虹桥站⟧当日发送旅客30万人次。", "place:shang-hai-hong-qiao-zhan-acd712"),
    ("⟦广州白云站⟧开通运营。", "place:guang-zhou-bai-yun-zhan-41f0c6"),
  ])
  func aCityAndItsStationAreOnePlace(marked: String, id: String) throws {
    let text = MarkedText(marked)
    let places = EntityFixture.entities(text.text).filter { $0.type == "location" }
    #expect(places.map { [$0.start, $0.end] } == [text.span(0)] && places.first?.id == id, "\(places.map(\.text)) \(places.map(\.id))")
  }

  @Test func aDistrictAfterItsCityStaysApart() {
    // A division of the city is no station: the chain keeps its units (杭州|萧山区).
    let places = EntityFixture.entities("杭州萧山区的企业很多。").filter { $0.type == "location" }
    #expect(places.map(\.text) == ["杭州", "萧山区"])
  }

  @Test func aTransliteratedCountyNameStaysInsideAForeignName() {
    let found = EntityFixture.entities("教练萨托里奥认为球队状态不错。")
    #expect(found.map(\.text) == ["萨托里奥"] && found.first?.type == "person")
  }

  @Test func aPortIsNotItsCity() throws {
    let port = try #require(EntityFixture.entities("钦州港很忙。").first)
    #expect(port.text == "钦州港" && port.id != "place:cn-450700", "\(port.id)")
    // A division keeps its place's id.
    let county = try #require(EntityFixture.entities("东平县的农民。").first)
    #expect(county.id == "place:cn-370923")
  }

  @Test(arguments: [
    // A short form that starts inside a word (创新|平台, 钦州港|大) or whose last character starts
    // a longer, more frequent word (东|平原) is no mention.
    "该公司创新平台吸引了用户。",
    "这片东平原降雨偏多。",
  ])
  func shortFormsAcrossWords(_ sentence: String) {
    #expect(mentions(sentence) == [], "\(sentence)")
  }

  @Test(arguments: [
    ("钦州港大榄坪码头很忙。", "港大"),
    ("江海体育报记者报道。", "江海"),
  ])
  func noShortFormInsideANameOrWord(sentence: String, form: String) {
    #expect(!EntityFixture.entities(sentence).contains { $0.text == form }, "\(form) in \(sentence)")
  }

  @Test(arguments: [
    // The short forms stay where they are words.
    ("他在东平工作。", ["东平 location 2-4"]),
    ("他去了港大读书。", ["港大 organization 3-5"]),
    // The dictionary knows 山东 better than 东三省, which the path prefers.
    ("山东三省贯彻政策。", ["山东 location 0-2"]),
  ])
  func shortFormsThatAreWords(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }
}
