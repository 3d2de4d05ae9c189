import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Organisations of unseen news by the parts of their names (issue 15 item 3, session 16): a
/// registered company's short form by the first characters of its name, a foreign country before a
/// firm, a long stem before an institution's suffix, an ordinal inside a body's name, a division's word
/// alone before a department, a city before a national body's short form, a named unit of a company,
/// and industry words of transport and retail. Sentences written for these tests; each table holds
/// positives and negatives.
@Suite struct OrganizationNameFormsTests {
  /// Every mention of the text, as "surface type start-end" in analysis offsets.
  private func mentions(_ text: String) -> [String] {
    EntityFixture.entities(text).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  /// `entities.alias`: a registered company is called later by the beginning of its name after its
  /// place, ending at a word of the path (凯岚家居, 钧澜新材), one id with the full name; a beginning
  /// that ends inside a word (宏德|投入) names nothing longer than the trade name.
  @Test(arguments: [
    (
      "郑州凯岚家居用品有限公司今天公告。凯岚家居总经理贺子谦表示，订单增长。",
      ["郑州凯岚家居用品有限公司 organization 0-12", "凯岚家居 organization 17-21", "贺子谦 person 24-27"]
    ),
    ("江西钧澜新材料股份有限公司入选名单。钧澜新材董事长说，项目开工。", ["江西钧澜新材料股份有限公司 organization 0-13", "钧澜新材 organization 18-22"]),
    ("宏德投资有限公司今天公告。宏德投入资金。", ["宏德投资有限公司 organization 0-8", "宏德 organization 13-15"]),
  ])
  func registeredNameByItsBeginning(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
    let orgs = EntityFixture.entities(text).filter { $0.type == "organization" }
    #expect(Set(orgs.map(\.id)).count == 1, "\(EntityFixture.ids(text))")
  }

  /// `entities.organization-suffix`, `entities.company-name`: a foreign country before a trade name and a
  /// firm's or an institute's form is a place of its own (韩国|晓星集团, 美国|休斯公司); a public body, a
  /// national name, a common word after the country or a Chinese legal form keep it in the name.
  @Test(arguments: [
    ("韩国晓星集团宣布投资。", ["韩国 location 0-2", "晓星集团 organization 2-6"]),
    ("美国休斯公司宣布新计划。", ["美国 location 0-2", "休斯公司 organization 2-6"]),
    ("德国阿迪达斯公司宣布。", ["德国 location 0-2", "阿迪达斯公司 organization 2-8"]),
    ("日本东丽株式会社宣布投资。", ["日本 location 0-2", "东丽株式会社 organization 2-8"]),
    ("美国联邦航空局昨天下令检查。", ["美国联邦航空局 organization 0-7"]),
    ("澳大利亚利富国际有限公司总经理表示。", ["澳大利亚利富国际有限公司 organization 0-12"]),
  ])
  func foreignCountryBeforeAFirm(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  /// `entities.organization-suffix`: an institution's or a body's suffix takes a stem of several name
  /// words past eight characters (输变电|装备|技术|全国重点实验室); a company's form does not
  /// (社会主义现代化|报业集团 is a class).
  @Test(arguments: [
    ("输变电装备技术全国重点实验室主任表示。", ["输变电装备技术全国重点实验室 organization 0-14"]),
    ("推动有中国特色的社会主义现代化报业集团。", ["中国 location 3-5"]),
  ])
  func longStemBeforeAnInstitutionsSuffix(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  /// `entities.organization-suffix`: a state group is named by its city or province and words of its trade,
  /// generic ones too (丽水市|交通|投资|发展|集团, 安徽省|国有资本|运营|控股集团); a country and generic words
  /// before a form are a class (美国|投资银行).
  @Test(arguments: [
    ("该线由丽水市交通投资发展集团承建。", ["丽水市交通投资发展集团 organization 3-14"]),
    ("安徽省国有资本运营控股集团将注资。", ["安徽省国有资本运营控股集团 organization 0-13"]),
    ("美国投资银行纷纷入场。", ["美国 location 0-2"]),
  ])
  func stateGroupAfterItsDivision(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  /// `entities.organization-suffix`: an ordinal (第一 第五) after a place is part of a body's name
  /// (九江市|第一|人民医院); a name that begins with it, or one after a country (a rank), names none.
  @Test(arguments: [
    ("九江市第一人民医院开诊。", ["九江市第一人民医院 organization 0-9"]),
    ("他被送往第一人民医院。", []),
    ("住友信托银行是日本第二信托银行。", ["住友信托银行 organization 0-6", "日本 location 7-9"]),
  ])
  func ordinalInsideABodysName(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  /// `entities.government-department`: a division's word alone at a boundary before a department is
  /// that division's department (省|科技厅, 州|文旅局); 全县 and 各县 before it name no body.
  @Test(arguments: [
    ("省科技厅将于本月中旬公布名单。", ["省科技厅 organization 0-4"]),
    ("州文旅局局长杨秀岚介绍，冬季旅游火热。", ["州文旅局 organization 0-4", "杨秀岚 person 6-9"]),
    ("全县卫生健康局联合开展义诊活动。", []),
    ("各县卫生健康局联合开展义诊活动。", []),
  ])
  func departmentOfADivision(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  /// `entities.nested-body`: a city before a national body's short form without 国家 (发改委 of
  /// 国家发展改革委) is that city's body, an organisation of its own; 国家发改委 stays the national one,
  /// and the name offers no short form before its one-character suffix (发改|部门 is none).
  @Test func cityBeforeANationalBodysShortForm() {
    let text = "上饶市发改委主任程远帆说，发改部门已逐一约谈。"
    #expect(mentions(text) == ["上饶市发改委 organization 0-6", "程远帆 person 8-11"])
    #expect(EntityFixture.entities(text).first?.id != "org:ndrc")
    #expect(EntityFixture.ids("国家发改委今天发布通知。") == ["国家发改委→org:ndrc"])
  }

  /// `entities.body-unit`: a unit of a company named by a place right after it (`branch-suffix` 研究中心) is one
  /// organisation with it (丰田汽车|中国|研究中心); a unit without a name is none.
  @Test(arguments: [
    ("丰田汽车中国研究中心主任表示。", ["丰田汽车中国研究中心 organization 0-10"]),
    ("丰田汽车研究中心主任表示。", ["丰田汽车 organization 0-4"]),
  ])
  func namedUnitOfACompany(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  /// `entities.industry-company`: transport and retail industry words (客车 客运 超市) after a trade name make a
  /// company (宇通|客车); after a common word they name a class (长途|客运).
  @Test(arguments: [
    ("洛阳公交集团今年已采购宇通客车的新车。", ["洛阳公交集团 organization 0-6", "宇通客车 organization 11-15"]),
    ("长途客运需求回升。", []),
  ])
  func transportAndRetailIndustries(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }
}
