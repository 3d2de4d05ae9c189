import Testing
@testable import ZhExtract

/// Calendar conversions are cached (`Memo`); the cached answers are ICU's answers, asked the
/// first time and asked again. (Chinese years 1900–2100 come from `dates-chinese-months.tsv`
/// instead: `ChineseMonthTableTests`.)
@Suite struct CalendarCacheTests {
  @Test func chineseDaysFromTheCacheEqualICU() {
    for year in stride(from: 2101, through: 2150, by: 3) {
      for month in 1...12 {
        for day in [1, 15, 29, 30] {
          for leap in [false, true] {
            let direct = ChineseCalendar.computeGregorian(year: year, month: month, day: day, leap: leap)
            #expect(ChineseCalendar.gregorian(year: year, month: month, day: day, leap: leap) == direct)
            #expect(ChineseCalendar.gregorian(year: year, month: month, day: day, leap: leap) == direct, "again: \(year)-\(month)-\(day) leap \(leap)")
          }
        }
      }
    }
    #expect(ChineseCalendar.cache.count > 0)
  }

  @Test(arguments: WorldCalendar.allCases)
  func worldCalendarDaysFromTheCacheEqualICU(calendar: WorldCalendar) {
    let years = calendar == .hebrew ? 5780...5790 : 1440...1450
    for year in years {
      for month in 0...12 {
        for day in [1, 29, 30] {
          let direct = calendar.computeGregorian(year: year, month: month, day: day)
          #expect(calendar.gregorian(year: year, month: month, day: day) == direct)
          #expect(calendar.gregorian(year: year, month: month, day: day) == direct)
        }
      }
    }
    for date in [CivilDate(2025, 1, 1), CivilDate(2025, 12, 31), CivilDate(2030, 6, 15)] {
      #expect(calendar.year(of: date) == calendar.computeYear(of: date))
      #expect(calendar.year(of: date) == calendar.computeYear(of: date))
    }
  }

  @Test func aFullMemoStopsKeepingButStillAnswers() {
    let memo = Memo<Int, Int>(capacity: 3)
    for k in 0..<10 { #expect(memo.value(for: k) { k * k } == k * k) }
    #expect(memo.count == 3)
    #expect(memo.value(for: 9) { 81 } == 81)
  }
}
