import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Organisations by their structure (issue 15 item 3): long names of committees, associations and
/// national bodies read from their anchor (a place or a national word) to their suffix, missions
/// abroad (X驻Y大使馆), a bank's units, a party's central body; and what looks like a name but is
/// none (a dateline's day, a bank's class word, a part of a region, daily output). Each rule with
/// positives and negatives, in analysis offsets. Sentences written for these tests.
@Suite struct AnchoredBodyAndMissionTests {
  /// The organisations of the sentence, as `surface start-end`.
  private func organizations(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "organization" }.map { "\($0.text) \($0.start)-\($0.end)" }
  }

  @Test(arguments: [
    // anchored-suffix after a place or a body-anchor, with verbs of the body's work inside.
    ("仪式上，中国文化扶贫委员会主任讲话。", ["中国文化扶贫委员会 4-13"]),
    ("俄罗斯国家统计委员会主席公布了数据。", ["俄罗斯国家统计委员会 0-10"]),
    ("办公厅批准成立了中国环境管理体系认证指导委员会。", ["中国环境管理体系认证指导委员会 8-23"]),
    // A body found before as the anchor: the merger joins it to the rest.
    ("这项活动由国务院残疾人工作协调委员会发起。", ["国务院残疾人工作协调委员会 5-18"]),
    ("长沙住房公积金管理中心发布新政。", ["长沙住房公积金管理中心 0-11"]),
    // A place begins the name after a noun too.
    ("徐惟诚代表中国文化扶贫委员会捐款。", ["中国文化扶贫委员会 5-14"]),
    // A function of government after a place stays the department pattern's, with the same span.
    ("杭州市市场监督管理局通报了抽检结果。", ["杭州市市场监督管理局 0-10"]),
  ])
  func anchoredBodies(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "中国将成立一个委员会。",  // a clause word after the anchor
    "国际格局正在变化。",  // 格局 is one word: no 局
    "大家要顾全大局。",
    "上海国际金融中心建设加快。",  // 金融中心 is no anchored suffix
    "中国成立委员会。",  // a verb first
  ])
  func noAnchoredBody(sentence: String) {
    #expect(organizations(sentence) == [], "\(sentence)")
  }

  @Test(arguments: [
    // stationed-word: a mission's name holds 驻 between its country and its host.
    ("中国驻沙特大使馆发布提醒。", ["中国驻沙特大使馆 0-8"]),
    ("美国驻华大使馆发言人说。", ["美国驻华大使馆 0-7"]),
    // A consulate after its city.
    ("斯特拉斯堡总领事馆开馆。", ["斯特拉斯堡总领事馆 0-9"]),
    // bank-unit: a bank's credit-card centre is one organisation with the bank.
    ("招商银行信用卡中心发布公告。", ["招商银行信用卡中心 0-9"]),
    ("招商银行数据显示，营收增长。", ["招商银行 0-4"]),
    // party-central: a party's central body before a title.
    ("致公党中央主席罗豪才主持会议。", ["致公党中央 0-5"]),
    ("致公党中央的决定得到支持。", ["致公党 0-3"]),
  ])
  func missionsUnitsAndCentralBodies(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "记者驻沙特多年。",
    "博物馆和美术馆免费开放。",
  ])
  func noMission(sentence: String) {
    #expect(organizations(sentence) == [], "\(sentence)")
  }

  @Test(arguments: [
    // The day and 电 of a dateline are no part of a name.
    ("北京6月25日电外交部发言人今天说。", ["外交部 8-11"]),
    // A company's form standing as a word ends the name on the left.
    ("美国第三大银行国民银行宣布合并。", ["国民银行 7-11"]),
    // A part of a region that the dictionary files as a body (中南部) names none after a place.
    ("华北中南部有大雨。", []),
    // 日产 before a figure is daily output, no Nissan.
    ("油田可连续30年日产12万桶。", []),
    ("日产汽车销量下滑。", ["日产 0-2"]),
  ])
  func boundariesAndLookAlikes(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // placed-anchored-suffix: a laboratory after a place and a national word; without the place none.
    ("美国国家能源技术实验室的研究员说。", ["美国国家能源技术实验室 0-11"]),
    ("国家能源技术实验室成立。", []),
    // A company named by its industry word: its department (市场部) is no organisation, the company is.
    ("新鸿基地产市场部经理说。", ["新鸿基地产 0-5"]),
    // company-industry: 石化 咨询 after a trade name.
    ("荣盛石化表示将扩产。", ["荣盛石化 0-4"]),
    ("群智咨询的数据显示，出货量增长。", ["群智咨询 0-4"]),
    ("管理咨询行业增长很快。", []),
    // A verbal noun after the name is the company's act (合资 投资); no trade name before it, no company.
    ("沙特阿美与荣盛石化合资建厂。", ["沙特阿美 0-4", "荣盛石化 5-9"]),
    ("荣盛石化投资了新项目。", ["荣盛石化 0-4"]),
    ("大型地产投资项目增多。", []),
  ])
  func laboratoriesDepartmentsAndIndustries(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected, "\(sentence)")
  }
}
