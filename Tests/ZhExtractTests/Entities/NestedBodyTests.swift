import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Bodies whose names begin with a place or another body (issue 15 items 3 and 4): one
/// organisation, its inner place or body no mention of its own (rule `entities.nested-body` and
/// the organisation-suffix rule's 和). Sentences written for these tests.
@Suite struct NestedBodyTests {
  /// Every mention of the sentence, as (surface, type, start, end) in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  @Test(arguments: [
    // A place before a body that a pattern found.
    ("此项计划由中国青年志愿者协会负责。", ["中国青年志愿者协会 organization 5-14"]),
    ("美国联邦航空局昨天下令检查。", ["美国联邦航空局 organization 0-7"]),
    ("德国科隆大学医院的医生说。", ["德国科隆大学医院 organization 0-8"]),
    // A province before a body whose name holds 和.
    ("浙江省发展和改革委员会昨日发布通知。", ["浙江省发展和改革委员会 organization 0-11"]),
    ("云南省文化和旅游厅表示游客增加。", ["云南省文化和旅游厅 organization 0-9"]),
    // A city's government.
    ("杭州市人民政府与企业签约。", ["杭州市人民政府 organization 0-7"]),
    ("宁波市政府今天召开会议。", ["宁波市政府 organization 0-5"]),
    // A country before a chamber of commerce named after another country.
    ("香港美国商会主席表示关注。", ["香港美国商会 organization 0-6"]),
  ])
  func placeBeforeABody(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  /// After a full place with its division's word, 和 or 与 joins two parts of a body's name that are nouns
  /// (宁德市|海洋与渔业局, 永吉县|文化广播电视和旅游局): one organisation from the place to the suffix.
  @Test(arguments: [
    ("宁德市海洋与渔业局清理养殖渔排。", ["宁德市海洋与渔业局 organization 0-9"]),
    ("据永吉县文化广播电视和旅游局统计，游客增加。", ["永吉县文化广播电视和旅游局 organization 1-14"]),
    ("湖州市文化广电和旅游局表示支持。", ["湖州市文化广电和旅游局 organization 0-11"]),
  ])
  func conjunctionAfterAFullPlace(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  /// No such name: a place before the conjunction (上海市|和), a verb between the place and it (签约|与), no
  /// division's place before the nouns (全市).
  @Test(arguments: [
    ("上海市和北京市教育局联合发文。", ["上海市 location 0-3", "北京市教育局 organization 4-10"]),
    ("宁德市签约与渔业局合作。", ["宁德市 location 0-3"]),
    ("全市海洋与渔业局发布通知。", []),
  ])
  func noConjunctionName(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A unit that ends with a body suffix after a known body.
    ("联合国禁毒署署长在会上表示。", ["联合国禁毒署 organization 0-6"]),
    ("联合国环境规划署每年选一个城市。", ["联合国环境规划署 organization 0-8"]),
    ("国务院办公厅发布通知。", ["国务院办公厅 organization 0-6"]),
    // A body before a body found by a pattern.
    ("他曾在中国科学院自然科学史研究所工作。", ["中国科学院自然科学史研究所 organization 3-16"]),
    ("会议由国务院法制办公室主办。", ["国务院法制办公室 organization 3-11"]),
    // A unit that ends with a unit suffix (司 团 室): a word of its own, or a word whose first part is one.
    ("据科学技术部农村科技司负责人介绍。", ["科学技术部农村科技司 organization 1-11"]),
    ("南京军区前线话剧团今年推出新戏。", ["南京军区前线话剧团 organization 0-9"]),
    // A known body after a body is a part of it.
    ("国务院港澳办副主任出席了会议。", ["国务院港澳办 organization 0-6"]),
    ("联合国难民署等组织进入灾区。", ["联合国难民署 organization 0-6"]),
  ])
  func bodyBeforeItsUnit(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A country's 政府 is the country (MSRA and news readers mark the place).
    ("美国政府今天宣布新措施。", ["美国 location 0-2"]),
    // A known body after China keeps its own record, China in its span: NameExtentTests.chinaBeforeAKnownBody.
    // A party committee named by its own place stays within the province.
    ("黑龙江省阿城市委确定了人选。", ["黑龙江省 location 0-4", "阿城市委 organization 4-8"]),
    // A generic word between a place and a company: the place and the company.
    ("北京台资企业九鼎轩置业企划有限公司组织活动。", ["北京 location 0-2", "九鼎轩置业企划有限公司 organization 6-17"]),
    // 和 between two nouns that are no parts of a body's name.
    ("机关申请金额和党委批准金额相差很大。", []),
    ("政府鼓励商人和银行向农民贷款。", []),
    // A common noun after a body is no unit of it.
    ("省委常委、市委书记到会。", ["省委 organization 0-2", "市委 organization 5-7"]),
    // A unit suffix inside a common word after a body (处|理, 关|系) ends no unit.
    ("外交部处理了此事。", ["外交部 organization 0-3"]),
    ("北京大学关系密切的校友回到母校。", ["北京大学 organization 0-4"]),
  ])
  func partsThatStayApart(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A body suffix that starts a title: the body before it (MSRA marks 司法部 in 司法部长).
    ("外交部长今天会见了来访的客人。", ["外交部 organization 0-3"]),
    ("日本财政部长今天表示。", ["日本财政部 organization 0-5"]),
    ("商务部部长在记者会上回答了提问。", ["商务部 organization 0-3"]),
    ("北京市公安局局长在会上讲话。", ["北京市公安局 organization 0-6"]),
    // A title before 会议 or 级 names ministers as a class: no body (issue 15 item 3).
    ("亚太经合组织经贸部长会议今天开幕。", ["亚太经合组织 organization 0-6"]),
    ("欧盟外交部长会议讨论了这一问题。", ["欧盟 organization 0-2"]),
    ("两国国防部长级会谈取得成果。", []),
  ])
  func bodiesBeforeTitles(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }
}
