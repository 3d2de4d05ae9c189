import Testing
@testable import ZhExtract

/// Counts forward (issue 17): `三年后`, `半年后`, `两周之后` are points counted from the anchor right
/// after a word of the future (计划, 将于, 预计, 拟在, 有望: the clause looks ahead from the time of
/// writing); any other count forward counts from the event just told: from the day or month
/// the paragraph (or the one before) states, else it is left alone. Every mention is marked; each case names its anchor (2025-12-13, a Saturday of
/// ISO week 50).
@Suite struct DateCountForwardTests {
  static let cases: [(marked: String, published: String?, values: [String])] = [
    ("公司计划⟦三年后⟧上市。", "2025-12-13", ["2028"]),
    ("新规将于⟦三天後⟧生效。", "2025-12-13", ["2025-12-16"]),
    ("大桥预计⟦半年后⟧完工。", "2025-12-13", ["2026-06"]),
    ("双方拟在⟦两周后⟧签约。", "2025-12-13", ["2025-W52"]),
    ("患者预计⟦3个月之后⟧复查。", "2025-12-13", ["2026-03"]),
    ("学校有望⟦半个月后⟧开学。", "2025-12-13", ["2025-12-28"]),
    ("项目计划⟦一年半以后⟧竣工。", "2025-12-13", ["2027-06"]),
    // A count and a half forward: the month holding the day N months and 15 days on.
    ("工程预计⟦两个半月后⟧完工。", "2025-12-13", ["2026-02"]),
    ("工程预计⟦两个半月后⟧完工。", "2025-12-20", ["2026-03"]),
    // Without a word of the future the count runs from the event just told: from its day or
    // month when the paragraph (or the one before) states it, else no date.
    ("⟦2019年5月9日⟧，工厂起火；⟦三天后⟧，火被扑灭。", "2025-12-13", ["2019-05-09", "2019-05-12"]),
    ("⟦2025年5月10日⟧，公司发布公告。⟦3天后⟧，公司再次发布公告；⟦两周后⟧，产品上市。", "2025-12-13", ["2025-05-10", "2025-05-13", "2025-W22"]),
    ("⟦今年3月⟧，工厂动工。\n⟦两个月后⟧，主体结构完工。", "2025-12-13", ["2025-03", "2025-05"]),
    ("队长⟦去年12月⟧加盟，⟦半年后⟧即帮助队伍拿下冠军。", "2025-12-13", ["2024-12", "2025-06"]),
    ("⟦2024年5月10日⟧开工，⟦半个月后⟧停工。", "2025-12-13", ["2024-05-10", "2024-05-25"]),
    // Years forward count years, from a year stated with its month too.
    ("航空公司⟦2024年5月⟧首开该航线，⟦一年后⟧客座率升至86%。", "2025-12-13", ["2024-05", "2025"]),
    ("工厂⟦2019年5月9日⟧起火，⟦三天后⟧火被扑灭，⟦5月20日⟧复工。", "2025-12-13", ["2019-05-09", "2019-05-12", "2019-05-20"]),
    ("⟦2019年5月9日⟧，工厂起火。\n\n其他新闻。\n\n此事三天后才见报。", "2025-12-13", ["2019-05-09"]),
    // A year with a leading zero is no count: 07年以后 is after 2007.
    ("他⟦07年以后⟧就没再来过学校", "2017-03-22", ["2008/.."]),
    // 上N年, 下N年: the whole years just before or after the anchor's.
    ("⟦下三年⟧的规划", "2013-02-12", ["2014/2016"]),
    ("⟦上两年⟧的亏损", "2013-02-12", ["2011/2012"]),
  ]

  @Test(arguments: cases.indices)
  func form(_ index: Int) {
    let (marked, published, values) = Self.cases[index]
    DateFixtures.expectMarked(marked, published: published, values: values)
  }

  /// Counts forward from an event (惨败两年半之后, 股价飙升一周后, 两周后), after 了, 第 or 此, hours
  /// and minutes forward even after a word of the future, 后 that begins another word, and
  /// 上三年级 (a school grade).
  @Test(arguments: [
    "在ChatGPT惨败两年半之后，谷歌正在赢。", "半年后，双方签约。", "甲骨文股价飙升一周后，微软宣布。", "两周后，双方签约。", "三天後見。", "工作了两年后离开。", "第3天后病情好转。",
    "在此3天后，公司宣布。", "预计两小时后恢复通车。", "将于30分钟后抵达。", "计划三年后续投入", "他正在上三年级", "上五年制大学",
  ])
  func noCountForwardDate(_ sentence: String) {
    let dates = DateFixtures.dates(sentence, published: "2025-12-13")
    #expect(dates.isEmpty, "\(sentence): \(dates.map { "\($0.text)=\($0.value)" })")
  }
}
