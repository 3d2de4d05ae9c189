/// The local date (and time) that relative expressions are resolved against: the
/// publication date, converted to the article's time zone when it carries an offset.
package struct DateAnchor: Hashable, Sendable {
  package var date: CivilDate
  /// Minutes after local midnight, when the anchor states a time.
  package var minuteOfDay: Int?

  package init(date: CivilDate, minuteOfDay: Int? = nil) {
    self.date = date
    self.minuteOfDay = minuteOfDay
  }

  /// What the output reports as `anchor`: the local date.
  package var iso: String { date.iso }

  /// Reads ISO 8601 (`2025-12-13`, `2025-12-13T08:00`, `2025-12-13 08:00:00`,
  /// `2026-01-04T13:38:32Z`, `…+08:00`, `…-0500`). A stated offset (or `Z`) is converted to
  /// `timeZoneOffsetMinutes` (minutes east of UTC); without one the time is already local.
  /// `nil` when the text is not such a date.
  package static func parse(_ text: String, timeZoneOffsetMinutes: Int = 480) -> DateAnchor? {
    let s = Array(text.unicodeScalars.filter { $0 != "\"" && $0 != "'" })
    var i = 0
    func skipBlanks() { while i < s.count, s[i] == " " { i += 1 } }
    func digits(_ n: Int) -> Int? {
      guard i + n <= s.count else { return nil }
      var v = 0
      for k in i..<(i + n) {
        guard let d = ScalarClass.asciiDigitValue(s[k]) else { return nil }
        v = v * 10 + d
      }
      i += n
      return v
    }
    skipBlanks()
    guard let year = digits(4), i < s.count, s[i] == "-" || s[i] == "/" else { return nil }
    let separator = s[i]
    i += 1
    guard let month = digits(2) ?? digits(1), i < s.count, s[i] == separator else { return nil }
    i += 1
    guard let day = digits(2) ?? digits(1), CivilDate.isValid(year: year, month: month, day: day) else { return nil }
    var date = CivilDate(year, month, day)
    skipBlanks()
    guard i < s.count else { return DateAnchor(date: date) }
    guard s[i] == "T" || s[i] == "t" || (i > 0 && s[i - 1] == " ") else { return nil }
    if s[i] == "T" || s[i] == "t" { i += 1 }
    guard let hour = digits(2), hour < 24, i < s.count, s[i] == ":" else { return nil }
    i += 1
    guard let minute = digits(2), minute < 60 else { return nil }
    if i < s.count, s[i] == ":" {
      i += 1
      guard digits(2) != nil else { return nil }
      if i < s.count, s[i] == "." || s[i] == "," {
        i += 1
        while i < s.count, ScalarClass.asciiDigitValue(s[i]) != nil { i += 1 }
      }
    }
    skipBlanks()
    var minutes = hour * 60 + minute
    if i < s.count {
      var offset: Int
      if s[i] == "Z" || s[i] == "z" {
        offset = 0
        i += 1
      } else if s[i] == "+" || s[i] == "-" {
        let sign = s[i] == "-" ? -1 : 1
        i += 1
        guard let oh = digits(2) else { return nil }
        if i < s.count, s[i] == ":" { i += 1 }
        let om = digits(2) ?? 0
        offset = sign * (oh * 60 + om)
      } else {
        return nil
      }
      skipBlanks()
      guard i == s.count else { return nil }
      // To local time: UTC = stated − offset; local = UTC + zone.
      let shifted = minutes - offset + timeZoneOffsetMinutes
      let dayShift = shifted >= 0 ? shifted / 1440 : -((-shifted + 1439) / 1440)
      minutes = shifted - dayShift * 1440
      date = date.adding(days: dayShift)
    }
    return DateAnchor(date: date, minuteOfDay: minutes)
  }
}
