import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Latin model names right after a verb of release (issue 15 item 5) and Latin company names
/// ending in an industry word (Compute, Logistics): sentences written for these tests.
@Suite struct ReleasedProductTests {
  private func found(_ text: String, _ type: String) -> [String] {
    EntityFixture.entities(text).filter { $0.type == type }.map { "\($0.text)@\($0.start)→\($0.id)" }
  }

  @Test(arguments: [
    ("星衡公司发布了Nova-X3人形机器人。", ["Nova-X3@7→product:nova-x3"]),
    ("随后推出Nova-X3-Mini和Nova-T1。", ["Nova-X3-Mini@4→product:nova-x3-mini", "Nova-T1@17→product:nova-t1"]),
    ("该公司昨日推出StreamFlow 2.4。", ["StreamFlow 2.4@7→product:streamflow-2.4"]),
    ("公司同时上线 Orion-T2-Pro。", ["Orion-T2-Pro@7→product:orion-t2-pro"]),
  ])
  func modelAfterAVerbOfRelease(text: String, expected: [String]) {
    #expect(found(text, "product") == expected)
  }

  @Test(arguments: [
    "卫生部门发布COVID-19疫苗接种指引。",  // capitals and digits only: a disease
    "公司推出Apple风格的设计。",  // no hyphenated part nor version
    "他们推出Version 2计划。",  // a word of English with a number
    "该行发布Q3财报。",  // a period
    "公司推出Nova 3款新品。",  // a count after the number, and no coined word
  ])
  func noModelHere(_ text: String) {
    #expect(EntityFixture.entities(text).filter { $0.type == "product" && $0.source == "pattern" }.map(\.text) == [])
  }

  @Test(arguments: [
    ("Stellar Compute宣布完成融资。", "Stellar Compute@0→org:stellar-compute"),
    ("港口运营商Harbor Logistics表示将扩建码头。", "Harbor Logistics@5→org:harbor-logistics"),
  ])
  func latinCompanyByItsIndustryWord(text: String, expected: String) {
    #expect(found(text, "organization") == [expected])
  }

  @Test func aPhraseOfEnglishWithAIIsNoCompany() {
    #expect(found("多家企业布局Generative AI领域。", "organization") == [])
  }
}
