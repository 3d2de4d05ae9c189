import Testing
@testable import ZhExtract

/// The year of a report or a heading carries across paragraphs: a date without a year in a later
/// paragraph takes it until a year with a finer part (or another such year) takes the focus;
/// 今年 and 明年 still count from the anchor, and a report's year reaches periods and months, not
/// days (the day of the news, a day still to come).
@Suite struct DateCarriedYearTests {
  static let cases: [(marked: String, published: String?, values: [String])] = [
    // An annual-results article of March 2027 on the 2026 report.
    (
      "华光科技⟦3月18日⟧晚间披露⟦2026年⟧年度报告，全年营收同比增长18%。\n\n分季度看，⟦一季度⟧营收12亿元，⟦上半年⟧营收26亿元，⟦前三季度⟧营收40亿元，⟦第四季度⟧营收15亿元。\n\n公司预计⟦今年⟧营收将增长20%，⟦明年⟧将投产新工厂。",
      "2027-03-18", ["2027-03-18", "2026", "2026-Q1", "2026-H1", "2026-Q1/2026-Q3", "2026-Q4", "2027", "2028"]
    ),
    ("公司发布⟦2025年度⟧报告。\n\n⟦12月⟧单月营收创新高。", "2026-03-20", ["2025", "2025-12"]),
    // In April the first quarter just ended may be this year's report: the report's year takes
    // only periods the anchor's year has not completed.
    (
      "比亚迪⟦2025年⟧年报显示，全年营收增长29%。\n\n公司将于⟦6月15日⟧派发股息。⟦一季度⟧销量同比增长。\n\n⟦12月⟧单月销量创新高。", "2026-04-02",
      ["2025", "2026-06-15", "2026-Q1", "2025-12"]
    ),
    // A year with a finer part ends the carry.
    (
      "公司发布⟦2025年⟧年报。\n\n⟦2026年1月⟧订单回暖。\n\n⟦一季度⟧营收将增长。", "2026-03-20", ["2025", "2026-01", "2026-Q1"]
    ),
    // A heading sets the year of its block, days included; the next heading takes over.
    (
      "【⟦2025年⟧回顾】\n⟦3月⟧，公司完成融资。⟦5月12日⟧，新工厂投产。⟦同年底⟧，产品出口欧洲。\n【⟦2026年⟧展望】\n公司计划在⟦3月⟧发布新品。",
      "2026-01-10", ["2025", "2025-03", "2025-05-12", "2025-11/2025-12", "2026", "2026-03"]
    ),
    // A year later than the anchor's does not carry (a plan's heading).
    ("【⟦2030年⟧目标】\n⟦3月⟧，公司完成融资。", "2026-06-10", ["2030", "2026-03"]),
    // A year in a sentence of the body is no heading: the next paragraph is the anchor's.
    ("公司成立于⟦2019年⟧，总部在上海。\n\n⟦3月⟧，公司完成融资。", "2026-06-10", ["2019", "2026-03"]),
    // A headline about two years sets neither: the holiday just past is the anchor's.
    (
      "穎晟精密⟦去年⟧EPS創新高 ⟦今年⟧資本支出上修\n\n他坦言，受⟦農曆春節⟧工作天數減少影響，營收將下滑。", "2026-02-26",
      ["2025", "2026", "2026-02-17"]
    ),
  ]

  @Test(arguments: cases.indices)
  func carried(_ index: Int) {
    let (marked, published, values) = Self.cases[index]
    DateFixtures.expectMarked(marked, published: published, values: values)
  }
}
