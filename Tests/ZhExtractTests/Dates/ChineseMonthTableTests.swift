import Testing
@testable import ZhExtract

/// The Chinese calendar's months come from `dates-chinese-months.tsv` (the observatories'
/// table, 1900–2100), not from ICU, whose approximate new moons start some months a day off.
@Suite struct ChineseMonthTableTests {
  /// Days of the Chinese calendar, each with its Gregorian date as the Hong Kong Observatory
  /// publishes it.
  @Test(arguments: [
    (2027, 1, 1, false, "2027-02-06"),  // ICU: 2027-02-07 (the new moon is at 23:56 Beijing time)
    (2030, 1, 1, false, "2030-02-03"),  // ICU: 2030-02-02
    (2026, 1, 1, false, "2026-02-17"),
    (2026, 8, 15, false, "2026-09-25"),
    (2023, 2, 1, true, "2023-03-22"),  // the leap second month
    (2023, 3, 1, false, "2023-04-20"),  // after it
    (2025, 6, 1, true, "2025-07-25"),
    (1900, 1, 1, false, "1900-01-31"),
    (2100, 12, 1, false, "2100-12-31"),
  ])
  func listedDay(_ year: Int, _ month: Int, _ day: Int, _ leap: Bool, _ iso: String) {
    #expect(ChineseCalendar.gregorian(year: year, month: month, day: day, leap: leap)?.iso == iso)
  }

  /// Days the year does not have: a leap month it does not repeat, a 30th of a month of 29.
  @Test func daysTheYearLacks() {
    #expect(ChineseCalendar.gregorian(year: 2023, month: 3, day: 1, leap: true) == nil)
    #expect(ChineseCalendar.gregorian(year: 2026, month: 1, day: 1, leap: true) == nil)
    // 2023's first month has 29 days.
    #expect(ChineseCalendar.gregorian(year: 2023, month: 1, day: 29, leap: false)?.iso == "2023-02-19")
    #expect(ChineseCalendar.gregorian(year: 2023, month: 1, day: 30, leap: false) == nil)
  }

  /// Within 1990–2040 the table and ICU start exactly these months on different days.
  @Test func whereTheTableAndICUDiffer() {
    var differ: [String] = []
    for year in 1990...2040 {
      for month in 1...12 {
        for leap in [false, true] {
          guard let listed = ChineseCalendar.gregorian(year: year, month: month, day: 1, leap: leap) else { continue }
          let icu = ChineseCalendar.computeGregorian(year: year, month: month, day: 1, leap: leap)
          if icu != listed { differ.append("\(year)-\(month)\(leap ? "+" : ""): \(listed.iso) ICU \(icu?.iso ?? "none")") }
        }
      }
    }
    #expect(
      differ == [
        "1998-12: 1999-01-17 ICU 1999-01-18", "2012-7: 2012-08-17 ICU 2012-08-18", "2018-10: 2018-11-08 ICU 2018-11-07",
        "2027-1: 2027-02-06 ICU 2027-02-07", "2030-1: 2030-02-03 ICU 2030-02-02",
      ])
  }
}
