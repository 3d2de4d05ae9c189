import Testing
@testable import ZhExtract

/// Issue 17's statistics wording for a whole year: 年内 the anchor's year, 今年全年 / 今年年内 /
/// 2024年全年 one mention. 全年 alone (全年营收, 全年增长5%) is no date: unseen articles' gold
/// leaves it out, as it does 全年 as "all year round" (全年无休, 全年营业) and 全年 inside other
/// words.
@Suite struct DateWholeYearFormTests {
  static let cases: [(marked: String, published: String?, values: [String])] = [
    ("⟦FY2025全年⟧盈利", "2025-12-13", ["2025"]),
    ("⟦2024年前三季度⟧GDP增长4.8%，全年增长5%", "2025-01-17", ["2024-Q1/2024-Q3"]),
    ("⟦上半年⟧营收增长，全年预计增长10%", "2025-12-13", ["2025-H1"]),
    ("⟦今年全年⟧累计完成投资", "2025-12-13", ["2025"]),
    ("⟦去年全年⟧亏损", "2025-12-13", ["2024"]),
    ("⟦今年年内⟧完成", "2025-12-13", ["2025"]),
    ("⟦2024年年内⟧完工", nil, ["2024"]),
    ("新工厂将于⟦年内⟧投产", "2025-12-13", ["2025"]),
  ]

  @Test(arguments: cases.indices)
  func form(_ index: Int) {
    let (marked, published, values) = Self.cases[index]
    DateFixtures.expectMarked(marked, published: published, values: values)
  }

  /// All year round, and 全年 inside other words.
  @Test(arguments: [
    "这家便利店全年无休。", "景区全年开放。", "全年365天营业。", "全年龄段均可参加。", "全年级学生参加。", "安全年检合格。",
    "完全年轻化的团队。", "三年内完成。", "预计全年营收增长一成。", "全年累计出口增长8%。", "全年中只有一次。",
  ])
  func noWholeYear(_ sentence: String) {
    let dates = DateFixtures.dates(sentence, published: "2025-12-13")
    #expect(dates.isEmpty, "\(sentence): \(dates.map { "\($0.text)=\($0.value)" })")
  }
}
