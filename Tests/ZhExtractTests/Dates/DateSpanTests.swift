import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Dates in running text: exact spans (marked ⟦…⟧), values and nothing else.
@Suite struct DateSpanTests {
  static let sentences: [(marked: String, published: String?, values: [String])] = [
    ("公司⟦上季度⟧亏损扩大,⟦今年⟧的目标是在⟦2026-2027 年⟧上市。", "2025-12-13", ["2025-Q3", "2025", "2026/2027"]),
    ("⟦1 月 27 日⟧,创始人与开发者座谈,⟦上周五⟧又发布了新品。", "2026-02-03", ["2026-01-27", "2026-01-30"]),
    ("據報道,該公司⟦2025年11月18日⟧宣佈,⟦第四季度⟧營收增長。", "2025-12-13", ["2025-11-18", "2025-Q4"]),
    ("发布会定在⟦３月１日至１５日⟧之间,⟦明年初⟧交付。", "2025-12-13", ["2026-03-01/2026-03-15", "2026-01/2026-02"]),
    ("He said on ⟦Nov. 18, 2025⟧ that ⟦Q3 2025⟧ revenue grew; the deal closes ⟦December 1⟧.", "2025-12-13", ["2025-11-18", "2025-Q3", "2025-12-01"]),
    ("⟦春节⟧前后,⟦2025年上半年⟧的数据将在⟦农历正月十五之后⟧公布。", "2025-12-13", ["2026-02-17", "2025-H1", "2026-03-04/.."]),
    ("该公司⟦2026财年第一季度⟧营收创新高,⟦FY2025全年⟧盈利。", "2025-12-13", ["2026-Q1", "2025"]),
    ("⟦从2024Q1到2025Q4⟧,出货量翻了一番;⟦2019~2023年⟧则增长缓慢。", "2025-12-13", ["2024-Q1/2025-Q4", "2019/2023"]),
    ("<p>会议于⟦2025年12月13日 08:00⟧开始。</p>", nil, ["2025-12-13T08:00"]),
    ("该行⟦今年前三季度⟧净利润同比增长,⟦第三季度⟧单季转正。", "2025-12-13", ["2025-Q1/2025-Q3", "2025-Q3"]),
    ("芯片厂⟦前三季度⟧出货量创新高,⟦去年前11个月⟧则下滑。", "2025-12-13", ["2025-Q1/2025-Q3", "2024-01/2024-11"]),
    ("统计显示,⟦2025年前9个月⟧的装机量超过⟦2024年全年⟧;上市前两个月股价平稳。", "2025-12-13", ["2025-01/2025-09", "2024"]),
    ("在⟦前两个月⟧里,此前三个季度的亏损被抹平。", "2025-12-13", ["2025-01/2025-02"]),
    // 前N月 without 个 after a name: the year's first months (上市前两个月 stays a length of time).
    ("全市⟦前10月⟧进出口总额增长。", "2025-12-13", ["2025-01/2025-10"]),
    // A range whose end names this year's month (至今 alone is "until now").
    ("⟦去年12月至今年2月⟧，销量增长。", "2026-11-20", ["2025-12/2026-02"]),
    // A range of parts of months: the first part's first day to the second's last.
    ("⟦3月中旬至4月上旬⟧是采摘期。", "2026-04-21", ["2026-03-11/2026-04-10"]),
    ("⟦12月下旬至1月上旬⟧客流最旺。", "2026-11-20", ["2026-12-21/2027-01-10"]),
    ("⟦2027年1月下旬至2月下旬⟧为旅游季。", "2026-11-20", ["2027-01-21/2027-02-28"]),
    ("⟦2019年⟧至今，销量年均增长一成。", "2026-11-20", ["2019"]),
    // 至今年均: "until now" and "a year on average", no 今年.
    ("⟦2019年⟧至今年均增长一成，⟦今年⟧放缓。", "2026-11-20", ["2019", "2026"]),
    // A month's first days; a year-less February ends on its 29th.
    ("⟦本月前9天⟧，全市新增订单；⟦11月首10日⟧则回落。", "2026-11-20", ["2026-11-01/2026-11-09", "2026-11-01/2026-11-10"]),
    ("⟦1月下旬至2月下旬⟧为旅游季。", nil, ["XXXX-01-21/XXXX-02-29"]),
    // Ranges of days of the Chinese calendar (the Spring Festival of 2026 is 17 February).
    ("⟦大年初一至初三⟧景区免费，⟦除夕至正月初七⟧不打烊。", "2025-12-13", ["2026-02-17/2026-02-19", "2026-02-16/2026-02-23"]),
    ("⟦今年1-9月⟧,全国新能源车销量同比增长;⟦一至三季度⟧合计出口超过⟦去年全年⟧。", "2025-12-13", ["2025-01/2025-09", "2025-Q1/2025-Q3", "2024"]),
    ("⟦民国98年5月⟧。", nil, ["2009-05"]),
    ("康熙20年⟦9月⟧。", nil, ["XXXX-09"]),
    ("他在公司干了18年,⟦18年10月1日⟧升任总裁,⟦25年Q3⟧卸任。", "2025-12-13", ["2018-10-01", "2025-Q3"]),
    ("这座城有两千年的历史,⟦两千零四年⟧重建,⟦一千九百九十八年五月⟧立项。", "2025-12-13", ["2004", "1998-05"]),
    ("约3/4的用户在⟦2025/12/13⟧前续费,1/2在⟦2025.12.1之后⟧。", "2025-12-13", ["2025-12-13", "2025-12-02/.."]),
    ("这是⟦本月初⟧一篇文章的标题,⟦三月初一⟧是农历日期。", "2025-12-13", ["2025-12-01/2025-12-10", "2026-04-17"]),
  ]

  @Test(arguments: sentences.indices)
  func spansAndValues(_ index: Int) {
    let (marked, published, values) = Self.sentences[index]
    let text = MarkedText(marked)
    let dates = DateFixtures.dates(text.text, published: published)
    #expect(dates.map { [$0.start, $0.end] } == text.allSpans, "\(text.text): \(dates.map(\.text))")
    #expect(dates.map(\.value) == values)
    let original = Array(text.text.unicodeScalars)
    for date in dates {
      #expect(AnalysisText.string(original[date.start..<date.end]) == date.text)
    }
  }

  @Test func traditionalAndFullWidthKeepTheirOriginalSurface() {
    let dates = DateFixtures.dates("上週五與２０２５年１２月", published: "2025-12-13")
    #expect(dates.map(\.text) == ["上週五", "２０２５年１２月"])
    #expect(dates.map(\.normalized) == ["上周五", "2025年12月"])
    #expect(dates.map(\.value) == ["2025-12-05", "2025-12"])
  }

  @Test func jsonFieldOrderFollowsTheSpec() throws {
    let date = try #require(DateFixtures.dates("2025财年", published: "2025-12-13").first)
    var out = JSONOutput()
    date.write(to: &out)
    guard case .object(let fields) = try JSONParser.parse(out.bytes) else { Issue.record("not an object"); return }
    #expect(fields.map(\.0) == ["text", "start", "end", "normalized", "value", "grain", "relative", "anchor", "fiscal", "rule"])
  }
}
