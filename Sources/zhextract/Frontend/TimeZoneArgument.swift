/// Parses `--tz`: `UTC`, `Z`, `GMT`, or an offset `+08:00`, `-05:00`, `+0800`, `+8`, into
/// minutes east of UTC (`ExtractorOptions.timeZoneOffsetMinutes`). Offsets beyond ±14:00 are
/// not time zones on Earth and are refused.
enum TimeZoneArgument {
  static func minutes(_ text: String) -> Int? {
    if ["UTC", "Z", "GMT", "utc", "z", "gmt"].contains(text) { return 0 }
    let s = Array(text.utf8)
    guard let sign = s.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
    let body = s.dropFirst()
    guard body.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ":") }) else { return nil }
    let digits = body.filter { $0 != UInt8(ascii: ":") }.map { Int($0 - 0x30) }
    let colon = body.firstIndex(of: UInt8(ascii: ":"))
    let hours: Int, minutes: Int
    switch (digits.count, colon) {
    case (1, nil), (2, nil):
      hours = digits.reduce(0) { $0 * 10 + $1 }; minutes = 0
    case (4, nil):
      hours = digits[0] * 10 + digits[1]; minutes = digits[2] * 10 + digits[3]
    case (4, let c?) where c == body.startIndex + 2, (3, let c?) where c == body.startIndex + 1:
      hours = digits.dropLast(2).reduce(0) { $0 * 10 + $1 }; minutes = digits[digits.count - 2] * 10 + digits[digits.count - 1]
    default:
      return nil
    }
    guard minutes < 60, hours * 60 + minutes <= 14 * 60 else { return nil }
    return (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
  }
}
