import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Issue 17's intervals open on one side (docs/SPEC.md, `Lexicons/dates-open-bounds.tsv`): a date
/// and a word after it that leaves one side open, written `START/..` or `../END`. The anchor is an
/// article published on Saturday 2025-12-13.
@Suite struct DateOpenIntervalTests {
  static let published = "2025-12-13"

  static let cases: [(marked: String, value: String, grain: String)] = [
    // From the date on, the date included.
    ("在⟦2015年1月1日或之后⟧发货", "2015-01-01/..", "day"),
    ("⟦2015年1月1日及之后⟧", "2015-01-01/..", "day"),
    ("⟦自2018年以来⟧销量翻倍", "2018/..", "year"),
    ("⟦从2016年3月1日开始⟧的平均负荷", "2016-03-01/..", "day"),
    ("新规⟦2024年7月起⟧实施", "2024-07/..", "month"),
    ("⟦12月1日起⟧,", "2025-12-01/..", "day"),
    ("⟦2010-01-10及以后⟧", "2010-01-10/..", "day"),
    ("⟦70年代末起⟧", "1977/..", "year"),
    ("⟦明年元旦起⟧执行新标准", "2026-01-01/..", "day"),
    // After the date: the next unit of its grain.
    ("⟦2010年之后⟧出生", "2011/..", "year"),
    ("⟦2024年第四季度之后⟧", "2025-Q1/..", "quarter"),
    ("⟦2024年12月以后⟧", "2025-01/..", "month"),
    ("⟦2019年8月1日之后⟧", "2019-08-02/..", "day"),
    ("⟦2024年前三季度之后⟧", "2024-Q4/..", "quarter"),
    // Up to the date, included.
    ("⟦2013年及以前⟧的数据", "../2013", "year"),
    ("⟦2019年4月5日或之前⟧", "../2019-04-05", "day"),
    // Before the date: the unit before it.
    ("毕业于⟦2018年以前⟧", "../2017", "year"),
    ("⟦2014年9月14日之前⟧完成", "../2014-09-13", "day"),
    ("⟦2025年3月1日之前⟧", "../2025-02-28", "day"),
    ("⟦2025年第一季度之前⟧", "../2024-Q4", "quarter"),
    ("⟦2025年上半年以前⟧", "../2024-H2", "half"),
    ("⟦上周之前⟧的订单", "../2025-W48", "week"),
  ]

  @Test(arguments: cases.indices)
  func openInterval(_ index: Int) {
    let (marked, value, grain) = Self.cases[index]
    let text = MarkedText(marked)
    let dates = DateFixtures.dates(text.text, published: Self.published)
    let summary = dates.map { "\($0.text)=\($0.value)" }
    #expect(dates.map { [$0.start, $0.end] } == text.allSpans, "\(marked): \(summary)")
    #expect(dates.first?.value == value, "\(marked): \(summary)")
    #expect(dates.first?.grain == grain, "\(marked): \(summary)")
  }

  /// Words that only look like a bound: the date stays closed (or there is none).
  static let closed: [(sentence: String, dates: [String])] = [
    ("他于2024年起诉了对方", ["2024"]),
    ("航班于12月26日起飞", ["2025-12-26"]),
    ("仓库于12月5日起火", ["2025-12-05"]),
    ("合同于12月8日起草完成", ["2025-12-08"]),
    ("会议于12月13日开始", ["2025-12-13"]),
    ("2025年12月1日开始时间待定", ["2025-12-01"]),
    ("3月1日至15日之前完成", ["2026-03-01/2026-03-15"]),
    ("今天晚上八点之前", ["2025-12-13T20:00"]),
    ("每年6月30日之前申报", []),
  ]

  @Test(arguments: closed.indices)
  func notOpen(_ index: Int) {
    let (sentence, values) = Self.closed[index]
    let dates = DateFixtures.dates(sentence, published: Self.published)
    #expect(dates.map(\.value) == values, "\(sentence): \(dates.map { "\($0.text)=\($0.value)" })")
  }
}
