/// A day of the proleptic Gregorian calendar, with the arithmetic the resolver needs
/// (day numbers, weekdays, ISO weeks). Pure and allocation-free.
package struct CivilDate: Hashable, Comparable, Sendable {
  package var year: Int
  package var month: Int
  package var day: Int

  /// Only for dates known to be valid (see `isValid`).
  package init(_ year: Int, _ month: Int, _ day: Int) {
    self.year = year; self.month = month; self.day = day
  }

  package static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

  package static func isLeapYear(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  package static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Year 1…9999, month 1…12, day within the month.
  package static func isValid(year: Int, month: Int, day: Int) -> Bool {
    (1...9999).contains(year) && (1...12).contains(month) && day >= 1 && day <= daysIn(year: year, month: month)
  }

  /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
  package var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  package init(dayNumber: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  package func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// 1 = Monday … 7 = Sunday (ISO 8601).
  package var weekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (3 with Monday = 0)
    return (w < 0 ? w + 7 : w) + 1
  }

  /// The Monday of this date's week.
  package var monday: CivilDate { adding(days: 1 - weekday) }

  /// ISO 8601 week-numbering year and week.
  package var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    let first = CivilDate(thursday.year, 1, 1)
    return (thursday.year, (thursday.dayNumber - first.dayNumber) / 7 + 1)
  }

  /// `2025-12-13`.
  package var iso: String { "\(DateFormat.year(year))-\(DateFormat.two(month))-\(DateFormat.two(day))" }
}

/// Zero-padded pieces of ISO 8601 values.
package enum DateFormat {
  package static func two(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
  package static func year(_ n: Int) -> String {
    guard n >= 0 && n < 1000 else { return "\(n)" }
    let s = "\(n)"
    return String(repeating: "0", count: 4 - s.count) + s
  }
  package static func isoWeek(_ date: CivilDate) -> String {
    let w = date.isoWeek
    return "\(year(w.year))-W\(two(w.week))"
  }
}
