import Testing
@testable import ZhExtract

/// The calendar tables' numbers are cut over their UTF-8 bytes (`String.bytePieces`) instead of
/// by `Character`s: the same pieces, so the same rows and the same calendar.
@Suite struct CalendarTableReadingTests {
  /// Every field of the three calendar tables cuts into the same pieces both ways.
  @Test func theTablesFieldsCutAsByCharacters() throws {
    var fields = 0
    for table in [HolidayPeriodRow.table, SolarTermRow.table, ChineseMonthsRow.table] {
      for row in try #require(LexiconSet.bundled[table]).rows {
        for field in row.fields {
          for separator in [" ", "-"] {
            let byCharacters = field.split(separator: Character(separator)).map(String.init)
            #expect(field.bytePieces(UInt8(ascii: Unicode.Scalar(separator)!)).map(String.init) == byCharacters, "\(field)")
          }
          fields += 1
        }
      }
    }
    #expect(fields > 1_500)
  }

  /// Texts of digits, separators, letters, Han characters and empty pieces cut the same way.
  @Test(arguments: [
    "", " ", "  ", "-", "--", "2025-12-13", "2025--12-13", "-2025-12-13-", "06 20 04 19", " 06  20 ", "29 30 29", "元 旦", "一-二", "a b-c",
    "+5 -3", "１２ ３",
  ])
  func piecesAgreeWithSplit(text: String) {
    for separator in [" ", "-"] {
      #expect(text.bytePieces(UInt8(ascii: Unicode.Scalar(separator)!)).map(String.init) == text.split(separator: Character(separator)).map(String.init))
    }
  }

  /// The rows read that way make the calendar the bundled one is (dates of every covered year).
  @Test func theBundledCalendarReadsItsYears() {
    let calendar = ChineseCivilCalendar.bundled
    #expect(calendar.gregorian(year: 2024, month: 1, day: 1, leap: false) == .some(CivilDate(2024, 2, 10)))
    #expect(calendar.gregorian(year: 1900, month: 1, day: 1, leap: false) == .some(CivilDate(1900, 1, 31)))
    #expect(calendar.gregorian(year: 2100, month: 1, day: 1, leap: false) != nil)
    #expect(calendar.officialPeriod(of: "国庆节", year: 2024) == ChineseCivilCalendar.Period(first: CivilDate(2024, 10, 1), last: CivilDate(2024, 10, 7)))
  }
}
