import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Issue 17's counts and a half back from the anchor, months of the Chinese calendar as
/// periods, and years of the Republic of China without 民国 in a Taiwanese article. Every
/// mention of a sentence is marked; the values are listed in order, each case with its anchor.
@Suite struct DateLunarCountRegionFormTests {
  static let cases: [(marked: String, published: String?, values: [String])] = [
    // A count and a half: half a month back crosses into the month before when the day is 15 or less.
    ("⟦两个半月前⟧，公司上市", "2025-12-13", ["2025-09"]),
    ("⟦两个半月前⟧，公司上市", "2025-12-20", ["2025-10"]),
    ("⟦一年半前⟧他来过", "2025-12-13", ["2024-06"]),
    ("⟦两个半小时前⟧发布", "2025-12-10T08:00", ["2025-12-10T05:30"]),
    // A month of the Chinese calendar without a day: its days, first to last (ICU's calendar).
    ("⟦农历十月⟧", "2025-12-13", ["2025-11-20/2025-12-19"]),
    ("⟦2025年农历十月初一⟧", nil, ["2025-11-20"]),
    ("⟦腊月⟧里很冷", "2025-12-13", ["2026-01-19/2026-02-16"]),
    ("⟦正月⟧", "2025-12-13", ["2026-02-17/2026-03-18"]),
    ("⟦闰四月⟧", "2020-03-01", ["2020-05-23/2020-06-20"]),
    ("⟦农历8月十五⟧", "2025-12-13", ["2025-10-06"]),
    ("⟦1991年农历8月23号⟧", nil, ["1991-09-30"]),
    // Traditional script and a word of Taiwan: three-digit years count from 1911.
    ("行政院表示，⟦113年度⟧預算將增加，預計⟦116年底⟧完成。", nil, ["2024", "2027-11/2027-12"]),
    ("臺北市政府公布⟦113年1月至3月⟧的數據。", nil, ["2024-01/2024-03"]),
    ("臺北市政府交通局最後更新：⟦115/11/17 14:22⟧", nil, ["2026-11-17T14:22"]),
    ("臺北市政府公告⟦115.03.02起⟧實施", nil, ["2026-03-02/.."]),
    // Ranges and lists that write their unit once.
    ("⟦2018年2——4月⟧", nil, ["2018-02/2018-04"]),
    ("⟦2018年2-4月⟧的销量", nil, ["2018-02/2018-04"]),
    ("⟦3-5月⟧的销量", "2025-06-20", ["2025-03/2025-05"]),
    ("⟦三至五月⟧", "2025-06-20", ["2025-03/2025-05"]),
    ("⟦9月10号⟧，⟦11号⟧，⟦12号⟧都有雨", "2025-12-13", ["2025-09-10", "2025-09-11", "2025-09-12"]),
    ("⟦9月10日⟧、⟦11日⟧和⟦12日⟧", "2025-12-13", ["2025-09-10", "2025-09-11", "2025-09-12"]),
  ]

  @Test(arguments: cases.indices)
  func form(_ index: Int) {
    let (marked, published, values) = Self.cases[index]
    DateFixtures.expectMarked(marked, published: published, values: values)
  }

  /// Counts forward, durations, a leap month a year lacks, three-digit years outside a
  /// Taiwanese article, and numbers on a line or a floor.
  @Test(arguments: [
    "两个半月后再说。", "工期两个半月。", "闰四月", "闰年有366天。", "行政院表示，113年度预算将增加。", "香港特區政府表示，113年度預算將增加。",
    "臺灣在367年沒有記錄。", "香港特區政府公布115/11/17號文件。", "臺北市政府公布比例115/11。", "臺北市政府公布115/13/40。", "工期3-5个月。", "1号线和3号线换乘。", "第2-4月。",
  ])
  func noDate(_ sentence: String) {
    let dates = DateFixtures.dates(sentence, published: "2025-12-13")
    #expect(dates.isEmpty, "\(sentence): \(dates.map { "\($0.text)=\($0.value) \($0.rule)" })")
  }
}
