import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Organisations of unseen news by the structure of their names (issue 15 item 3): a name's first
/// character before a one-character place, a foreign name run together, a town's government, an
/// institution's department, a newspaper in a dated line, short forms by the first characters of
/// words, a body named by its division's word, and 系 before a registered name. Sentences written for
/// these tests; each table holds positives and negatives.
@Suite struct OrganizationOpenNewsTests {
  /// Every mention of the text, as "surface type start-end" in analysis offsets.
  private func mentions(_ text: String) -> [String] {
    EntityFixture.entities(text).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  /// `entities.organization-suffix`: a one-character word before a one-character place or proper word
  /// begins the name with it (维|港|政策研究所); a verb of travel does not (赴|港).
  @Test(arguments: [
    ("维港政策研究所昨日发表报告。", ["维港政策研究所 organization 0-7"]),
    ("赴港投资公司", ["港 location 1-2"]),
  ])
  func nameHeadBeforeAOneCharacterPlace(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  /// `entities.organization-suffix`: a foreign name run together is read whole past the length limit
  /// (弗劳恩霍夫|太阳能系统研究所); one longer still leaves no organisation cut inside it. The foreign country
  /// before it says where the institute is (德国 a place of its own, as news gold marks it).
  @Test func foreignNameRunTogether() {
    #expect(mentions("课题组与弗劳恩霍夫太阳能系统研究所合作。") == ["弗劳恩霍夫太阳能系统研究所 organization 4-17"])
    #expect(mentions("与德国弗劳恩霍夫太阳能系统研究所合作。") == ["德国 location 1-3", "弗劳恩霍夫太阳能系统研究所 organization 3-16"])
    let long = "与德国弗劳恩霍夫斯卡拉巴太阳能系统研究所合作。"
    #expect(!EntityFixture.entities(long).contains { $0.type == "organization" }, "\(mentions(long))")
  }

  /// `entities.nested-body`: a town's or a township's government after the town (镇 乡 as 市 县);
  /// a country's 政府 stays the country.
  @Test(arguments: [
    ("汤湖镇人民政府发布通知。", ["汤湖镇人民政府 organization 0-7"]),
    ("石门乡人民政府发布通知。", ["石门乡人民政府 organization 0-7"]),
    ("美国政府今天宣布新措施。", ["美国 location 0-2"]),
  ])
  func townGovernment(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  /// `department-holder`: a department (X部) right after a museum is no organisation; a ministry's
  /// unit after the ministry is one.
  @Test(arguments: [
    ("大英博物馆亚洲部策展人表示。", ["大英博物馆 location 0-5"]),
    ("外交部亚洲司负责人表示。", ["外交部亚洲司 organization 0-6"]),
  ])
  func departmentOfAnInstitution(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }

  /// `entities.media-cue`: in a dated line, a part that names a newspaper (…报, a section word after
  /// it cut off) is the source, after a weekday too; 通报 is no newspaper's.
  @Test(arguments: [
    ("标题\n2026年11月26日 星期四 科技前沿报\n正文。", ["科技前沿报 organization 19-24"]),
    ("标题\n2026年12月3日（星期四）　港闻日报即时新闻\n正文。", ["港闻日报 organization 19-23"]),
    ("标题\n2026年5月3日 星期日 警方通报\n正文。", []),
  ])
  func newspaperInADatedLine(text: String, expected: [String]) {
    #expect(mentions(text).filter { $0.contains("organization") } == expected, "\(text)")
  }

  /// `entities.alias`: a short form of three or four characters by the first characters of the words
  /// (a leading place whole) names the body anywhere in a document that names it whole, a headline
  /// before the story too; without the whole name it names nothing.
  @Test func shortFormByFirstCharacters() {
    let text = "华中科大团队创纪录\n华中科技大学今天宣布。"
    #expect(mentions(text) == ["华中科大 organization 0-4", "华中科技大学 organization 10-16"])
    #expect(Set(EntityFixture.entities(text).map(\.id)).count == 1, "\(EntityFixture.ids(text))")
    #expect(!EntityFixture.entities("华中科大团队创纪录。").contains { $0.type == "organization" })
  }

  /// `entities.nested-body` and `entities.alias`: 省 市 州 县 区 alone before a body is the province's or
  /// the city's body, linked to the body the document names whole (省发改委 of 江西省发展和改革委员会); a
  /// town's or a village's party cell names no body (镇党委).
  @Test func bodyNamedByItsDivision() {
    let text = "江西省发展和改革委员会表示支持。省发改委今天发布通知。"
    #expect(mentions(text) == ["江西省发展和改革委员会 organization 0-11", "省发改委 organization 16-20"])
    #expect(Set(EntityFixture.entities(text).map(\.id)).count == 1, "\(EntityFixture.ids(text))")
    #expect(mentions("镇党委和村委会联合开会。") == [])
  }

  /// The division-form link reads each full name once however often a long document repeats it
  /// (an index by the division's word, the last mention of each name): every short form of a text
  /// that says both two hundred times links to the one body; two bodies it could name leave it alone.
  @Test func bodyNamedByItsDivisionInALongDocument() {
    let text = String(repeating: "江西省发展和改革委员会表示支持。省发改委今天发布通知。\n", count: 200)
    let found = EntityFixture.entities(text)
    #expect(found.count == 400)
    #expect(Set(found.map(\.id)).count == 1, "\(Set(found.map(\.id)))")
    let two = EntityFixture.entities("江西省发展和改革委员会表示支持，湖南省发展和改革委员会也表态。省发改委今天发布通知。")
    #expect(two.map(\.text) == ["江西省发展和改革委员会", "湖南省发展和改革委员会", "省发改委"])
    #expect(Set(two.map(\.id)).count == 3, "\(two.map(\.id))")
  }

  /// `org-stop` 系 (to be): a registered name starts after it, never with the person before it.
  @Test(arguments: [
    ("刘某某原系湖北楚晟建设工程有限公司员工。", ["刘某某 person 0-3", "湖北楚晟建设工程有限公司 organization 5-17"]),
    ("刘某某原是湖北楚晟建设工程有限公司员工。", ["刘某某 person 0-3", "湖北楚晟建设工程有限公司 organization 5-17"]),
  ])
  func registeredNameAfterToBe(text: String, expected: [String]) {
    #expect(mentions(text) == expected, "\(text)")
  }
}
