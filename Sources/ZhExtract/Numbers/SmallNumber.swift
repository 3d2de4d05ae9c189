/// Small whole numbers read at a position of the analysis text: days, months, years, counts
/// — what the date rules read (money reads figures through `NumberScanner`).
///
/// Each reader looks at a bounded number of scalars and returns `nil` for a run longer than
/// its limit, so nothing is ever read from the middle of a long number.
package enum SmallNumber {
  /// A run of ASCII digits at `i` of at most `maxDigits` digits (`2025`, `12`): its value
  /// and end; `nil` when no digit stands at `i` or the run is longer.
  package static func arabic(_ s: [Unicode.Scalar], at i: Int, maxDigits: Int) -> (value: Int, end: Int)? {
    var k = i, value = 0
    while k < s.count, ScalarClass.isASCIIDigit(s[k]) {
      guard k - i < maxDigits else { return nil }
      value = value * 10 + Int(s[k].value - 0x30)
      k += 1
    }
    return k > i ? (value, k) : nil
  }

  /// A Chinese number below 100 or read digit by digit, of at most `maxLength` scalars:
  /// digits, 十 and the calendar tens 廿 (20) and 卅 (30) — 一, 十二, 二十七, 三十一, 廿三,
  /// 二〇二五; `nil` when none stands at `i`, the run is longer, or it is no number (十十).
  /// 百 and 千 end the run (三百天 reads 三): a day, a month or a two-digit year never has them.
  package static func chinese(_ s: [Unicode.Scalar], at i: Int, maxLength: Int) -> (value: Int, end: Int)? {
    var k = i
    while k < s.count, NumeralCharacter.chineseDigit(s[k]) != nil || s[k] == "十" || NumeralCharacter.calendarTens(s[k]) != nil {
      guard k - i < maxLength else { return nil }
      k += 1
    }
    guard k > i else { return nil }
    if let tens = NumeralCharacter.calendarTens(s[i]) {
      if k == i + 1 { return (tens, k) }
      guard k == i + 2, let d = NumeralCharacter.chineseDigit(s[i + 1]), d > 0 else { return nil }
      return (tens + d, k)
    }
    guard let value = NumeralCharacter.smallInteger(s[i..<k]) else { return nil }
    return (value, k)
  }

  /// A number written either way: ASCII digits (at most `maxDigits`) or Chinese numerals (at
  /// most `maxDigits + 1` scalars, room for 十: 二十七 beside 27).
  package static func read(_ s: [Unicode.Scalar], at i: Int, maxDigits: Int) -> (value: Int, end: Int)? {
    guard i >= 0, i < s.count else { return nil }
    return ScalarClass.isASCIIDigit(s[i]) ? arabic(s, at: i, maxDigits: maxDigits) : chinese(s, at: i, maxLength: maxDigits + 1)
  }
}
