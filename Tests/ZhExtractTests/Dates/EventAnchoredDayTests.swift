import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// A narrative day after the event it counts from (`开幕次日`, `开通次日起`) counts from the day
/// the text gave that event, not from the last day it said; a
/// narrative same-day word right after a day (`明年元旦当天`) is that day again, no date of its
/// own. Marked mentions ⟦…⟧ with their values, each case with its anchor.
@Suite struct EventAnchoredDayTests {
  static let cases: [(marked: String, published: String?, values: [String])] = [
    // The event's day, not the holiday said after it.
    ("文化旅游季将于⟦2027年1月16日⟧在下司古镇开幕，活动持续至⟦元宵节⟧。\n开幕⟦次日起⟧，景区门票一律半价。", nil, ["2027-01-16", "2027-02-20", "2027-01-17/.."]),
    // The event follows its day: 开通首日车票在上周六开售 dates a sale.
    (
      "城际铁路⟦今天上午9时18分⟧正式开通运营。开通首日车票在⟦上周六⟧开售，⟦当日⟧即售出1.2万张。线路开通⟦次日起⟧，推出八折优惠。", "2026-11-24T20:05",
      ["2026-11-24T09:18", "2026-11-21", "2026-11-21", "2026-11-25/.."]
    ),
    // No event word before it: the last day said (事发当日, 而在次日 stay with the day in focus).
    ("⟦2023年5月9日⟧,一辆货车在大桥上起火,事发⟦当日⟧大桥封闭。", "2025-12-13", ["2023-05-09", "2023-05-09"]),
    ("公司于⟦3月4日⟧宣布回购，⟦3月6日⟧召开股东会，而在⟦次日⟧股价上涨。", "2025-03-10", ["2025-03-04", "2025-03-06", "2025-03-07"]),
    // No publication date: a year stated with a day stays in its paragraph (the text may be
    // written years later: 2022年11月30日,ChatGPT发布 … 自那之后的三年以来).
    ("⟦2022年11月30日⟧,ChatGPT发布。\n\n⟦11月18日⟧,谷歌推出新模型。", nil, ["2022-11-30", "XXXX-11-18"]),
    // The day just named, said again.
    ("⟦明年元旦⟧当天的车票已售出七成。", "2026-11-24", ["2027-01-01"]),
    ("⟦除夕⟧当晚，游客在广场观看烟花。", "2026-11-24", ["2027-02-05"]),
    // With a time of its own it stays.
    ("⟦除夕⟧⟦当晚8时⟧，游客在广场观看烟花。", "2026-11-24", ["2027-02-05", "2027-02-05T20:00"]),
  ]

  @Test(arguments: cases.indices)
  func form(_ index: Int) {
    let (marked, published, values) = Self.cases[index]
    DateFixtures.expectMarked(marked, published: published, values: values)
  }
}
