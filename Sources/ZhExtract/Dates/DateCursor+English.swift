// English dates inside Chinese text.
extension DateCursor {
  func englishMonth(at i: Int) -> (month: Int, end: Int)? {
    guard let c = at(i), ScalarClass.isASCIILetter(c), !(at(i - 1).map(ScalarClass.isASCIILetter) ?? false),
      let m = vocabulary.englishMonths.longestMatch(in: s, at: i)
    else { return nil }
    var end = m.end
    if at(end) == "." { end += 1 } else if let next = at(end), ScalarClass.isASCIILetter(next) { return nil }
    return (m.value, end)
  }

  /// `Nov. 18, 2025`, `December 1`, `November 2025`.
  func englishMonthFirst(at i: Int) -> Point? {
    guard let m = englishMonth(at: i) else { return nil }
    let k = skipSpaces(m.end)
    guard k > m.end || at(m.end - 1) == "." else { return nil }
    if let d = digits(k, max: 2), (1...31).contains(d.value) || d.end - k == 2 {
      var e = d.end
      if isAt(e, "st") || isAt(e, "nd") || isAt(e, "rd") || isAt(e, "th") { e += 2 }
      if let next = at(e), ScalarClass.isASCIIAlphanumeric(next) { return nil }
      var j = e
      if at(j) == "," { j += 1 }
      j = skipSpaces(j)
      if let y = digits(j, max: 4), y.end - j == 4, !(at(y.end).map(ScalarClass.isASCIIAlphanumeric) ?? false) {
        return Point(point: DatePoint(year: .absolute(y.value), .calendar(month: .absolute(m.month), day: d.value)), end: y.end, rule: .englishMonthDayYear)
      }
      return Point(point: DatePoint(.calendar(month: .absolute(m.month), day: d.value)), end: e, rule: .englishMonthDay)
    }
    if let y = digits(k, max: 4), y.end - k == 4, (1000...2999).contains(y.value), !(at(y.end).map(ScalarClass.isASCIIAlphanumeric) ?? false) {
      return Point(point: DatePoint(year: .absolute(y.value), .calendar(month: .absolute(m.month), day: nil)), end: y.end, rule: .englishMonthYear)
    }
    return nil
  }

  /// `18 November 2025`, `18 Nov`.
  func englishDayFirst(at i: Int) -> Point? {
    guard let d = digits(i, max: 2), (1...31).contains(d.value) else { return nil }
    let k = skipSpaces(d.end)
    guard k > d.end, let m = englishMonth(at: k) else { return nil }
    let j = skipSpaces(m.end)
    if let y = digits(j, max: 4), y.end - j == 4, !(at(y.end).map(ScalarClass.isASCIIAlphanumeric) ?? false) {
      return Point(point: DatePoint(year: .absolute(y.value), .calendar(month: .absolute(m.month), day: d.value)), end: y.end, rule: .englishDayMonthYear)
    }
    return Point(point: DatePoint(.calendar(month: .absolute(m.month), day: d.value)), end: m.end, rule: .englishDayMonth)
  }

  /// The WordPress Chinese header `3 2 月, 2026` (day, month number 月, year).
  func wordPressDate(at i: Int) -> Point? {
    guard let d = digits(i, max: 2), at(d.end) == " ", let m = digits(d.end + 1, max: 2) else { return nil }
    let e = skipSpaces(m.end)
    guard isAt(e, "月"), at(e + 1) == ",", let y = digits(skipSpaces(e + 2), max: 4), y.end - skipSpaces(e + 2) == 4 else { return nil }
    return Point(point: DatePoint(year: .absolute(y.value), .calendar(month: .absolute(m.value), day: d.value)), end: y.end, rule: .dayMonthYearHeader)
  }
}
