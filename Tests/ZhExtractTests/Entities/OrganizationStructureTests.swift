import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Organisations read by their structure, with the boundaries of issue 15 item 3: registered
/// names that start at a hard boundary (not inside an unknown trade name, not at the word
/// before it), investors' and co-operatives' trade forms, a county's departments, bodies that
/// need their place, and the short forms that link to the full name. Sentences and names
/// written for these tests.
@Suite struct OrganizationStructureTests {
  private static func organizations(_ text: String) -> [String] {
    EntityFixture.entities(text).filter { $0.type == "organization" }.map(\.text)
  }

  @Test(arguments: [
    // The start of the text, a punctuation mark, a preposition, a verb: the trade name is whole.
    ("岑晖半导体股份有限公司公布了财报。", ["岑晖半导体股份有限公司"]),
    ("据悉，由沐川精密机械股份有限公司承建。", ["沐川精密机械股份有限公司"]),
    ("两家股东宣布成立棠越茶业有限公司。", ["棠越茶业有限公司"]),
    // A place before the trade name is part of the name.
    ("福建岚溪茶业有限公司扩建厂房。", ["福建岚溪茶业有限公司"]),
    ("我们向岚峰电子有限公司采购。", ["岚峰电子有限公司"]),
  ])
  func registeredNameStartsAtAHardBoundary(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  @Test func registeredNameAndItsShortFormShareOneID() throws {
    let entities = EntityFixture.entities("昱岭开发股份有限公司今天公告，昱岭开发将发放股利。").filter { $0.type == "organization" }
    #expect(entities.map(\.text) == ["昱岭开发股份有限公司", "昱岭开发"])
    #expect(Set(entities.map(\.id)).count == 1)
    #expect(entities.first?.source == "pattern")
  }

  @Test(arguments: [
    ("本轮由柘远资本领投，嵩禾创投跟投。", ["柘远资本", "嵩禾创投"]),
    ("朗毓投顾分析师指出，大盘仍有空间。", ["朗毓投顾"]),
    // A common word before the form is a class.
    ("社会资本和风险资本进入市场。", []),
    ("农村合作社和信用合作社都在增加。", []),
  ])
  func tradeForms(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  @Test func cooperativeAndItsShortForm() {
    let entities = EntityFixture.entities("松阳县青渚白茶专业合作社成立后，青渚合作社吸纳了社员。").filter { $0.type == "organization" }
    #expect(entities.map(\.text) == ["松阳县青渚白茶专业合作社", "青渚合作社"])
    #expect(Set(entities.map(\.id)).count == 1)
  }

  @Test(arguments: [
    ("松阳县委宣传部组织采访。", ["松阳县委宣传部"]),
    ("县农业农村局发布了通知。", ["县农业农村局"]),
    ("北仑海关查获一批冻品。", ["北仑海关"]),
    // Bodies that name no body in particular without their place.
    ("海关查获一批冻品。", []),
    ("镇党委和村委会联合开会。", []),
    ("他担任村党支部书记。", []),
    // A title, not the office: 財政司司長.
    ("財政司司長出席論壇。", []),
  ])
  func bodiesByStructure(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  @Test func financialSecretaryOfficeAloneIsTheBody() {
    #expect(EntityFixture.ids("財政司發表報告。") == ["財政司→org:hk-fso"])
  }

  @Test func parliamentOfAnotherCountryIsNotTheUSCongress() throws {
    let japan = EntityFixture.entities("日本国会通过了预算。").filter { $0.type == "organization" }
    #expect(japan.map(\.text) == ["日本国会"])
    #expect(japan.first?.id != "org:us-congress")
    #expect(EntityFixture.ids("美国国会通过法案，国会随后休会。").filter { $0.contains("国会") } == ["美国国会→org:us-congress", "国会→org:us-congress"])
  }

  @Test func cityGovernmentAndItsShortForm() {
    let entities = EntityFixture.entities("台南市政府今天宣布，南市府將補助業者。").filter { $0.type == "organization" }
    #expect(entities.map(\.text) == ["台南市政府", "南市府"])
    #expect(Set(entities.map(\.id)).count == 1)
  }

  @Test(arguments: [
    ("据澄江证券报报道，股市回暖。", ["澄江证券报"]),
    ("科技媒体岚点观察援引知情人士称。", ["岚点观察"]),
  ])
  func mediaByTheirWord(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }
}
