// Times of day after a date.
extension DateCursor {
  /// `08:00`, `8:30` (hour < 24, minute < 60).
  func clockTime(at i: Int) -> (time: TimeOfDay, end: Int)? {
    guard let h = digits(i, max: 2), h.value < 24, at(h.end) == ":", let m = digits(h.end + 1, max: 2), m.end - h.end == 3, m.value < 60 else { return nil }
    var end = m.end
    var second: Int?
    if at(end) == ":", let sec = digits(end + 1, max: 2), sec.end - end == 3 {
      end = sec.end
      if sec.value < 60 { second = sec.value }
    }
    return (TimeOfDay(hour: h.value, minute: m.value, second: second), end)
  }

  /// A time after a day: ` 08:00`, `14时30分`, `下午3点`, `上午10点半`.
  func timeOfDay(at i: Int, shift defaultShift: Int = 0) -> (time: TimeOfDay, end: Int)? {
    let k = skipSpaces(i)
    if let t = clockTime(at: k) {
      return defaultShift > 0 && t.time.hour < 12 ? (TimeOfDay(hour: t.time.hour + defaultShift, minute: t.time.minute, second: t.time.second), t.end) : t
    }
    var j = k
    var shift = defaultShift
    if let word = vocabulary.timesOfDay.longestMatch(in: s, at: j) {
      j = word.end
      shift = word.value
    }
    guard let h = number(j, max: 2), isAt(h.end, "点") || isAt(h.end, "时") else {
      // (A dateline may set the clock apart from its word: 2027年10月14日 下午 2:20.)
      if j > k, let t = clockTime(at: skipSpaces(j)) {
        return (TimeOfDay(hour: t.time.hour < 12 ? t.time.hour + shift : t.time.hour, minute: t.time.minute, second: t.time.second), t.end)
      }
      return nil
    }
    let hour = h.value < 12 ? h.value + shift : h.value
    guard hour < 24 else { return nil }
    var end = h.end + 1
    if isAt(end, "半") { return (TimeOfDay(hour: hour, minute: 30), end + 1) }
    if let m = number(end, max: 2), m.value < 60 {
      if isAt(m.end, "分") {
        // 16时40分12秒: the seconds after the minutes.
        if let sec = number(m.end + 1, max: 2), sec.value < 60, isAt(sec.end, "秒") {
          return (TimeOfDay(hour: hour, minute: m.value, second: sec.value), sec.end + 1)
        }
        return (TimeOfDay(hour: hour, minute: m.value), m.end + 1)
      }
      // 九点二十: minutes without 分 after 点.
      if isAt(h.end, "点"), !(at(m.end).map { ScalarClass.isHan($0) || ScalarClass.isASCIIAlphanumeric($0) } ?? false) {
        return (TimeOfDay(hour: hour, minute: m.value), m.end)
      }
    }
    if isAt(h.end, "时"), isAt(end, "许") { end += 1 }
    return (TimeOfDay(hour: hour, minute: isAt(h.end, "点") && isAt(end, "整") ? 0 : nil), isAt(end, "整") ? end + 1 : end)
  }
}
