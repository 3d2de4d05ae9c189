/// Checks that a publication date is ISO 8601 as SPEC writes it: `2025`, `2025-12`,
/// `2025-12-13`, `2025-12-13T08:00`, `2025-12-13T08:00:05`, optionally with fractional
/// seconds and a zone (`Z`, `+08:00`, `-0500`).
enum PublishedArgument {
  static func isValid(_ text: String) -> Bool {
    let s = Array(text.utf8)
    var i = 0
    func number(_ digits: Int, _ range: ClosedRange<Int>) -> Bool {
      guard i + digits <= s.count else { return false }
      var value = 0
      for k in i..<i + digits {
        guard s[k] >= 0x30 && s[k] <= 0x39 else { return false }
        value = value * 10 + Int(s[k] - 0x30)
      }
      i += digits
      return range.contains(value)
    }
    func take(_ byte: UInt8) -> Bool {
      guard i < s.count, s[i] == byte else { return false }
      i += 1
      return true
    }
    guard number(4, 0...9999) else { return false }
    if i == s.count { return true }
    guard take(UInt8(ascii: "-")), number(2, 1...12) else { return false }
    if i == s.count { return true }
    guard take(UInt8(ascii: "-")), number(2, 1...31) else { return false }
    if i == s.count { return true }
    guard take(UInt8(ascii: "T")) || take(UInt8(ascii: " ")), number(2, 0...23), take(UInt8(ascii: ":")), number(2, 0...59) else {
      return false
    }
    if take(UInt8(ascii: ":")) {
      guard number(2, 0...60) else { return false }
      if take(UInt8(ascii: ".")) {
        let before = i
        while i < s.count, s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }
        guard i > before else { return false }
      }
    }
    if i == s.count || (take(UInt8(ascii: "Z")) && i == s.count) { return true }
    return TimeZoneArgument.minutes(String(decoding: s[i...], as: UTF8.self)) != nil
  }
}
