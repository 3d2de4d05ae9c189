import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Names no lexicon knows: dotted transliterations, Latin names by cues, organisation
/// suffixes, media in 《》. Each gets a deterministic id and `source: "pattern"`.
@Suite struct EntityPatternTests {
  @Test(arguments: [
    ("前高管⟦卡洛琳·温特斯⟧表示反对。", "person:ka-luo-lin-wen-te-si-fea995"),
    ("工程师⟦马蒂亚斯‧克劳泽⟧离职了。", "person:ma-di-ya-si-ke-lao-ze-d46cd7"),
    ("据⟦埃里克.多诺万⟧透露,计划推迟。", "person:ai-li-ke-duo-nuo-wan-d93ccb"),
    ("董事⟦安娜•索伦森⟧出席。", "person:an-na-suo-lun-sen-d3918f"),
    ("顾问⟦维克多・米勒⟧说明了原因。", "person:wei-ke-duo-mi-lei-561805"),
    // A dotted name starts after the word its first characters would end (总理) and stops
    // before the word its last ones would start (希望).
    ("政府总理⟦罗伯特·马尔登⟧出席。", "person:luo-bo-te-ma-er-deng-e224cb"),
    ("秘书长⟦科菲·安南⟧希望会议成功。", "person:ke-fei-an-nan-205c1a"),
  ])
  func dottedNames(marked: String, id: String) throws {
    let text = MarkedText(marked)
    let mention = try #require(EntityFixture.entities(text.text).first)
    #expect([mention.start, mention.end] == text.span(0))
    #expect(mention.id == id)
    #expect(mention.type == "person")
    #expect(mention.source == "pattern")
    #expect(mention.nameZh == mention.normalized?.replacingOccurrences(of: "[.‧•・]", with: "·", options: .regularExpression))
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
    ("消息称⟦海岚智造股份有限公司⟧将上市。", "org:hai-lan-zhi-zao-gu-fen-you-xian-gong-si-40d497"),
    ("这份报告由⟦青禾证券⟧发布。", "org:qing-he-zheng-quan-ac5a3d"),
    ("他毕业于⟦南屿大学⟧。", "org:nan-yu-da-xue-a7ff42"),
    ("据⟦东岭经济日报⟧报道,项目延期。", "org:dong-ling-jing-ji-ri-bao-7a1a9d"),
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
    ("首席执行官⟦周远航⟧表示,订单仍在增长。", "person:zhou-yuanhang-ad13e5"),
    ("发言人⟦林岚⟧说,公司不予置评。", "person:lin-lan-1664ae"),
    ("CEO ⟦欧阳明远⟧在会上发言。", "person:ouyang-mingyuan-510abe"),
    ("財政司司長⟦陳茂清⟧周三表示,將推出新措施。", "person:chen-maoqing-a62fac"),
    // Any family name of the model's table after a title (赖), a given name the model has seen that
    // opens with a word that follows names (向东) or ends in a time word's first character (建平|日前),
    // and 受 after the name.
    ("董事长⟦段向东⟧表示支持。", "person:duan-xiangdong-a11142"),
    ("副局长⟦黄致远⟧受访时表示。", "person:huang-zhiyuan-99cd87"),
    ("议长⟦赖清辉⟧会后表示。", "person:lai-qinghui-7f794c"),
    ("副厅长⟦吴建平⟧日前说。", "person:wu-jianping-d06d94"),
    ("通讯员⟦吴光荣⟧报道。", "person:wu-guangrong-d66ff5"),
  ])
  func chineseNamesAfterRoles(marked: String, id: String) throws {
    let text = MarkedText(marked)
    // (財政司 in the title is a body of its own.)
    let mention = try #require(EntityFixture.entities(text.text).first { $0.type == "person" })
    #expect([mention.start, mention.end] == text.span(0))
    #expect(mention.id == id)
    #expect(mention.type == "person")
  }

  @Test(arguments: [
    "发言人方面表示反对。", "负责人高度重视此事。", "参议员们齐声反对。", "董事长兼总裁何时上任仍未公布。",
    // A rarer family name that starts a longer word (商量, 满意, 相继) or a verb of speech after it (时|表示).
    "我同村委会主任商量过。", "总理满意地说。", "教练相继发表讲话。", "他在会见记者时表示。",
  ])
  func roleFollowedByAWordIsNoName(_ sentence: String) {
    #expect(EntityFixture.ids(sentence) == [])
  }

  @Test func dottedNameWinsOverAPlaceOrCompanyGivenName() {
    #expect(
      EntityFixture.ids("多米尼克·罗西与阿里·哈桑在中国·杭州会面。") == [
        "多米尼克·罗西→person:duo-mi-ni-ke-luo-xi-b3e48a", "阿里·哈桑→person:a-li-ha-sang-7179c5", "中国→place:cn", "杭州→place:cn-hangzhou",
      ])
  }

  @Test func twoPlacesJoinedByADotAreNoPerson() {
    #expect(EntityFixture.ids("论坛在卡塔尔·多哈开幕,莫斯科·克里姆林宫随后表态。") == ["卡塔尔→place:qa", "多哈→place:qa-doha", "莫斯科→place:ru-moscow"])
  }

  @Test func newspapersInTitleMarks() {
    #expect(EntityFixture.ids("据《南岭观察报》和《21世纪商业报道》报道。") == ["南岭观察报→org:nan-ling-guan-cha-bao-3b55db", "21世纪商业报道→org:21-shi-ji-shang-ye-bao-dao-191622"])
  }

  @Test func familyNameOfAKnownPersonTakesAnotherGivenName() {
    #expect(EntityFixture.ids("艾隆·马斯克再次发文。") == ["艾隆·马斯克→person:elon-musk"])
  }

  @Test func bookTitlesAreNotMedia() {
    #expect(EntityFixture.ids("他读完了《芯片法案》和《长夜将尽》。") == [])
  }

  @Test func untypedCapitalisedWordsAreLeftAlone() {
    #expect(EntityFixture.ids("会议代号 Blue Harbor 很快传开。") == [])
  }
}
