import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Organisations of unseen news by the parts of their names (issue 15 item 3, session 17): a school's
/// form after its place holds generic words, a university's affiliated hospital or school is one
/// organisation with it, a foreign country before a place of its own that begins a body's name is a place
/// apart, and the forms of Taiwan's schools and of provincial television. Sentences written for these
/// tests; each table holds positives and negatives.
@Suite struct OrganizationPartsTests {
  /// Every mention of the text, as "surface type start-end" in analysis offsets.
  private func mentions(_ text: String) -> [String] {
    EntityFixture.entities(text).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  /// `entities.organization-suffix`: a school's form (大学 学院: a `department-parent` that is no body suffix)
  /// after a place that is no country holds generic words (河南|科技|大学); without a place (一所科技大学) or
  /// after a country (美国|科技|大学) the words name a class. A founder's word (国立) begins the name before its place.
  @Test(arguments: [
    ("他毕业于河南科技大学。", ["河南科技大学 organization 4-10"]),
    ("江西理工大学与企业共建实验室。", ["江西理工大学 organization 0-6"]),
    ("国立云林科技大学宣布。", ["国立云林科技大学 organization 0-8"]),
    ("他在一所科技大学任教。", []),
    ("多所科技大学参加。", []),
    ("美国科技大学宣布裁员。", ["美国 location 0-2"]),
  ])
  func schoolAfterItsPlace(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  /// `entities.body-unit`: a university's hospital, school or graduate school named right after it is one
  /// organisation (中南大学|湘雅二医院, 广西医科大学|第一附属医院: an ordinal names one of several; 清华大学|深圳国际研究生院);
  /// a hospital after a joiner (和 与) is another organisation, and other numerals end the unit (市卫生局|一位处长).
  @Test(arguments: [
    ("该App由河南科技大学交通运输学院联合开发。", ["河南科技大学交通运输学院 organization 5-17"]),
    ("患者转往中南大学湘雅二医院治疗。", ["中南大学湘雅二医院 organization 4-13"]),
    ("广西医科大学第一附属医院医生说。", ["广西医科大学第一附属医院 organization 0-12"]),
    ("温州医科大学附属眼视光医院专家说。", ["温州医科大学附属眼视光医院 organization 0-13"]),
    ("清华大学深圳国际研究生院教授表示。", ["清华大学深圳国际研究生院 organization 0-12"]),
    ("国立成功大学水工试验所参与。", ["国立成功大学水工试验所 organization 0-11"]),
    ("北京大学与北京协和医院合作。", ["北京大学 organization 0-4", "北京协和医院 organization 5-11"]),
    ("市卫生局一位处长说。", ["市卫生局 organization 0-4"]),
  ])
  func universitysUnit(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  /// `entities.organization-suffix`, `entities.anchored-body`, `entities.nested-body`: a foreign country before a
  /// place of its own that begins a body's name says where that place lies (德国|汉堡港务局, 英国|剑桥大学…研究所);
  /// a national body (俄罗斯国家统计委员会, 美国联邦航空局) keeps its country, and so does a body named by the
  /// country and a place of China (日本台湾交流协会).
  @Test(arguments: [
    ("德国汉堡港务局表示支持。", ["德国 location 0-2", "汉堡港务局 organization 2-7"]),
    ("越南广宁省人民委员会发布通知。", ["越南 location 0-2", "广宁省人民委员会 organization 2-10"]),
    ("英国剑桥大学麦克唐纳考古研究所参与发掘。", ["英国 location 0-2", "剑桥大学麦克唐纳考古研究所 organization 2-15"]),
    ("美国哥伦比亚大学教授说。", ["美国 location 0-2", "哥伦比亚大学 organization 2-8"]),
    ("俄罗斯国家统计委员会公布数据。", ["俄罗斯国家统计委员会 organization 0-10"]),
    ("美国联邦航空局昨天下令检查。", ["美国联邦航空局 organization 0-7"]),
    ("日本台湾交流协会表示。", ["日本台湾交流协会 organization 0-8"]),
  ])
  func foreignCountryBeforeAPlacesBody(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  /// `entities.organization-suffix`, `entities.place-media`, `entities.registered-name`: Taiwan's primary and junior
  /// high schools (国小 国中) end a name at a word's end (美国|中部 and 泰国|小商贩 hold none); provincial
  /// television after its place (浙江|卫视) is a medium and has no crew as a unit (江西卫视|摄制组); a word
  /// of a post held (现任) stays out of a registered company's name.
  @Test(arguments: [
    ("北埔国小和秀林国中的学生。", ["北埔国小 organization 0-4", "秀林国中 organization 5-9"]),
    ("美国中部遭遇暴风雪。", ["美国 location 0-2"]),
    ("泰国小商贩增多。", ["泰国 location 0-2"]),
    ("浙江卫视播出了节目。", ["浙江卫视 organization 0-4"]),
    ("江西卫视摄制组来到村里。", ["江西卫视 organization 0-4"]),
    ("各大卫视都播出。", []),
    ("现任中联重科股份有限公司董事。", ["中联重科股份有限公司 organization 2-12"]),
    ("控股股东宏德投资有限公司表示。", ["宏德投资有限公司 organization 4-12"]),
  ])
  func schoolsMediaAndPosts(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }
}
