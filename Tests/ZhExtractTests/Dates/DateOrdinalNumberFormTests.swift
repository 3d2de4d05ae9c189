import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Issue 17's ordinals (weeks and weekdays counted in a month or a year) and years and dates in
/// less common writings (digit by digit, a leading zero, day-first numerals, spaces). Each case
/// names its anchor.
@Suite struct DateOrdinalNumberFormTests {
  static let cases: [(marked: String, published: String?, values: [String])] = [
    // The nth week of a month counts from its first Monday (docs/SPEC.md).
    ("⟦十月的第一周⟧是⟦国庆节⟧", "2017-03-22", ["2016-W40", "2016-10-01"]),
    ("⟦本月第2周⟧", "2025-12-13", ["2025-W50"]),
    ("⟦下个月第一周⟧", "2025-12-13", ["2026-W02"]),
    ("⟦2025年3月第一周⟧", nil, ["2025-W10"]),
    ("⟦2021年的第一周⟧", nil, ["2021-W01"]),
    ("⟦今年第10周⟧", "2025-12-13", ["2025-W10"]),
    // The nth (or last) weekday of a month.
    ("⟦十月第一个星期一⟧", "2025-12-13", ["2025-10-06"]),
    ("⟦四月的最后一个星期一⟧", "2019-07-22", ["2019-04-29"]),
    ("⟦2024年6月第3个星期日⟧", nil, ["2024-06-16"]),
    ("⟦8月的最后一个周五⟧", "2025-12-13", ["2025-08-29"]),
    // Years digit by digit, with a leading zero, of three digits.
    ("⟦零八年⟧奥运会在北京举办", "2017-03-22", ["2008"]),
    ("⟦零七年八月二十九号⟧", "2017-03-22", ["2007-08-29"]),
    ("他⟦九七年⟧毕业", "2025-12-13", ["1997"]),
    ("⟦九七年一季度⟧", "2025-12-13", ["1997-Q1"]),
    ("⟦三六七年一月一日⟧", nil, ["0367-01-01"]),
    ("他⟦07年⟧就毕业了", "2017-03-22", ["2007"]),
    ("他⟦07年以后⟧就没再来过学校", "2017-03-22", ["2008/.."]),
    // Numeric dates whose order is plain, and spaced ones.
    ("你⟦13.5.2015⟧有没有空", nil, ["2015-05-13"]),
    ("生于⟦10/31/1974⟧", nil, ["1974-10-31"]),
    ("⟦2010 01 29⟧", nil, ["2010-01-29"]),
    // Whole units next to the anchor's own, counted; a week word then a weekday word.
    ("⟦上两周⟧的销量", "2025-12-13", ["2025-W48/2025-W49"]),
    ("⟦下两个月⟧交付", "2025-12-13", ["2026-01/2026-02"]),
    ("⟦上3个季度⟧", "2025-12-13", ["2025-Q1/2025-Q3"]),
    ("⟦下周周六⟧见", "2025-12-13", ["2025-12-20"]),
    ("⟦上礼拜星期三⟧", "2025-12-13", ["2025-12-03"]),
    // A day in Chinese numerals where a date may begin.
    ("会议于⟦二十日⟧召开", "2025-12-13", ["2025-12-20"]),
    ("⟦三十一号⟧前提交", "2025-12-13", ["2025-12-31"]),
  ]

  @Test(arguments: cases.indices)
  func form(_ index: Int) {
    let (marked, published, values) = Self.cases[index]
    DateFixtures.expectMarked(marked, published: published, values: values)
  }

  /// Counts, anniversaries and numbers that only look like these forms.
  @Test(arguments: [
    "工作了三四年。", "一两年内完成。", "三五年后再说。", "七八年前的事。", "第二周年纪念。", "十月第六个星期一。",
    "版本1.2.2020发布。", "我会在3-7-2017回来。", "1/2/2020", "编号2010 01 29 3。", "九十年代的歌。",
    "两日后再议。", "六日游。", "周六日休息。", "一日三餐。", "三号线换乘。", "上两周内完成。", "下两个台阶。",
  ])
  func noOrdinalOrNumberDate(_ sentence: String) {
    let dates = DateFixtures.dates(sentence, published: "2025-12-13")
    let bad = dates.filter {
      [
        "dates.month-week", "dates.month-nth-weekday", "dates.year-week", "dates.dmy-numeric", "dates.ymd-numeric", "dates.year",
        "dates.counted-units", "dates.day",
      ].contains($0.rule)
    }
    #expect(bad.isEmpty, "\(sentence): \(dates.map { "\($0.text)=\($0.value) \($0.rule)" })")
  }
}
