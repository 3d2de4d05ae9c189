import CICUShim

/// Holidays of calendars other than the Gregorian and the Chinese: the Hebrew and the Islamic
/// calendar through ICU, Easter by the computus. Pure functions of the year.
package enum WorldCalendar: String, Hashable, Sendable, CaseIterable {
  /// ICU's Hebrew calendar. Months 0 = Tishri, 1 Heshvan, 2 Kislev, 3 Tevet, 4 Shevat,
  /// 5 Adar I (leap years only), 6 Adar (Adar II in a leap year), 7 Nisan, 8 Iyar, 9 Sivan,
  /// 10 Tammuz, 11 Av, 12 Elul.
  case hebrew
  /// ICU's Umm al-Qura calendar (Saudi Arabia's official one; the day a holiday is observed
  /// elsewhere may differ by a day with the sighting of the moon). Months 0 = Muharram …
  /// 8 = Ramadan, 9 = Shawwal, 11 = Dhu al-Hijjah.
  case islamic

  /// The months as `dates-holidays.tsv` names them, in ICU's order.
  package var monthNames: [String] {
    switch self {
    case .hebrew: ["tishri", "heshvan", "kislev", "tevet", "shevat", "adar1", "adar", "nisan", "iyar", "sivan", "tammuz", "av", "elul"]
    case .islamic: ["muharram", "safar", "rabi1", "rabi2", "jumada1", "jumada2", "rajab", "shaban", "ramadan", "shawwal", "dhulqada", "dhulhijja"]
    }
  }

  var locale: String {
    switch self {
    case .hebrew: "he@calendar=hebrew"
    case .islamic: "ar@calendar=islamic-umalqura"
    }
  }

  /// The Gregorian date of `month` (ICU's 0-based) `day` of this calendar's year `year`;
  /// `nil` when that day does not exist.
  package func gregorian(year: Int, month: Int, day: Int) -> CivilDate? {
    guard (0...12).contains(month), (1...30).contains(day), (1...9999).contains(year) else { return nil }
    return Self.days.value(for: Day(calendar: self, year: year, month: month, day: day)) {
      computeGregorian(year: year, month: month, day: day)
    }
  }

  struct Day: Hashable, Sendable {
    var calendar: WorldCalendar, year: Int, month: Int, day: Int
  }

  /// Conversions already made, both ways (ICU opens and computes two calendars for each).
  static let days = Memo<Day, CivilDate?>(capacity: 50_000)
  static let years = Memo<Day, Int?>(capacity: 50_000)

  /// The conversion itself, through ICU, uncached.
  func computeGregorian(year: Int, month: Int, day: Int) -> CivilDate? {
    var y: Int32 = 0, m: Int32 = 0, d: Int32 = 0
    let status = cicu_calendar_to_gregorian(locale, Int32(year), Int32(month), Int32(day), &y, &m, &d)
    guard status == 0, CivilDate.isValid(year: Int(y), month: Int(m), day: Int(d)) else { return nil }
    return CivilDate(Int(y), Int(m), Int(d))
  }

  /// This calendar's year in which the Gregorian `date` falls.
  package func year(of date: CivilDate) -> Int? {
    Self.years.value(for: Day(calendar: self, year: date.year, month: date.month, day: date.day)) { computeYear(of: date) }
  }

  /// The conversion itself, through ICU, uncached.
  func computeYear(of date: CivilDate) -> Int? {
    var year: Int32 = 0
    let status = cicu_calendar_year_of_gregorian(locale, Int32(date.year), Int32(date.month), Int32(date.day), &year)
    return status == 0 ? Int(year) : nil
  }

  /// Every Gregorian date in Gregorian year `year` that is `month`/`day` of this calendar, in
  /// order: one for the Hebrew calendar, one or (the Islamic year being 11 days shorter) two.
  package func occurrences(month: Int, day: Int, inGregorianYear year: Int) -> [CivilDate] {
    guard CivilDate.isValid(year: year, month: 1, day: 1), let first = self.year(of: CivilDate(year, 1, 1)),
      let last = self.year(of: CivilDate(year, 12, 31)), first <= last
    else { return [] }
    return (first...last).compactMap { y in gregorian(year: y, month: month, day: day) }.filter { $0.year == year }
  }
}

/// The date of Easter Sunday, from which the movable Christian feasts are counted.
package enum Computus {
  /// Western (Gregorian) Easter: the anonymous Gregorian algorithm (Meeus, *Astronomical
  /// Algorithms*, ch. 8), valid for every Gregorian year.
  package static func western(year: Int) -> CivilDate? {
    guard (1583...9999).contains(year) else { return nil }
    let a = year % 19, b = year / 100, c = year % 100
    let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4, k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return CivilDate(year, month, day)
  }

  /// Orthodox Easter: Easter of the Julian calendar (Meeus' Julian algorithm), given as its
  /// Gregorian date (the Julian calendar lags by ⌊y/100⌋ − ⌊y/400⌋ − 2 days: 13 in 1900–2099).
  package static func orthodox(year: Int) -> CivilDate? {
    guard (1583...9999).contains(year) else { return nil }
    let a = year % 4, b = year % 7, c = year % 19
    let d = (19 * c + 15) % 30
    let e = (2 * a + 4 * b - d + 34) % 7
    let month = (d + e + 114) / 31
    let day = (d + e + 114) % 31 + 1
    // The Julian date as a day number: count it as Gregorian, then add the calendars' gap.
    let lag = year / 100 - year / 400 - 2
    return CivilDate(year, month, day).adding(days: lag)
  }
}
