import Testing
@testable import ZhExtract

@Suite struct DateResolverTests {
  typealias P = DatePoint

  static func one(_ point: DatePoint, fiscal: Bool = false) -> DateExpression { DateExpression(point, fiscal: fiscal) }

  /// Expression, anchor, expected value: the resolver alone, with fixed anchors.
  static let table: [(DateExpression, String?, String)] = [
    // Absolute dates need no anchor.
    (one(P(year: .absolute(2025), .calendar(month: .absolute(12), day: 13))), nil, "2025-12-13"),
    (one(P(year: .absolute(2025), .calendar(month: .absolute(12), day: 13), time: TimeOfDay(hour: 8, minute: 0))), nil, "2025-12-13T08:00"),
    (one(P(year: .absolute(2025), .calendar(month: .absolute(12), day: 13), time: TimeOfDay(hour: 15, minute: nil))), nil, "2025-12-13T15:00"),
    (one(P(year: .absolute(2025), .calendar(month: .absolute(4), day: nil))), nil, "2025-04"),
    (one(P(year: .absolute(2025), .calendar(month: nil, day: nil))), nil, "2025"),
    // Year-less: the year that puts the day nearest the anchor.
    (one(P(.calendar(month: .absolute(1), day: 27))), "2026-02-03", "2026-01-27"),
    (one(P(.calendar(month: .absolute(12), day: 20))), "2026-01-04", "2025-12-20"),
    (one(P(.calendar(month: .absolute(1), day: 10))), "2025-12-13", "2026-01-10"),
    (one(P(.calendar(month: .absolute(1), day: 27))), nil, "XXXX-01-27"),
    (one(P(.calendar(month: nil, day: 13))), "2025-12-20", "2025-12-13"),
    (one(P(.calendar(month: nil, day: 30))), "2026-03-02", "2026-03-30"),
    (one(P(.calendar(month: nil, day: 29))), "2026-03-01", "2026-03-29"),
    (one(P(.calendar(month: nil, day: 13))), nil, "XXXX-XX-13"),
    // Relative days, months, years.
    (one(P(.relativeDay(-1))), "2026-01-01", "2025-12-31"),
    (one(P(.relativeDay(2))), "2024-02-28", "2024-03-01"),
    (one(P(.relativeDay(0))), nil, "XXXX-XX-XX"),
    (one(P(.calendar(month: .relative(-1), day: nil))), "2026-01-15", "2025-12"),
    (one(P(.calendar(month: .relative(1), day: 15))), "2025-12-13", "2026-01-15"),
    (one(P(year: .relative(-1), .calendar(month: nil, day: nil))), "2025-12-13", "2024"),
    (one(P(year: .relative(0), .calendar(month: .absolute(5), day: nil))), "2025-12-13", "2025-05"),
    (one(P(year: .relative(0), .calendar(month: nil, day: nil))), nil, "XXXX"),
    // Weeks start on Monday; ISO week numbers.
    (one(P(.week(offset: 0, weekday: nil))), "2025-12-03", "2025-W49"),
    (one(P(.week(offset: -1, weekday: nil))), "2025-12-03", "2025-W48"),
    (one(P(.week(offset: -1, weekday: 5))), "2025-12-03", "2025-11-28"),
    (one(P(.week(offset: 1, weekday: 3))), "2026-01-04", "2026-01-07"),
    (one(P(.week(offset: 0, weekday: 1))), "2026-01-04", "2025-12-29"),
    (one(P(.week(offset: 0, weekday: nil))), "2026-01-01", "2026-W01"),
    (one(P(.week(offset: 0, weekday: nil))), "2021-01-03", "2020-W53"),
    (one(P(.week(offset: -1, weekday: 5))), nil, "XXXX-XX-XX"),
    // Quarters and halves.
    (one(P(.quarter(.relative(-1)))), "2025-12-13", "2025-Q3"),
    (one(P(.quarter(.relative(-1)))), "2026-02-03", "2025-Q4"),
    (one(P(.quarter(.relative(0)))), "2026-02-03", "2026-Q1"),
    (one(P(.quarter(.absolute(4)))), "2026-02-03", "2025-Q4"),
    (one(P(.quarter(.absolute(4)))), "2025-12-13", "2025-Q4"),
    (one(P(year: .absolute(2025), .quarter(.absolute(1)))), nil, "2025-Q1"),
    (one(P(.quarter(.absolute(3)))), nil, "XXXX-Q3"),
    (one(P(.half(1))), "2025-12-13", "2025-H1"),
    (one(P(year: .relative(1), .half(2))), "2025-12-13", "2026-H2"),
    // Parts of a year or a month.
    (one(P(year: .relative(1), .yearPart(.early))), "2025-12-13", "2026-01/2026-02"),
    (one(P(year: .absolute(2023), .yearPart(.late))), nil, "2023-11/2023-12"),
    (one(P(.yearPart(.late))), "2026-01-04", "2025-11/2025-12"),
    (one(P(.yearPart(.late))), "2025-11-18", "2025-11/2025-12"),
    (one(P(.yearPart(.early))), "2025-12-13", "2025-01/2025-02"),
    (one(P(year: .absolute(2024), .monthPart(.absolute(2), .late))), nil, "2024-02-21/2024-02-29"),
    (one(P(.monthPart(.relative(0), .secondDekad))), "2026-01-04", "2026-01-11/2026-01-20"),
    // The first months or quarters of a year: of the anchor's year, or in January and
    // February of the year just ended when they reach past the anchor's month.
    (one(P(year: .absolute(2024), .firstPeriods(.quarter, count: 3))), nil, "2024-Q1/2024-Q3"),
    (one(P(year: .relative(0), .firstPeriods(.month, count: 10))), "2025-12-13", "2025-01/2025-10"),
    (one(P(.firstPeriods(.quarter, count: 3))), "2025-12-13", "2025-Q1/2025-Q3"),
    (one(P(.firstPeriods(.month, count: 11))), "2026-01-04", "2025-01/2025-11"),
    (one(P(.firstPeriods(.month, count: 2))), "2026-02-04", "2026-01/2026-02"),
    (one(P(year: .relative(-1), .firstPeriods(.month, count: 2))), "2026-01-04", "2025-01/2025-02"),
    (one(P(.firstPeriods(.quarter, count: 4))), nil, "XXXX-Q1/XXXX-Q4"),
    // Two-digit years: the century within 79 years before and 20 after the anchor's year.
    (one(P(year: .twoDigit(18), .calendar(month: .absolute(10), day: 1))), "2025-12-13", "2018-10-01"),
    (one(P(year: .twoDigit(98), .calendar(month: .absolute(5), day: nil))), "2025-12-13", "1998-05"),
    (one(P(year: .twoDigit(45), .quarter(.absolute(1)))), "2025-12-13", "2045-Q1"),
    (one(P(year: .twoDigit(46), .quarter(.absolute(1)))), "2025-12-13", "1946-Q1"),
    (one(P(year: .twoDigit(5), .half(2))), "2025-12-13", "2005-H2"),
    (one(P(year: .twoDigit(18), .calendar(month: .absolute(10), day: 1))), nil, "XXXX-10-01"),
    // Holidays and lunar dates (ICU's Chinese calendar).
    (one(P(year: .absolute(2025), .holiday(Holiday(rule: .lunar(month: 1, day: 1)) /* 春节 */))), nil, "2025-01-29"),
    (one(P(year: .absolute(2026), .holiday(Holiday(rule: .lunar(month: 1, day: 1)) /* 春节 */))), nil, "2026-02-17"),
    (one(P(year: .absolute(2025), .holiday(Holiday(rule: .lunar(month: 8, day: 15)) /* 中秋节 */))), nil, "2025-10-06"),
    (one(P(year: .absolute(2025), .holiday(Holiday(rule: .lunar(month: 5, day: 5)) /* 端午节 */))), nil, "2025-05-31"),
    (one(P(year: .absolute(2026), .holiday(Holiday(rule: .lunarEve(month: 1, day: 1)) /* 除夕 */))), nil, "2026-02-16"),
    (one(P(year: .absolute(2025), .holiday(Holiday(rule: .qingming)) /* 清明节 */)), nil, "2025-04-04"),
    (one(P(year: .absolute(2026), .holiday(Holiday(rule: .qingming)) /* 清明节 */)), nil, "2026-04-05"),
    (one(P(.holiday(Holiday(rule: .gregorian(month: 10, day: 1)) /* 国庆节 */))), "2025-12-13", "2025-10-01"),
    (one(P(.holiday(Holiday(rule: .gregorian(month: 10, day: 1)) /* 国庆节 */))), nil, "XXXX-10-01"),
    (one(P(.holiday(Holiday(rule: .lunar(month: 1, day: 1)) /* 春节 */))), "2025-12-13", "2026-02-17"),
    (one(P(.lunar(month: 1, day: 15, leap: false))), "2026-02-03", "2026-03-03"),
    (one(P(year: .absolute(2025), .lunar(month: 6, day: 1, leap: true))), nil, "2025-07-25"),
    // Ranges: the end takes what it leaves out from the start.
    (DateExpression(P(.calendar(month: .absolute(3), day: 1)), end: P(.calendar(month: nil, day: 15))), "2026-02-03", "2026-03-01/2026-03-15"),
    (DateExpression(P(.calendar(month: .absolute(8), day: nil)), end: P(.calendar(month: .absolute(2), day: nil))), "2025-09-18", "2025-08/2026-02"),
    // A year-less range of months lies where its end is nearest the anchor.
    (DateExpression(P(.calendar(month: .absolute(1), day: nil)), end: P(.calendar(month: .absolute(9), day: nil))), "2025-12-13", "2025-01/2025-09"),
    (DateExpression(P(.calendar(month: .absolute(12), day: nil)), end: P(.calendar(month: .absolute(1), day: nil))), "2025-12-13", "2025-12/2026-01"),
    (DateExpression(P(.calendar(month: .absolute(11), day: 20)), end: P(.calendar(month: .absolute(12), day: 5))), "2026-01-04", "2025-11-20/2025-12-05"),
    (DateExpression(P(.calendar(month: .absolute(1), day: nil)), end: P(.calendar(month: .absolute(9), day: nil))), nil, "XXXX-01/XXXX-09"),
    (one(P(year: .relative(-1), .calendar(month: .relative(0), day: 10))), "2025-12-13", "2024-12-10"),
    (DateExpression(P(year: .absolute(2024), .quarter(.absolute(1))), end: P(year: .absolute(2025), .quarter(.absolute(4)))), nil, "2024-Q1/2025-Q4"),
    (
      DateExpression(P(year: .absolute(2026), .calendar(month: nil, day: nil)), end: P(year: .absolute(2027), .calendar(month: nil, day: nil))), nil,
      "2026/2027"
    ),
  ]

  @Test(arguments: table.indices)
  func resolvesAgainstAFixedAnchor(_ index: Int) {
    let (expression, anchor, expected) = Self.table[index]
    #expect(DateFixtures.resolve(expression, anchor) == expected)
  }

  @Test func relativeValuesNameTheirAnchor() throws {
    let date = try DateResolver.resolve(Self.one(P(.quarter(.relative(-1)))), anchor: DateFixtures.anchor("2025-12-13T08:00")).get()
    #expect(date == ResolvedDate(value: "2025-Q3", grain: .quarter, relative: true, anchor: "2025-12-13"))
    let absolute = try DateResolver.resolve(
      Self.one(P(year: .absolute(2025), .calendar(month: .absolute(4), day: nil))), anchor: DateFixtures.anchor("2025-12-13")
    ).get()
    #expect(absolute == ResolvedDate(value: "2025-04", grain: .month, relative: false, anchor: nil))
  }

  static let impossible: [DateExpression] = [
    one(P(year: .absolute(2025), .calendar(month: .absolute(2), day: 29))),
    one(P(year: .absolute(2025), .calendar(month: .absolute(2), day: 30))),
    one(P(year: .absolute(9999), .calendar(month: .absolute(99), day: 99))),
    one(P(year: .absolute(2025), .calendar(month: .absolute(4), day: 31))),
    one(P(.calendar(month: .absolute(13), day: nil))),
    one(P(.calendar(month: .absolute(2), day: 30))),
    one(P(year: .absolute(2025), .quarter(.absolute(5)))),
    one(P(year: .absolute(2025), .firstPeriods(.quarter, count: 5))),
    one(P(year: .absolute(2025), .firstPeriods(.month, count: 13))),
    one(P(year: .absolute(2026), .lunar(month: 6, day: 1, leap: true))),
    one(P(year: .absolute(2025), .calendar(month: .absolute(1), day: 1), time: TimeOfDay(hour: 25, minute: 0))),
  ]

  @Test(arguments: impossible.indices)
  func impossibleDatesHaveNoValue(_ index: Int) {
    #expect(DateFixtures.resolve(Self.impossible[index], "2025-12-13") == nil)
  }

  @Test func resolverIsPure() {
    let expression = Self.one(P(.calendar(month: .absolute(1), day: 27)))
    #expect(DateFixtures.resolve(expression, "2026-02-03") == DateFixtures.resolve(expression, "2026-02-03"))
    #expect(DateFixtures.resolve(expression, "2024-02-03") == "2024-01-27")
  }
}

@Suite struct DateAnchorTests {
  static let table: [(String, Int, String?, Int?)] = [
    ("2025-12-13", 480, "2025-12-13", nil),
    ("2025-12-13T08:00", 480, "2025-12-13", 480),
    ("2025-12-13 08:00:00", 480, "2025-12-13", 480),
    ("2026-01-04T13:38:32Z", 480, "2026-01-04", 21 * 60 + 38),
    ("2026-01-04T20:00:00Z", 480, "2026-01-05", 4 * 60),
    ("2026-01-04T20:00:00Z", 0, "2026-01-04", 20 * 60),
    ("2026-01-05T02:00:00+08:00", -300, "2026-01-04", 13 * 60),
    ("2026-03-01T01:00:00+0900", 0, "2026-02-28", 16 * 60),
    ("\"2025-11-18\"", 480, "2025-11-18", nil),
    ("2025-02-30", 480, nil, nil),
    ("yesterday", 480, nil, nil),
    ("2025-12-13T25:00", 480, nil, nil),
  ]

  @Test(arguments: table.indices)
  func parsesAndConvertsToLocalTime(_ index: Int) {
    let (text, zone, date, minute) = Self.table[index]
    let anchor = DateAnchor.parse(text, timeZoneOffsetMinutes: zone)
    #expect(anchor?.iso == date)
    if date != nil { #expect(anchor?.minuteOfDay == minute) }
  }
}

@Suite struct CivilDateTests {
  @Test func dayNumbersRoundTrip() {
    for n in stride(from: -800_000, through: 800_000, by: 997) {
      #expect(CivilDate(dayNumber: n).dayNumber == n)
    }
    #expect(CivilDate(1970, 1, 1).dayNumber == 0)
    #expect(CivilDate(2000, 3, 1).dayNumber == 11017)
  }

  @Test func weekdaysAndISOWeeks() {
    #expect(CivilDate(2025, 12, 13).weekday == 6)
    #expect(CivilDate(2026, 2, 3).weekday == 2)
    #expect(DateFormat.isoWeek(CivilDate(2025, 12, 29)) == "2026-W01")
    #expect(DateFormat.isoWeek(CivilDate(2027, 1, 1)) == "2026-W53")
  }

  @Test func chineseCalendarComesFromICU() {
    #expect(ChineseCalendar.gregorian(year: 2024, month: 1, day: 1) == CivilDate(2024, 2, 10))
    #expect(ChineseCalendar.gregorian(year: 2023, month: 2, day: 1, leap: true) == CivilDate(2023, 3, 22))
    #expect(ChineseCalendar.gregorian(year: 2024, month: 2, day: 1, leap: true) == nil)
    #expect(ChineseCalendar.qingming(year: 2024) == CivilDate(2024, 4, 4))
    #expect(ChineseCalendar.qingming(year: 1999) == CivilDate(1999, 4, 5))
  }
}
