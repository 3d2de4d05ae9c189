import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Names no lexicon knows: dotted transliterations, Latin names by cues, organisation
/// suffixes, media in 《》. Each gets a deterministic id and `source: "pattern"`.
@Suite struct EntityPatternTests {
  @Test(arguments: [
    ("前高管⟦卡洛琳·温特斯⟧表示反对。", "person:卡洛琳·温特斯"),
    ("工程师⟦马蒂亚斯‧克劳泽⟧离职了。", "person:马蒂亚斯·克劳泽"),
    ("据⟦埃里克.多诺万⟧透露,计划推迟。", "person:埃里克·多诺万"),
    ("董事⟦安娜•索伦森⟧出席。", "person:安娜·索伦森"),
    ("顾问⟦维克多・米勒⟧说明了原因。", "person:维克多·米勒"),
    // A dotted name starts after the word its first characters would end (总理) and stops
    // before the word its last ones would start (希望).
    ("政府总理⟦罗伯特·马尔登⟧出席。", "person:罗伯特·马尔登"),
    ("秘书长⟦科菲·安南⟧希望会议成功。", "person:科菲·安南"),
  ])
  func dottedNames(marked: String, id: String) throws {
    let text = MarkedText(marked)
    let mention = try #require(EntityFixture.entities(text.text).first)
    #expect([mention.start, mention.end] == text.span(0))
    #expect(mention.id == id)
    #expect(mention.type == "person")
    #expect(mention.source == "pattern")
    #expect(mention.nameZh == String(id.dropFirst("person:".count)))
  }

  @Test(arguments: [
    ("记者 ⟦Karen Whitfield⟧ 写道,交易已完成。", "person:karen-whitfield", "person"),
    ("首席执行官 ⟦Ravi Odum⟧ 宣布了新计划。", "person:ravi-odum", "person"),
    ("⟦Joss Pell⟧ CEO 在会上发言。", "person:joss-pell", "person"),
    ("投资方 ⟦Northwind Ventures⟧ 领投。", "org:northwind-ventures", "organization"),
    ("据 ⟦The Harbor Times⟧ 报道,谈判破裂。", "org:the-harbor-times", "organization"),
  ])
  func latinNames(marked: String, id: String, type: String) throws {
    let text = MarkedText(marked)
    let mention = try #require(EntityFixture.entities(text.text).first)
    #expect([mention.start, mention.end] == text.span(0))
    #expect(mention.id == id)
    #expect(mention.type == type)
    #expect(mention.name == mention.text)
  }

  @Test(arguments: [
    ("消息称⟦海岚智造股份有限公司⟧将上市。", "org:海岚智造股份有限公司"),
    ("这份报告由⟦青禾证券⟧发布。", "org:青禾证券"),
    ("他毕业于⟦南屿大学⟧。", "org:南屿大学"),
    ("据⟦东岭经济日报⟧报道,项目延期。", "org:东岭经济日报"),
  ])
  func chineseOrganizations(marked: String, id: String) throws {
    let text = MarkedText(marked.replacingOccurrences(of: "据⟦东岭经济日报⟧", with: "据《⟦东岭经济日报⟧》"))
    let mention = try #require(EntityFixture.entities(text.text).first)
    #expect([mention.start, mention.end] == text.span(0))
    #expect(mention.id == id)
    #expect(mention.type == "organization")
    #expect(mention.source == "pattern")
  }

  @Test(arguments: [
    ("首席执行官⟦周远航⟧表示,订单仍在增长。", "person:周远航"),
    ("发言人⟦林岚⟧说,公司不予置评。", "person:林岚"),
    ("CEO ⟦欧阳明远⟧在会上发言。", "person:欧阳明远"),
    ("財政司司長⟦陳茂清⟧周三表示,將推出新措施。", "person:陈茂清"),
  ])
  func chineseNamesAfterRoles(marked: String, id: String) throws {
    let text = MarkedText(marked)
    // (財政司 in the title is a body of its own.)
    let mention = try #require(EntityFixture.entities(text.text).first { $0.type == "person" })
    #expect([mention.start, mention.end] == text.span(0))
    #expect(mention.id == id)
    #expect(mention.type == "person")
  }

  @Test(arguments: ["发言人方面表示反对。", "负责人高度重视此事。", "参议员们齐声反对。", "董事长兼总裁何时上任仍未公布。"])
  func roleFollowedByAWordIsNoName(_ sentence: String) {
    #expect(EntityFixture.ids(sentence) == [])
  }

  @Test func dottedNameWinsOverAPlaceOrCompanyGivenName() {
    #expect(EntityFixture.ids("多米尼克·罗西与阿里·哈桑在中国·杭州会面。") ==
      ["多米尼克·罗西→person:多米尼克·罗西", "阿里·哈桑→person:阿里·哈桑", "中国→country-cn", "杭州→cn-hangzhou"])
  }

  @Test func twoPlacesJoinedByADotAreNoPerson() {
    #expect(EntityFixture.ids("论坛在卡塔尔·多哈开幕,莫斯科·克里姆林宫随后表态。") ==
      ["卡塔尔→country-qa", "多哈→qa-doha", "莫斯科→ru-moscow"])
  }

  @Test func newspapersInTitleMarks() {
    #expect(EntityFixture.ids("据《南岭观察报》和《21世纪商业报道》报道。") ==
      ["南岭观察报→org:南岭观察报", "21世纪商业报道→org:21世纪商业报道"])
  }

  @Test func familyNameOfAKnownPersonTakesAnotherGivenName() {
    #expect(EntityFixture.ids("艾隆·马斯克再次发文。") == ["艾隆·马斯克→elon-musk"])
  }

  @Test func bookTitlesAreNotMedia() {
    #expect(EntityFixture.ids("他读完了《芯片法案》和《长夜将尽》。") == [])
  }

  @Test func untypedCapitalisedWordsAreLeftAlone() {
    #expect(EntityFixture.ids("会议代号 Blue Harbor 很快传开。") == [])
  }
}
