import Foundation
import Testing
@testable import ZhExtract

/// Courts and procuratorates with their short forms (杭州市中级人民法院 → 杭州中院) and a title after a
/// party that is no part of it (台灣民眾黨|立委), issue 15 item 3. Sentences written for these tests.
@Suite struct CourtAndTitleTests {
  /// `surface→id@start` of the organisations.
  private func organizations(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "organization" }.map { "\($0.text)→\($0.id)@\($0.start)" }
  }

  /// The short form of a court or a procuratorate after its full name is the same body, one id.
  @Test(arguments: [
    ("杭州市中级人民法院作出判决，杭州中院认为被告违约。", "杭州市中级人民法院", 0, "杭州中院", 14),
    ("浙江省高级人民法院二审后，浙江省高院驳回上诉。", "浙江省高级人民法院", 0, "浙江省高院", 13),
    ("宁波市人民检察院提起公诉，宁波市检表示将依法办理。", "宁波市人民检察院", 0, "宁波市检", 13),
  ])
  func courtShortForms(sentence: String, full: String, fullStart: Int, short: String, shortStart: Int) throws {
    let orgs = EntityFixture.entities(sentence).filter { $0.type == "organization" }
    let whole = try #require(orgs.first { $0.text == full }, "\(orgs.map(\.text))")
    let form = try #require(orgs.first { $0.text == short }, "\(orgs.map(\.text))")
    let shortEnd: Int = shortStart + short.unicodeScalars.count
    let spans: [Int] = [whole.start, form.start, form.end]
    let expected: [Int] = [fullStart, shortStart, shortEnd]
    #expect(spans == expected)
    #expect(form.id == whole.id)
  }

  /// 最高法 and 最高检 are the Supreme People's Court and Procuratorate; 最高法院 of another country is not.
  @Test(arguments: [
    ("最高人民法院发布司法解释，最高法强调要统一裁判尺度。", ["最高人民法院→org:cn-spc@0", "最高法→org:cn-spc@13"]),
    ("最高检通报了三起案件。", ["最高检→org:cn-spp@0"]),
    ("美国最高法院裁定此案。", ["美国最高法院→org:supreme-court-of-the-united-states@0"]),
  ])
  func supremeBodies(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected)
  }

  /// A procuratorate's 检 after a division only; a word that holds 市检 is none.
  @Test(arguments: [
    "城市检测能力不断提升。",
    "都市检查站今天开放。",
  ])
  func noShortProcuratorate(sentence: String) {
    #expect(organizations(sentence) == [])
  }

  /// A title after a party (立委, 常委) is no part of the party's name; the person after it stays one.
  @Test func titleAfterParty() {
    let mentions = EntityFixture.entities("台灣民眾黨立委黃國昌今天質詢。").map { "\($0.text)→\($0.type)@\($0.start)" }
    #expect(mentions == ["台灣民眾黨→organization@0", "黃國昌→person@7"])
  }

  /// A party before a committee named by its place is one organisation (中共|河北省委); the title
  /// after it (书记) is none of it.
  @Test(arguments: [
    ("中共河北省委召开会议。", ["中共河北省委@0"]),
    ("中共石家庄市委书记表示支持。", ["中共石家庄市委@0"]),
  ])
  func partyCommittees(sentence: String, expected: [String]) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "organization" }.map { "\($0.text)@\($0.start)" } == expected)
  }
}
