import ZhExtract

/// Checks a publication date given on the command line (`--published`) or in a JSON Lines
/// record (`published`): a whole ISO 8601 date, optionally with a time and a zone —
/// `2025-12-13`, `2025-12-13T08:00`, `2025-12-13 08:00`, `2025-12-13T08:00:05.250`,
/// `2026-01-04T13:38:32Z`, `2025-12-13T08:00+08:00`, `…-0500` — of a day that exists, in the
/// years 0001–9999 that ISO 8601 and the schema allow.
///
/// A year (`2025`) or a month (`2025-12`) alone is refused: it is the anchor of relative dates
/// (昨天, 上周五), which need a day, and SPEC gives `meta.published` no partial form.
enum PublishedArgument {
  static func isValid(_ text: String) -> Bool { problem(text) == nil }

  /// Why `text` is no publication date, in words a person can act on; `nil` when it is one.
  static func problem(_ text: String) -> String? {
    let s = Array(text.utf8)
    var i = 0
    func number(_ digits: Int) -> Int? {
      guard i + digits <= s.count else { return nil }
      var value = 0
      for k in i..<i + digits {
        guard s[k] >= 0x30 && s[k] <= 0x39 else { return nil }
        value = value * 10 + Int(s[k] - 0x30)
      }
      i += digits
      return value
    }
    func take(_ byte: UInt8) -> Bool {
      guard i < s.count, s[i] == byte else { return false }
      i += 1
      return true
    }
    let shape = "'\(text)' is not an ISO 8601 date such as 2025-12-13 or 2025-12-13T08:00"
    guard let year = number(4) else { return shape }
    guard year >= 1 else { return "'\(text)': the year must be 0001–9999" }
    if i == s.count { return "'\(text)' is a year, not a day; relative dates need a day (such as \(text)-01-01)" }
    guard take(UInt8(ascii: "-")), let month = number(2) else { return shape }
    guard (1...12).contains(month) else { return "'\(text)': there is no month \(month)" }
    if i == s.count { return "'\(text)' is a month, not a day; relative dates need a day (such as \(text)-01)" }
    guard take(UInt8(ascii: "-")), let day = number(2) else { return shape }
    let days = Self.days(year: year, month: month)
    guard (1...days).contains(day) else { return "'\(text)' is no day of the calendar (\(year)-\(month < 10 ? "0" : "")\(month) has \(days) days)" }
    if i == s.count { return nil }
    guard take(UInt8(ascii: "T")) || take(UInt8(ascii: " ")), let hour = number(2), hour < 24, take(UInt8(ascii: ":")),
      let minute = number(2), minute < 60
    else { return shape }
    if take(UInt8(ascii: ":")) {
      guard let second = number(2), second <= 60 else { return shape }
      if take(UInt8(ascii: ".")) {
        let before = i
        while i < s.count, s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }
        guard i > before else { return shape }
      }
    }
    if i == s.count || (take(UInt8(ascii: "Z")) && i == s.count) { return nil }
    return TimeZoneArgument.minutes(String(decoding: s[i...], as: UTF8.self)) == nil ? shape : nil
  }

  private static func days(year: Int, month: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
