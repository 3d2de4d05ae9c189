import Testing
@testable import ZhExtract

/// Every surface of one entity shares one id (issue 15, items 3 and 6): a short name that a pattern found
/// takes the id of the full name the document gives (`EntityLinker.linkShortNames`, `FullNameShape`), a
/// foreign person's given name alone that of the full name, a place's name without its suffix that of the
/// place; names that only look alike stay apart. Sentences written for these tests.
@Suite struct ShortNameLinkingTests {
  /// The mention of `surface` in `sentence` (the first).
  private func mention(_ surface: String, in mentions: [EntityMention]) -> EntityMention? {
    mentions.first { $0.text == surface }
  }

  @Test(arguments: [
    // Inner words dropped and abbreviated (公共交通 → 公交), the legal form dropped, the head 集团 kept.
    ("洛阳市公共交通集团有限公司昨日宣布调整线路，洛阳公交集团表示新线路下月开通。", "洛阳公交集团", "洛阳市公共交通集团有限公司"),
    // A body without its parent body (經濟部|水利署, 臺北市政府|交通局).
    ("經濟部水利署今日表示，水利署將加強水庫管理。", "水利署", "經濟部水利署"),
    ("臺北市政府交通局宣布新措施，交通局表示將調整號誌。", "交通局", "臺北市政府交通局"),
    // A foundation without its place and its industry word (深圳市|鹏程|公益|基金会).
    ("深圳市鹏程公益基金会昨天发起捐助，鹏程基金会秘书长表示将持续投入。", "鹏程基金会", "深圳市鹏程公益基金会"),
    // A branch named by its district first, wherever the district stands in the full name.
    ("杭州市公安局西湖区分局发布通报，西湖公安分局提醒市民注意防范。", "西湖公安分局", "杭州市公安局西湖区分局"),
    // A company's form that ends its legal form (北捷|公司 of 臺北大眾捷運|股份有限公司).
    ("臺北大眾捷運股份有限公司宣布加班車，北捷公司表示將加強疏運。", "北捷公司", "臺北大眾捷運股份有限公司"),
    // A name inside the full one after its industry's words (中国|铁路|上海局集团).
    ("中国铁路上海局集团有限公司发布消息，上海局集团表示春运将加开列车。", "上海局集团", "中国铁路上海局集团有限公司"),
    // The division's word for the place (涟溪县 → 县).
    ("记者从涟溪县人民医院获悉，县人民医院将扩建门诊楼。", "县人民医院", "涟溪县人民医院"),
    // A facility's place: the district and the generic word dropped (温州|龙湾|国际|机场).
    ("温州龙湾国际机场今年旅客吞吐量创新高，温州机场将新开航线。", "温州机场", "温州龙湾国际机场"),
    // Of two firms sharing a place, the one whose words the short form keeps.
    ("洛阳市公共交通集团有限公司和洛阳市城市建设投资集团有限公司签约，洛阳公交集团将牵头。", "洛阳公交集团", "洛阳市公共交通集团有限公司"),
    ("北京银行和北京农村商业银行签署协议，北京农商银行表示将加大投入。", "北京农商银行", "北京农村商业银行"),
    // Of two branches of one bureau, the one of the district the short form names.
    ("杭州市公安局西湖区分局和杭州市公安局上城区分局联合行动，上城公安分局表示。", "上城公安分局", "杭州市公安局上城区分局"),
    // A foreign person's given name alone after the whole name.
    ("沙特外交大臣费萨尔·本·法尔汉表示欢迎，费萨尔说双方将加强合作。", "费萨尔", "费萨尔·本·法尔汉"),
    // A short form that a later short form was read from (福建省检察院 gave 省检察院 before it was
    // read as 福建省人民检察院's): all three share the id.
    ("福建省检察院工作报告\n福建省人民检察院检察长作报告。省检察院与厦门大学共建研究基地。", "省检察院", "福建省人民检察院"),
    // A village's or a scenic area's name without its suffix, where a pattern found it.
    ("乌镇、西塘古镇和千岛湖风景区接待量位居前三。乌镇景区当天下午启动限流措施。", "乌镇", "乌镇景区"),
    // The lexicon's linked form of a place (華府 in a story that names 華盛頓).
    ("美国国务院发言人表示，華盛頓方面不會讓步，華府官員說。", "華府", "華盛頓"),
  ])
  func shortNameSharesTheFullNamesID(sentence: String, short: String, full: String) throws {
    let mentions = EntityFixture.entities(sentence)
    let s = try #require(mention(short, in: mentions), "\(short) not found: \(mentions.map(\.text))")
    let f = try #require(mention(full, in: mentions), "\(full) not found: \(mentions.map(\.text))")
    #expect(s.id == f.id, "\(short)→\(s.id), \(full)→\(f.id)")
    #expect(s.type == f.type)
  }

  @Test(arguments: [
    // Another bank: the short form drops the trade name 人民 (中国人民银行 is not 中国银行).
    ("海州市人民银行发布通知，海州银行表示将执行。", "海州银行", "海州市人民银行"),
    ("北京银行和北京农村商业银行签署协议，北京农商银行表示将加大投入。", "北京银行", "北京农村商业银行"),
    // The lexicon's two banks stay two.
    ("中国人民银行宣布降准，中国银行随即下调利率。", "中国银行", "中国人民银行"),
    // A body's short form that drops the words of its own name (公路 of 交通运输部公路局).
    ("交通运输部公路局发布通知，交通局表示将执行。", "交通局", "交通运输部公路局"),
    // The parent body is not its branch: its head is 局, the branch's 分局.
    ("杭州市公安局通报，杭州市公安局西湖区分局破获一起案件，西湖公安分局表示。", "杭州市公安局", "杭州市公安局西湖区分局"),
    // Of two branches, the other one.
    ("杭州市公安局西湖区分局和杭州市公安局上城区分局联合行动，上城公安分局表示。", "上城公安分局", "杭州市公安局西湖区分局"),
    // Two people of one given name: the given name alone names neither.
    ("沙特王储穆罕默德·本·萨勒曼会见巴勒斯坦总统穆罕默德·阿巴斯，穆罕默德表示支持和平。", "穆罕默德", "穆罕默德·阿巴斯"),
    ("沙特王储穆罕默德·本·萨勒曼会见巴勒斯坦总统穆罕默德·阿巴斯，穆罕默德表示支持和平。", "穆罕默德", "穆罕默德·本·萨勒曼"),
  ])
  func namesThatOnlyLookAlikeStayApart(sentence: String, a: String, b: String) throws {
    let mentions = EntityFixture.entities(sentence)
    let first = try #require(mention(a, in: mentions), "\(a) not found: \(mentions.map(\.text))")
    let second = try #require(mention(b, in: mentions), "\(b) not found: \(mentions.map(\.text))")
    #expect(first.id != second.id, "\(a) and \(b) share \(first.id)")
  }

  @Test(arguments: [
    // 華府 names Washington only in a story that names it otherwise.
    "華府官員說，新政策下月生效。",
    // A company's trade name that is also a village's name names neither alone.
    "婺源县篁岭文旅股份有限公司运营的篁岭村景区游客大增，篁岭的晒秋吸引游客。",
  ])
  func aFormThatNamesNoOneForCertain(_ sentence: String) {
    let mentions = EntityFixture.entities(sentence)
    #expect(!mentions.contains { $0.text == "華府" && $0.id == "place:us-dc" }, "\(mentions.map { "\($0.text)→\($0.id)" })")
    #expect(!mentions.contains { $0.text == "篁岭" && $0.type == "organization" }, "\(mentions.map { "\($0.text)→\($0.id)" })")
  }

  @Test func aShortNameIsAnAlias() throws {
    let mentions = EntityFixture.entities("經濟部水利署今日表示，水利署將加強水庫管理。")
    let short = try #require(mention("水利署", in: mentions))
    #expect(short.source == "alias")
    #expect(short.id == "org:jing-ji-bu-shui-li-shu-6dcf80")
    #expect(short.nameZh == "经济部水利署")
  }
}
