import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Organisations named side by side, the central bodies and parties of Hong Kong and Taiwan, a
/// class word before a registered name, long registered names and investors' trade forms (issue 15
/// item 3). Sentences and trade names written for these tests, in Simplified and Traditional.
@Suite struct OrganizationBoundaryTests {
  private static func organizations(_ text: String) -> [String] {
    EntityFixture.entities(text).filter { $0.type == "organization" }.map(\.text)
  }

  @Test(arguments: [
    // A party before a legislature (`chamber`) is its members', not the council's parent.
    ("民建聯立法會議員昨日表示反對。", ["民建聯→org:dab", "立法會→org:hk-legco"]),
    ("民建联立法会议员昨日表示反对。", ["民建联→org:dab", "立法会→org:hk-legco"]),
  ])
  func bodiesSideBySide(sentence: String, expected: [String]) {
    #expect(EntityFixture.ids(sentence).filter { $0.contains("→org:") } == expected, "\(sentence)")
  }

  @Test func aBodyBeforeItsOwnUnitIsStillOneName() {
    #expect(Self.organizations("国务院港澳办发言人表示。") == ["国务院港澳办"])
  }

  @Test(arguments: [
    ("經濟部將檢討補貼方案。", ["經濟部→org:tw-moea"]),
    ("经济部长出席会议。", []),
    ("房屋局發言人稱，公屋輪候時間縮短。", ["房屋局→org:hk-hb"]),
    ("台灣民眾黨主席表示，民眾黨不會支持。", ["台灣民眾黨→org:tpp", "民眾黨→org:tpp"]),
    ("中國國民黨與民進黨各有立場，國民黨團提案。", ["中國國民黨→org:kmt", "民進黨→org:dpp", "國民黨→org:kmt"]),
    ("時代力量發表聲明。", ["時代力量→org:npp-tw"]),
    ("最高行政法院駁回上訴。", ["最高行政法院→org:tw-supreme-administrative-court"]),
    ("衛福部與客委會合辦活動。", ["衛福部→org:tw-mohw", "客委會→org:tw-hac"]),
  ])
  func centralBodiesAndParties(sentence: String, expected: [String]) {
    #expect(EntityFixture.ids(sentence).filter { $0.contains("→org:") } == expected, "\(sentence)")
  }

  @Test func anotherCountrysMinistryIsNotTaiwans() {
    let ids = EntityFixture.ids("德国经济部公布数据。").filter { $0.contains("经济部") }
    #expect(ids.count == 1)
    #expect(ids.first?.hasSuffix("org:tw-moea") == false)
  }

  @Test(arguments: [
    // A class word before a registered name is no part of it.
    ("發展商華駿置業集團昨日推出新盤。", ["華駿置業集團"]),
    ("由开发商华骏置业集团负责。", ["华骏置业集团"]),
    // An adviser's form after an industry word is the firm's name; 顧 is no family name there.
    ("高衡地產顧問董事總經理表示，樓市回穩。", ["高衡地產顧問"]),
    ("供应商名单已公布。", []),
    ("他是一名地产顾问。", []),
  ])
  func classWordBeforeAName(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
    #expect(EntityFixture.entities(sentence).filter { $0.type == "person" }.map(\.text) == [], "\(sentence)")
  }

  @Test(arguments: [
    // A trade name the dictionary knows as a rare word (宏硕 `a`, 启明 `v`) is whole.
    ("宏碩精密工業股份有限公司今日公告。", ["宏碩精密工業股份有限公司"]),
    ("据悉，宏硕精密工业股份有限公司今日公告。", ["宏硕精密工业股份有限公司"]),
    ("启明创投合伙人表示，蓝驰创投也参与了本轮融资。", ["启明创投", "蓝驰创投"]),
    ("啟明創投合夥人表示看好。", ["啟明創投"]),
    // Common words before a form are a class still.
    ("社会资本和风险资本进入市场。", []),
  ])
  func tradeNamesAreWhole(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [("凯基投顾", 3, true), ("蓝驰创投", 2, false), ("蓝驰创投", 3, true), ("王芳部长", 3, false), ("高衡地产顾问", 3, true)])
  func organizationFormEnd(text: String, at: Int, holds: Bool) {
    var problems = LexiconProblems()
    let lexicon = EntityLexicon(reader: LexiconReader(lexicons: .bundled, problems: &problems), problems: &problems)
    let s = Array(text.unicodeScalars)
    #expect(lexicon.cues.organizationFormEnd(in: s, at: at - 1).map { $0 > at } ?? false == holds, "\(text)")
  }

  @Test(arguments: [
    // A branch named by its place right after its body (`branch-suffix`) is one organisation.
    ("上海市公安局浦东分局通报案情。", ["上海市公安局浦东分局"]),
    ("中国银行上海分行与招商银行深圳支行签约。", ["中国银行上海分行", "招商银行深圳支行"]),
    ("上海一中院審理後，二中院維持原判。", ["上海一中院", "二中院"]),
    // A place and a branch word with no body before them name none.
    ("警方在浦东分局门口集合。", []),
    ("上海分行行长表示。", []),
  ])
  func branchesAfterTheirBody(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Places and an office (`office-word`) are a company's office, no body.
    ("该公司东京办公室将扩编。", []),
    ("該公司香港辦事處將擴編。", []),
    ("国务院办公室发布通知。", ["国务院办公室"]),
    // A state fund by its structure; a committee's provisional mark in parentheses is part of its name.
    ("国家集成电路产业投资基金入股。", ["国家集成电路产业投资基金"]),
    ("张江科学城管委会（筹）发布通知。", ["张江科学城管委会（筹）"]),
    // One generic word and a body's suffix are a class.
    ("地方产业投资基金规模扩大。", []),
  ])
  func officesFundsAndCommittees(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A Latin legal form (`org-word`: AG GmbH Limited) ends a company's name; a Chinese place glued
    // before it is a name of its own.
    ("德国Voltaris AG与Brenner Logistik GmbH签约。", ["Voltaris AG", "Brenner Logistik GmbH"]),
    ("Brightline Limited宣布合作。", ["Brightline Limited"]),
    ("他在AG领域工作多年。", []),
  ])
  func latinLegalForms(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }
}
