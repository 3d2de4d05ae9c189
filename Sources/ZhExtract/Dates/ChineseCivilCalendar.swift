/// Mainland China's civil calendar beyond what ICU computes: the official holiday periods the
/// State Council announces each year (`dates-holiday-periods.tsv`), the days of the 24 solar
/// terms (`dates-solar-terms.tsv`) and the months of the Chinese calendar as the observatories
/// publish them (`dates-chinese-months.tsv`: ICU's approximate new moons start some months a day
/// off, 2027's New Year among them), all generated from public packages by
/// `Scripts/generate-chinese-calendar-tables.py` (sources and years in `Lexicons/README.md`).
package struct ChineseCivilCalendar: Hashable, Sendable {
  /// The 24 solar terms in calendar order, 0 = 小寒 (about 6 January) … 23 = 冬至 (about 22
  /// December); term `i` falls in month `i / 2 + 1`.
  package static let solarTermNames = [
    "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
    "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至",
  ]

  /// holiday name → year → first and last day off.
  private var periods: [String: [Int: Period]] = [:]
  /// The same for Taiwan's breaks (`dates-holiday-periods-tw.tsv`).
  private var taiwanPeriods: [String: [Int: Period]] = [:]
  /// year → the day of the month of each term.
  private var termDays: [Int: [UInt8]] = [:]
  /// Chinese year (by the Gregorian year it begins in) → its months.
  private var years: [Int: ChineseYear] = [:]

  /// One year of the Chinese calendar: its New Year's day, the month it repeats (0: none) and
  /// the length of each month in order, a leap month right after the month it repeats.
  struct ChineseYear: Hashable, Sendable {
    var newYear: CivilDate
    var leapMonth: Int
    var lengths: [UInt8]
  }

  package struct Period: Hashable, Sendable {
    package var first: CivilDate
    package var last: CivilDate
  }

  package init() {}

  /// The tables as bundled (generated, so never overlaid by `--lexicons`): what the resolver
  /// reads, like ICU's calendars, as data of its own.
  package static let bundled: ChineseCivilCalendar = {
    var problems = LexiconProblems()
    let tables = LexiconSet.bundled(only: [HolidayPeriodRow.table, TaiwanHolidayPeriodRow.table, SolarTermRow.table, ChineseMonthsRow.table])
    return ChineseCivilCalendar(reader: LexiconReader(lexicons: tables, normalizer: AsWritten()), problems: &problems)
  }()

  /// The generated tables hold dates and names already in Simplified Chinese.
  private struct AsWritten: SurfaceNormalizer {
    func normalizeSurface(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
  }

  package init(reader: LexiconReader, problems: inout LexiconProblems) {
    for row in reader.rows(HolidayPeriodRow.self, problems: &problems) {
      periods[row.holiday, default: [:]][row.year] = Period(first: row.first, last: row.last)
    }
    for row in reader.rows(TaiwanHolidayPeriodRow.self, problems: &problems) {
      taiwanPeriods[row.period.holiday, default: [:]][row.period.year] = Period(first: row.period.first, last: row.period.last)
    }
    for row in reader.rows(SolarTermRow.self, problems: &problems) { termDays[row.year] = row.days }
    for row in reader.rows(ChineseMonthsRow.self, problems: &problems) { years[row.year] = row.chineseYear }
  }

  /// The Gregorian date of `month`/`day` (the leap month if `leap`) of the Chinese year that
  /// begins in Gregorian `year`: `.some(nil)` when the table has the year but not the day (no
  /// such leap month, a 30th in a month of 29), `nil` when the table lacks the year.
  package func gregorian(year: Int, month: Int, day: Int, leap: Bool) -> CivilDate?? {
    guard let y = years[year] else { return nil }
    guard (1...12).contains(month), day >= 1, !leap || y.leapMonth == month else { return .some(nil) }
    // The index of the month in order: a leap month sits after the month it repeats.
    let index = month - 1 + (y.leapMonth != 0 && (month > y.leapMonth || leap) ? 1 : 0)
    guard index < y.lengths.count, day <= Int(y.lengths[index]) else { return .some(nil) }
    let before = y.lengths[..<index].reduce(0) { $0 + Int($1) }
    return .some(y.newYear.adding(days: before + day - 1))
  }

  /// The official days off of `holiday` (its name in `dates-holidays.tsv`: 国庆节, 春节) in
  /// `year`, when the table covers that year.
  package func officialPeriod(of holiday: String, year: Int) -> Period? { periods[holiday]?[year] }

  /// Taiwan's break around `holiday` in `year` (weekends and moved days included), when the table covers it.
  package func taiwanPeriod(of holiday: String, year: Int) -> Period? { taiwanPeriods[holiday]?[year] }

  /// The years the holiday table covers.
  package var periodYears: ClosedRange<Int>? {
    let years = periods.values.flatMap(\.keys)
    guard let low = years.min(), let high = years.max() else { return nil }
    return low...high
  }

  /// The day of solar term `index` (0 = 小寒 … 23 = 冬至) in `year`, when the table covers it.
  package func solarTerm(_ index: Int, year: Int) -> CivilDate? {
    guard (0..<24).contains(index), let days = termDays[year] else { return nil }
    let month = index / 2 + 1, day = Int(days[index])
    return CivilDate.isValid(year: year, month: month, day: day) ? CivilDate(year, month, day) : nil
  }
}

/// `dates-holiday-periods.tsv`: holiday, year, first day off, last day off.
struct HolidayPeriodRow: LexiconRow {
  static let table = "dates-holiday-periods.tsv"
  static let columns = 4...4
  let holiday: String
  let year: Int
  let first: CivilDate
  let last: CivilDate
  init(_ fields: LexiconFields) throws(LexiconError) {
    holiday = String(scalars: fields.surface(0))
    year = try fields.integer(1, "year")
    guard let first = CivilDate(iso: fields.text(2)), let last = CivilDate(iso: fields.text(3)), first <= last else {
      throw fields.problem("days off '\(fields.text(2))' … '\(fields.text(3))' are not two dates YYYY-MM-DD in order")
    }
    self.first = first
    self.last = last
  }
}

/// `dates-holiday-periods-tw.tsv`: holiday, year, first and last day of Taiwan's break around it.
struct TaiwanHolidayPeriodRow: LexiconRow {
  static let table = "dates-holiday-periods-tw.tsv"
  static let columns = HolidayPeriodRow.columns
  let period: HolidayPeriodRow
  init(_ fields: LexiconFields) throws(LexiconError) { period = try HolidayPeriodRow(fields) }
}

/// `dates-solar-terms.tsv`: a year and the day of the month of its 24 solar terms.
struct SolarTermRow: LexiconRow {
  static let table = "dates-solar-terms.tsv"
  static let columns = 2...2
  let year: Int
  let days: [UInt8]
  init(_ fields: LexiconFields) throws(LexiconError) {
    let year = try fields.integer(0, "year")
    let days = fields.text(1).bytePieces(UInt8(ascii: " ")).compactMap { UInt8($0) }
    guard days.count == 24,
      days.enumerated().allSatisfy({ i, d in
        CivilDate.isValid(year: year, month: i / 2 + 1, day: Int(d))
      })
    else {
      throw fields.problem("'\(fields.text(1))' is not 24 days of the month, two per month")
    }
    self.year = year
    self.days = days
  }
}

/// `dates-chinese-months.tsv`: a Chinese year's New Year's day, leap month and month lengths.
struct ChineseMonthsRow: LexiconRow {
  static let table = "dates-chinese-months.tsv"
  static let columns = 4...4
  let year: Int
  let chineseYear: ChineseCivilCalendar.ChineseYear
  init(_ fields: LexiconFields) throws(LexiconError) {
    year = try fields.integer(0, "year")
    let leap = try fields.integer(2, "leap month")
    let lengths = fields.text(3).bytePieces(UInt8(ascii: " ")).compactMap { UInt8($0) }
    guard let newYear = CivilDate(iso: fields.text(1)), newYear.year == year else {
      throw fields.problem("New Year '\(fields.text(1))' is no date YYYY-MM-DD in the year \(year)")
    }
    guard (0...12).contains(leap), lengths.count == (leap == 0 ? 12 : 13), lengths.allSatisfy({ $0 == 29 || $0 == 30 }) else {
      throw fields.problem("'\(fields.text(3))' is not \(leap == 0 ? 12 : 13) month lengths of 29 or 30 days (leap month \(leap))")
    }
    chineseYear = ChineseCivilCalendar.ChineseYear(newYear: newYear, leapMonth: leap, lengths: lengths)
  }
}

extension CivilDate {
  /// `2025-12-13` (four-digit year), else `nil`.
  init?(iso text: String) {
    let parts = text.bytePieces(UInt8(ascii: "-"))
    guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      CivilDate.isValid(year: y, month: m, day: d)
    else { return nil }
    self.init(y, m, d)
  }
}

extension String {
  /// The pieces between the bytes `separator` (an ASCII mark; empty pieces left out), cut over
  /// the UTF-8 bytes: `split` over `Character`s (grapheme breaking) was most of what reading the
  /// calendar tables cost, 17 of 20 M instructions at a process's first holiday, solar term or
  /// lunar date. The same pieces as `split(separator:)` for any text without a combining mark
  /// right after a separator (the generated tables have none).
  func bytePieces(_ separator: UInt8) -> [Substring] {
    var pieces: [Substring] = []
    let utf8 = self.utf8
    var start = utf8.startIndex
    var i = start
    while i != utf8.endIndex {
      if utf8[i] == separator {
        if start != i { pieces.append(self[start..<i]) }
        start = utf8.index(after: i)
      }
      i = utf8.index(after: i)
    }
    if start != utf8.endIndex { pieces.append(self[start..<utf8.endIndex]) }
    return pieces
  }
}
