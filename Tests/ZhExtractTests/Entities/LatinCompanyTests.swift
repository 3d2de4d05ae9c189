import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Companies named by one Latin word that no table lists, by the word after it (issue 15 item 5):
/// a word only a company takes (BAM|旗下), a company word (Bosch|公司), or a verb of speech after a
/// word in capitals (YONEX|表示). Sentences written for these tests; roles, generic acronyms and
/// English words before the same cues stay out.
@Suite struct LatinCompanyTests {
  private func organizations(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "organization" }.map { "\($0.text)@\($0.start)" }
  }

  @Test(arguments: [
    ("YONEX公司表示将赞助比赛。", ["YONEX@0"]),
    ("BAM旗下品牌同步推出新品。", ["BAM@0"]),
    ("Bosch公司表示，将在华投资。", ["Bosch@0"]),
    ("Bosch集團表示，將在台投資。", ["Bosch@0"]),
    ("球拍品牌YONEX表示将赞助比赛。", ["YONEX@4"]),
    ("據悉，Zeiss 旗下的鏡頭業務增長。", ["Zeiss@3"]),
  ])
  func loneLatinCompany(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected)
  }

  @Test(arguments: [
    "公司CEO表示，今年业绩向好。",
    "多家CRO公司和OEM公司业绩下滑。",
    "SaaS公司估值回落，SPAC公司减少。",
    "该ETF旗下持仓有所调整。",
    "GDP表示经济总量。",
    "The公司",
  ])
  func latinWordThatIsNoCompany(_ sentence: String) {
    #expect(organizations(sentence) == [], "\(organizations(sentence))")
  }
}
