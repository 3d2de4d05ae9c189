import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Bodies named from their place, the words of their name and their form, read from the place on
/// (`PlaceLedBodyMerger`, issue 15): one organisation, the places inside no mentions of their own.
/// Sentences written for these tests.
@Suite struct PlaceLedBodyTests {
  /// Every mention of the sentence, as (surface, type, start, end) in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  @Test(arguments: [
    // A joiner between two nouns of the name, a form of a unit (中心).
    ("湖南省科技评估和成果转化中心昨天发布报告。", ["湖南省科技评估和成果转化中心 organization 0-14"]),
    // A form at the end of a longer word of the path (技术|学校).
    ("宁远县卫生职业技术学校今年招收新生。", ["宁远县卫生职业技术学校 organization 0-11"]),
    // A verb inside the name, not first (产业|创新|联盟), after China.
    ("中国动力电池产业创新联盟发布白皮书。", ["中国动力电池产业创新联盟 organization 0-12"]),
    // A fund named by its province and generic words.
    ("安徽省中小企业发展基金今年投资十个项目。", ["安徽省中小企业发展基金 organization 0-11"]),
    // A place inside the name and a body a pattern read after it.
    ("常州市临江智造产业园管委会召开年度会议。", ["常州市临江智造产业园管委会 organization 0-13"]),
    // A district's government after its city.
    ("广州市白云区人民政府发布通告。", ["广州市白云区人民政府 organization 0-10"]),
    // A museum named by its city and its own word.
    ("苏州市运河艺术馆推出新展。", ["苏州市运河艺术馆 organization 0-8"]),
    // A body's suffix of three characters right after a zone.
    ("苏州工业园区管委会表示支持。", ["苏州工业园区管委会 organization 0-9"]),
    // A group's form and the legal form after it.
    ("中国航空工业集团有限公司昨日宣布重组。", ["中国航空工业集团有限公司 organization 0-12"]),
  ])
  func bodyFromItsPlace(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A short form of a place before words of their own says where a firm is: no part of its name.
    ("杭州互联网公司纷纷布局。", ["杭州 location 0-2"]),
    // A verb first after the place is the clause's.
    ("广东省支持新能源汽车产业联盟发展。", ["广东省 location 0-3", "新能源汽车产业联盟 organization 5-14"]),
    // A venue that ends with 中心 is no body.
    ("两家公司在上海国家会展中心举办发布会。", ["上海 location 5-7"]),
    // A province before a city: the body is the city's (the province is a place of its own).
    ("江苏省扬州市运河艺术馆推出新展。", ["江苏省 location 0-3", "扬州市运河艺术馆 organization 3-11"]),
    // A registered company stops at what stands before it (子公司).
    ("集团旗下香港子公司澜江国际传媒有限公司上市。", ["香港 location 4-6", "澜江国际传媒有限公司 organization 9-19"]),
    // A party committee named by a place of its own stays within it.
    ("黑龙江省阿城市委确定了人选。", ["黑龙江省 location 0-4", "阿城市委 organization 4-8"]),
    // A part of a region is no body.
    ("广东东北部地区普降大雨。", ["广东 location 0-2"]),
  ])
  func noBodyFromThePlace(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  /// A verb right after an organisation's name ends an anchored name there (`AnchoredBodyScanner`): the school is the
  /// organisation, not a name that runs over the verb to 实验室.
  @Test(arguments: [
    ("萍乡学院与江西理工大学共建新材料联合实验室。", ["萍乡学院 organization 0-4", "江西理工大学 organization 5-11"])
  ])
  func verbAfterAName(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }
}
