import CICUShim

/// Gregorian dates of Chinese-calendar days: from the observatories' months
/// (`dates-chinese-months.tsv`, 1900–2100), else computed by ICU (`zh@calendar=chinese`).
package enum ChineseCalendar {
  /// The Gregorian date of lunar `month`/`day` (leap month if `leap`) of the Chinese year
  /// that begins in Gregorian `year`; `nil` when that day does not exist.
  package static func gregorian(year: Int, month: Int, day: Int, leap: Bool = false) -> CivilDate? {
    guard (1...12).contains(month), (1...30).contains(day), (1000...2999).contains(year) else { return nil }
    if let listed = ChineseCivilCalendar.bundled.gregorian(year: year, month: month, day: day, leap: leap) { return listed }
    return cache.value(for: LunarDay(year: year, month: month, day: day, leap: leap)) {
      computeGregorian(year: year, month: month, day: day, leap: leap)
    }
  }

  struct LunarDay: Hashable, Sendable {
    var year: Int, month: Int, day: Int, leap: Bool
  }

  /// Conversions already made (ICU opens and computes two calendars for each).
  static let cache = Memo<LunarDay, CivilDate?>(capacity: 100_000)

  /// The conversion itself, through ICU, uncached.
  static func computeGregorian(year: Int, month: Int, day: Int, leap: Bool) -> CivilDate? {
    var y: Int32 = 0, m: Int32 = 0, d: Int32 = 0
    let status = cicu_chinese_to_gregorian(Int32(year), Int32(month), leap ? 1 : 0, Int32(day), &y, &m, &d)
    guard status <= 0, status != -1, CivilDate.isValid(year: Int(y), month: Int(m), day: Int(d)) else { return nil }
    return CivilDate(Int(y), Int(m), Int(d))
  }

  /// 清明 (the solar term at the sun's longitude 15°) in `year`, by the standard
  /// approximation `⌊Y·0.2422 + C⌋ − ⌊Y/4⌋` (Y = year − 1900, C = 5.59 for 1901–2000;
  /// Y = year − 2000, C = 4.81 for 2001–2100). `nil` outside 1901–2100.
  package static func qingming(year: Int) -> CivilDate? {
    guard (1901...2100).contains(year) else { return nil }
    let y = year <= 2000 ? year - 1900 : year - 2000
    let c = year <= 2000 ? 5.59 : 4.81
    let day = Int((Double(y) * 0.2422 + c).rounded(.down)) - y / 4
    return CivilDate.isValid(year: year, month: 4, day: day) ? CivilDate(year, 4, day) : nil
  }
}
