import Testing
@testable import ZhExtract

/// Issue 17's remaining forms: months counted in a year (第三个月, 最后4个月), a quarter's end or
/// start (一季度末), holiday-to-holiday ranges, range ends that would fall before their start,
/// two-digit years of the Republic of China in a Taiwanese article, day lists in Chinese
/// numerals, and week words of Hong Kong and the spoken language. Every mention is marked;
/// each case names its anchor.
@Suite struct DateYearOrdinalRangeFormTests {
  static let cases: [(marked: String, published: String?, values: [String])] = [
    // The Nth month of a year; its last N months (or quarters).
    ("⟦2021年的第三个月⟧", nil, ["2021-03"]),
    ("⟦明年第九个月⟧", "2025-12-13", ["2026-09"]),
    ("⟦今年的第二个月⟧销量回升", "2025-12-13", ["2025-02"]),
    ("⟦2021年的最后4个月⟧", nil, ["2021-09/2021-12"]),
    ("⟦2021年的最後兩個季度⟧", nil, ["2021-Q3/2021-Q4"]),
    ("⟦去年最后一个月⟧", "2025-12-13", ["2024-12"]),
    // A quarter's end is its last month, its start its first.
    ("⟦2024年一季度末⟧", nil, ["2024-03"]),
    ("截至⟦一季度末⟧，余额增长", "2025-05-10", ["2025-03"]),
    ("⟦三季度初⟧", "2025-08-01", ["2025-07"]),
    // A holiday to a later one: one range, the end in the start's year.
    ("⟦去年春节到元宵节⟧", "2025-12-13", ["2024-02-10/2024-02-24"]),
    // A range end that would come before its start moves on by a month or a week.
    ("展期为⟦12号到3号⟧", "2013-02-12", ["2013-02-12/2013-03-03"]),
    ("⟦下个星期日至星期三⟧", "2013-02-12", ["2013-02-24/2013-02-27"]),
    ("⟦周五至周一⟧停业", "2025-12-10", ["2025-12-12/2025-12-15"]),
    // Days listed in Chinese numerals after a month are days of that month.
    ("⟦9月十日⟧、⟦十一日⟧和⟦十二日⟧", "2025-12-13", ["2025-09-10", "2025-09-11", "2025-09-12"]),
    // Two-digit years of the Republic in a Taiwanese article (Traditional script, a word of Taiwan).
    ("行政院表示，⟦98年度⟧預算增加", "2025-12-13", ["2009"]),
    ("立法院⟦98年6月⟧三讀通過", "2025-12-13", ["2009-06"]),
    // Week words of Hong Kong and the spoken language.
    ("⟦今個星期三⟧開會", "2013-02-12", ["2013-02-13"]),
    ("⟦这一周⟧很忙", "2013-02-12", ["2013-W07"]),
  ]

  @Test(arguments: cases.indices)
  func form(_ index: Int) {
    let (marked, published, values) = Self.cases[index]
    DateFixtures.expectMarked(marked, published: published, values: values)
  }

  /// Counts of months without a year, a count of years in a Taiwanese article, the same
  /// two-digit year in a mainland one, and a quarter's 末期.
  @Test(arguments: [
    "入职第三个月就升职了。", "最后4个月冲刺。", "行政院表示，已有98年歷史。", "他在国外住了98年。",
  ])
  func noOrdinalOrRangeDate(_ sentence: String) {
    let dates = DateFixtures.dates(sentence, published: "2025-12-13")
    #expect(dates.isEmpty, "\(sentence): \(dates.map { "\($0.text)=\($0.value)" })")
  }
}
