import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Where the name of a town or a village starts, and which forms name no place (issue 15 item 4,
/// rules `entities.place-suffix` and `entities.dictionary-name`). Sentences written for these tests.
@Suite struct PlaceNameEdgeTests {
  private func places(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "location" }.map(\.text)
  }

  /// A town or a village that the dictionary files as one word with a person's tag (高升镇 `nr`), a
  /// rare character of its name that jieba tags `zg` (圩, 崇), a time word before it, a list of places.
  @Test(arguments: [
    ("进入九十年代以后，高升镇建起了蔬菜批发市场。", ["高升镇"]),  // 高升镇 is a word tagged `nr`
    ("新校舍在江西安义县万埠镇落成。", ["江西", "安义县", "万埠镇"]),
    ("今年以来，红圩村累计接待游客12万人次。", ["红圩村"]),  // 圩 is `zg`, and rare
    ("如今陇穷村已选准了开发的路子。", ["陇穷村"]),  // a time word before the name
    ("禾源镇、堆子前镇等高山茶区要提前采摘。", ["禾源镇", "堆子前镇"]),  // 堆 is no verb in a list
    ("他骑车到耿镇、崇皇乡一带调查。", ["耿镇", "崇皇乡"]),
    ("征收涉及书楼镇金沙村的村民。", ["金沙村"]),  // a division's character starts no village's name
  ])
  func townsAndVillages(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "此村今年粮食丰收。",  // 此 is a frequent `zg` character: a pronoun
    "很多村都通了公路。",
    "各乡镇要在月底前完成任务。",
    "城镇、乡村都在发展。",  // a class of places, no name
  ])
  func divisionsAfterWordsThatNameNoPlace(_ sentence: String) {
    #expect(places(sentence).filter { $0.count >= 2 && "镇乡村县".contains($0.last!) } == [], "\(sentence)")
  }

  /// A place of the dictionary of two characters ending in a division (乌镇, 巢县) beside another place.
  @Test(arguments: [
    ("乌镇、西塘古镇和千岛湖风景区接待量居前三。", ["乌镇", "西塘古镇", "千岛湖风景区"]),
    ("安徽省巢县的船工摇着木帆船。", ["安徽省", "巢县"]),
  ])
  func dictionaryTownsBesidePlaces(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "乌镇的游客很多。",  // alone: no place beside it
    "古镇、西塘古镇都很热闹。",  // 古镇 is frequent: a class of towns
  ])
  func dictionaryTownsAloneOrCommon(_ sentence: String) {
    #expect(!places(sentence).contains("乌镇") && !places(sentence).contains("古镇"), "\(places(sentence))")
  }

  /// One character and a division before the division's title is no place: 代 (acting) and 任
  /// (served as) before 县长.
  @Test(arguments: [
    ("他历任县委副书记、代县长、县长。", [String]()),
    ("恭城先后换了五任县长。", ["恭城"]),
    ("代县县长在会上讲话。", ["代县"]),  // the county with its own title after it
  ])
  func oneCharacterBeforeATitle(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  /// A city's division that starts a common word (长沙市|区 is 长沙|市区) leaves the city without it.
  @Test(arguments: [
    ("无房职工在长沙市区租住商品住房。", ["长沙"]),
    ("北京市场的菜价平稳。", ["北京"]),
  ])
  func divisionStartingACommonWord(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }

  /// A zone named by its place and common nouns is one place (三江新区|动力电池|产业园); a name between
  /// makes two places, an everyday noun (国家) or a country none of one.
  @Test(arguments: [
    ("项目位于三江新区动力电池产业园，总投资约320亿元。", ["三江新区动力电池产业园"]),
    ("推动屏东科学园区第二期开发。", ["屏东科学园区"]),
    ("两家公司在上海国家会展中心举办发布会。", ["上海"]),
    ("美国科技园区发展很快。", ["美国"]),
    ("杭州企业进入园区。", ["杭州"]),
  ])
  func zonesNamedByPlaceAndNouns(sentence: String, expected: [String]) {
    #expect(places(sentence) == expected, "\(sentence)")
  }
}
