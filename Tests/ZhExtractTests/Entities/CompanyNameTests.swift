import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Companies that no lexicon lists (issue 15 item 3): a trade name and a company form (rule
/// `entities.company-name`), a name right after the class of its company (`entities.company-appositive`),
/// a company word after a company found before, and a subsidiary named after its parent
/// (`entities.nested-body`). Sentences written for these tests.
@Suite struct CompanyNameTests {
  /// Every mention of the sentence, as "surface type start-end" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  @Test(arguments: [
    // A foreign trade name: a name the dictionary knows (休斯), transliteration characters (罗威).
    ("董事会批准了向休斯公司采购卫星。", ["休斯公司 organization 7-11"]),
    ("他曾在罗威汽车公司担任工程师。", ["罗威汽车公司 organization 3-9"]),
    // Works and companies named after their town; the town is part of the name.
    ("上个月，青岛电冰箱总厂扭亏为盈。", ["青岛电冰箱总厂 organization 4-11"]),
    ("合同由贵州裕华实业公司签署。", ["贵州裕华实业公司 organization 3-11"]),
    ("黄石单板厂的厂主说。", ["黄石单板厂 organization 0-5"]),
    // A transliterated name with a middle dot.
    ("葛兰素·威康公司发布新药。", ["葛兰素·威康公司 organization 0-8"]),
    // The longest form: 集团公司, not 集团 and a word 公司.
    ("大连化工集团公司在棉花岛建成排渣场。", ["大连化工集团公司 organization 0-8"]),
  ])
  func tradeNameAndForm(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Classes of companies and works, with or without a place or a country before them.
    "不少保险公司和证券公司开始裁员。",
    "当地水泥厂和纺织厂都停产了。",
    "他在深圳一家电子厂打工。",
    "美国科技公司纷纷裁员。",
    "这家公司今年营收增长，母公司和子公司都有盈利。",
    "工厂的工人说，厂里的设备很旧。",
    "多家美国半导体制造厂停产。",
    "投资公司和咨询公司都看好这个项目。",
    "这家科技公司今年营收增长。",
  ])
  func classesThatAreNoCompany(_ sentence: String) {
    let organizations = EntityFixture.entities(sentence).filter { $0.type == "organization" }.map(\.text)
    #expect(organizations.isEmpty, "\(sentence): \(organizations)")
  }

  @Test(arguments: [
    // A company word after a company that a suffix found, or after a known company with its town.
    ("他持有日兴证券公司的股票。", ["日兴证券公司 organization 3-9"]),
    ("这是上海邮电与深圳华为公司合作建成的。", ["上海 location 2-4", "深圳华为公司 organization 7-13"]),
    // A subsidiary named after its parent.
    ("中信建投证券分析师表示市场回暖。", ["中信建投证券 organization 0-6"]),
    // A common word between the parent and the suffix names no subsidiary.
    ("腾讯旗下银行正在筹备。", ["腾讯 organization 0-2"]),
  ])
  func companyWordsAndSubsidiaries(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test func knownCompanyKeepsItsIDWithItsCompanyWord() {
    #expect(EntityFixture.ids("这是深圳华为公司的产品。") == ["深圳华为公司→org:huawei"])
    // Its English name with an English company word is the same company.
    #expect(EntityFixture.ids("匯豐控股（HSBC Holdings）公布業績。") == ["匯豐控股→org:hsbc", "HSBC Holdings→org:hsbc"])
  }

  @Test(arguments: [
    // An English name in parentheses after the name: its alias, one id.
    ("新能源出行平台云帆出行(Yunfan Mobility)获得投资。", ["云帆出行 organization 7-11", "Yunfan Mobility organization 12-27"]),
    // A trade name and an industry word; the same name later, without the class, is the same company.
    ("新创公司曜石半导体完成募资，曜石半导体执行长表示满意。", ["曜石半导体 organization 4-9", "曜石半导体 organization 14-19"]),
  ])
  func nameAfterItsClass(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
    #expect(Set(EntityFixture.entities(sentence).map(\.id)).count == 1)
  }
}
