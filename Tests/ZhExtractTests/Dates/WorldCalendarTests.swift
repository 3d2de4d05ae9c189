import Testing
@testable import ZhExtract

/// The calendars behind holidays: Easter by the computus, the Hebrew and Islamic calendars
/// through ICU, and the generated tables of mainland China's holiday periods and solar terms
/// (checked against ICU's Chinese calendar). Expected dates are the published ones.
@Suite struct WorldCalendarTests {
  static func day(_ iso: String) -> CivilDate {
    guard let date = CivilDate(iso: iso) else { fatalError("bad date \(iso)") }
    return date
  }

  @Test(arguments: [
    (2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"),
    (2038, "2038-04-25"), (1818, "1818-03-22"), (2285, "2285-03-22"),
  ])
  func westernEaster(_ year: Int, _ iso: String) {
    #expect(Computus.western(year: year) == Self.day(iso))
  }

  @Test(arguments: [
    (2019, "2019-04-28"), (2023, "2023-04-16"), (2024, "2024-05-05"), (2025, "2025-04-20"), (2026, "2026-04-12"),
    (2100, "2100-05-02"),
  ])
  func orthodoxEaster(_ year: Int, _ iso: String) {
    #expect(Computus.orthodox(year: year) == Self.day(iso))
  }

  @Test func easterOutsideTheGregorianCalendarIsNotComputed() {
    #expect(Computus.western(year: 1500) == nil)
    #expect(Computus.orthodox(year: 0) == nil)
  }

  /// Hebrew (month numbers are ICU's: 0 Tishri, 2 Kislev, 4 Shevat, 6 Adar/Adar II, 7 Nisan, 9 Sivan).
  /// The day itself: a Jewish day, and so the holiday, begins at sunset the evening before.
  @Test(arguments: [
    (5785, 0, 1, "2024-10-03"),  // 犹太新年 Rosh Hashanah
    (5785, 0, 10, "2024-10-12"),  // 赎罪日 Yom Kippur
    (5785, 2, 25, "2024-12-26"),  // 光明节 Hanukkah (first candle the evening of the 25th)
    (5785, 4, 15, "2025-02-13"),  // 犹太植树节 Tu BiShvat
    (5784, 6, 14, "2024-03-24"),  // 普珥节 in a leap year (Adar II)
    (5785, 6, 14, "2025-03-14"),  // 普珥节 in a common year
    (5784, 7, 15, "2024-04-23"),  // 逾越节 Passover
    (5785, 7, 15, "2025-04-13"),
    (5785, 9, 6, "2025-06-02"),  // 七七节 Shavuot
  ])
  func hebrewDays(_ year: Int, _ month: Int, _ day: Int, _ iso: String) {
    #expect(WorldCalendar.hebrew.gregorian(year: year, month: month, day: day) == Self.day(iso))
  }

  @Test func adarIExistsOnlyInLeapYears() {
    #expect(WorldCalendar.hebrew.gregorian(year: 5784, month: 5, day: 14) == Self.day("2024-02-23"))
    #expect(WorldCalendar.hebrew.gregorian(year: 5785, month: 5, day: 14) == nil)
  }

  /// Islamic, Umm al-Qura (0 Muharram, 8 Ramadan, 9 Shawwal, 11 Dhu al-Hijjah).
  @Test(arguments: [
    (1446, 0, 1, "2024-07-07"),  // 伊斯兰新年
    (1447, 0, 1, "2025-06-26"),
    (1446, 8, 1, "2025-03-01"),  // 斋月 begins
    (1445, 9, 1, "2024-04-10"),  // 开斋节 Eid al-Fitr
    (1446, 9, 1, "2025-03-30"),
    (1445, 11, 10, "2024-06-16"),  // 宰牲节 Eid al-Adha
    (1446, 11, 10, "2025-06-06"),
  ])
  func islamicDays(_ year: Int, _ month: Int, _ day: Int, _ iso: String) {
    #expect(WorldCalendar.islamic.gregorian(year: year, month: month, day: day) == Self.day(iso))
  }

  @Test func holidaysOfAnotherCalendarInAGregorianYear() {
    #expect(WorldCalendar.hebrew.occurrences(month: 7, day: 15, inGregorianYear: 2025) == [Self.day("2025-04-13")])
    #expect(WorldCalendar.islamic.occurrences(month: 9, day: 1, inGregorianYear: 2025) == [Self.day("2025-03-30")])
    // The Islamic year is eleven days shorter: in 2033 Eid al-Fitr falls twice.
    let twice = WorldCalendar.islamic.occurrences(month: 9, day: 1, inGregorianYear: 2033)
    #expect(twice.count == 2 && twice.allSatisfy { $0.year == 2033 } && twice[0] < twice[1], "\(twice)")
    #expect(WorldCalendar.islamic.occurrences(month: 9, day: 1, inGregorianYear: 0).isEmpty)
  }

  // MARK: - Generated tables

  static let calendar: ChineseCivilCalendar = {
    var problems = LexiconProblems()
    let calendar = ChineseCivilCalendar(reader: LexiconReader(lexicons: .bundled, problems: &problems), problems: &problems)
    precondition(problems.all.isEmpty, "\(problems.all)")
    return calendar
  }()

  /// The calendar the resolver reads, built from its three tables only, is the one every bundled
  /// table gives.
  @Test func theResolversCalendarReadsItsOwnTablesOnly() {
    #expect(ChineseCivilCalendar.bundled == Self.calendar)
    #expect(LexiconSet.bundled(only: [ChineseMonthsRow.table]).tables.keys.sorted() == [ChineseMonthsRow.table])
  }

  @Test(arguments: [
    ("国庆节", 2024, "2024-10-01", "2024-10-07"),
    ("国庆节", 2023, "2023-09-29", "2023-10-06"),  // one break with 中秋
    ("中秋节", 2023, "2023-09-29", "2023-10-06"),
    ("春节", 2026, "2026-02-15", "2026-02-23"),
    ("春节", 2025, "2025-01-28", "2025-02-04"),
    ("端午节", 2024, "2024-06-08", "2024-06-10"),  // the weekend before the Monday off
    ("元旦", 2024, "2023-12-30", "2024-01-01"),  // filed under the year of New Year's Day
    ("清明节", 2023, "2023-04-05", "2023-04-05"),
    ("劳动节", 2025, "2025-05-01", "2025-05-05"),
  ])
  func officialHolidayPeriods(_ holiday: String, _ year: Int, _ first: String, _ last: String) {
    let period = Self.calendar.officialPeriod(of: holiday, year: year)
    #expect(period?.first == Self.day(first) && period?.last == Self.day(last), "\(String(describing: period))")
  }

  @Test func holidayPeriodsCoverTheirYearsOnly() {
    #expect(Self.calendar.periodYears == 2004...2026)
    #expect(Self.calendar.officialPeriod(of: "国庆节", year: 2003) == nil)
    #expect(Self.calendar.officialPeriod(of: "七夕", year: 2024) == nil)
  }

  @Test(arguments: [
    (23, 2025, "2025-12-21"), (2, 2026, "2026-02-04"), (6, 2024, "2024-04-04"), (6, 2025, "2025-04-04"),
    (14, 1990, "1990-08-08"), (5, 2000, "2000-03-20"), (0, 2100, "2100-01-05"),
  ])
  func solarTerms(_ index: Int, _ year: Int, _ iso: String) {
    #expect(Self.calendar.solarTerm(index, year: year) == Self.day(iso))
    #expect(ChineseCivilCalendar.solarTermNames.count == 24)
  }

  /// Each major term (中气: 雨水, 春分 … 冬至, 大寒) falls in the lunar month it names in the
  /// Chinese calendar's months (`dates-chinese-months.tsv`; 雨水 in the first month … 冬至 in
  /// the eleventh, 大寒 in the twelfth), the rule by which the calendar places its leap months:
  /// the two generated tables agree on every year of 1950–2050 but the known exceptions below.
  /// (ICU's own Chinese calendar also misplaced 1987's: its seventh month began on 26 July, not
  /// on 24 August, the day 处暑 falls ten minutes after midnight.)
  static let knownExceptions = [
    // 1984–85: the eleventh month holds both 冬至 and 大寒 (a month with two major terms, the
    // rule's own exception), so the twelfth and first months begin a day after their terms.
    "大寒 1985-01-20 not in lunar month 12 (1985-01-21…)", "雨水 1985-02-19 not in lunar month 1 (1985-02-20…)",
    // The "2033 problem": in 2033–34 months and major terms do not pair one to one (some months
    // hold none, one holds two), so the rule alone does not place the leap month.
    "秋分 2033-09-23 not in lunar month 8 (2033-08-25…)", "霜降 2033-10-23 not in lunar month 9 (2033-09-23…)",
    "小雪 2033-11-22 not in lunar month 10 (2033-10-23…)", "雨水 2034-02-18 not in lunar month 1 (2034-02-19…)",
  ]

  @Test func majorSolarTermsFallInTheirLunarMonths() {
    var misplaced: [String] = []
    for year in 1950...2050 {
      for index in stride(from: 1, to: 24, by: 2) {
        guard let term = Self.calendar.solarTerm(index, year: year) else { misplaced.append("\(year) #\(index) missing"); continue }
        // 大寒 (index 1) ends the Chinese year begun in year − 1.
        let (lunarYear, month) = index == 1 ? (year - 1, 12) : (year, (index - 1) / 2)
        guard let first = ChineseCalendar.gregorian(year: lunarYear, month: month, day: 1),
          let next = ChineseCalendar.gregorian(year: lunarYear, month: month, day: 1, leap: true)
            ?? (month == 12
              ? ChineseCalendar.gregorian(year: lunarYear + 1, month: 1, day: 1) : ChineseCalendar.gregorian(year: lunarYear, month: month + 1, day: 1))
        else { misplaced.append("\(year) #\(index): no lunar month"); continue }
        if !(first <= term && term < next) {
          misplaced.append("\(ChineseCivilCalendar.solarTermNames[index]) \(term.iso) not in lunar month \(month) (\(first.iso)…)")
        }
      }
    }
    #expect(misplaced == Self.knownExceptions)
  }
}
