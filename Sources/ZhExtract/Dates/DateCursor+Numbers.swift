// Years and days in less common writings: 零七年, 九七年, 三六七年, 13.5.2015, 2022 11 23.
extension DateCursor {
  /// Chinese digits read one by one before 年, two or three of them: `零七年`, `九七年` (a year
  /// whose century the anchor settles), `三六七年` (the year 367). Two digits that count
  /// (一二年, 三四年, 三五年, 七八年: one or two years, three to five …) and a digit said twice
  /// (二二年) are no year; nor is a decade (九十年代 has 十).
  func digitByDigitYear(at i: Int) -> YearMatch? {
    var k = i, v = 0
    while k - i < 3, let d = at(k).flatMap(NumeralCharacter.chineseDigit) { v = v * 10 + d; k += 1 }
    guard (2...3).contains(k - i), at(k).flatMap(NumeralCharacter.chineseDigit) == nil, at(k) == "年", at(k + 1) != "代" else { return nil }
    if k - i == 2 {
      let (first, second) = (v / 10, v % 10)
      if second == first + 1 || v == 35 || first == second && first != 0 { return nil }
      // 两年, 一两年: 两 is a count, never a digit of a year.
      if at(i) == "两" || at(i + 1) == "两" { return nil }
      return YearMatch(year: .twoDigit(v), end: k + 1, form: .stated, suffixedByYear: true, relative: true)
    }
    guard v >= 100, at(i) != "两", at(i + 1) != "两", at(i + 2) != "两" else { return nil }
    return YearMatch(year: .absolute(v), end: k + 1, form: .stated, suffixedByYear: true, relative: false, anyYear: true)
  }

  /// `13.5.2015`, `31/12/2024` (day first), `10/31/1974` (month first): only where the order is
  /// plain, one of the two numbers being above 12 or both the same (`3/3/2015`); `1/2/2020` and
  /// `3-7-2017` are left alone, except in Traditional script (`traditionalScript`), where the day comes
  /// first (`香港｜09/07/2026 18:05` is 9 July). With slashes the year may have two digits, its century settled
  /// by the anchor as `25年` (`10/31/74`).
  func dayMonthYear(at i: Int) -> Point? {
    guard let a = digits(i, max: 2), let sep = at(a.end), sep == "/" || sep == "." || sep == "-",
      let b = digits(a.end + 1, max: 2), at(b.end) == sep, let y = digits(b.end + 1, max: 4)
    else { return nil }
    let yearDigits = y.end - (b.end + 1)
    let year: YearReference
    if yearDigits == 4, (1000...2999).contains(y.value) {
      year = .absolute(y.value)
    } else if yearDigits == 2, sep == "/", !(at(i - 1).map { ScalarClass.isASCIIDigit($0) || $0 == "/" } ?? false) {
      year = .twoDigit(y.value)
    } else {
      return nil
    }
    if let next = at(y.end), ScalarClass.isASCIIAlphanumeric(next) || next == sep || next == "." && (at(y.end + 1).map(ScalarClass.isASCIIDigit) ?? false) {
      return nil
    }
    let month: Int, day: Int
    if a.value > 12, (1...12).contains(b.value) {
      (month, day) = (b.value, a.value)
    } else if b.value > 12 || a.value == b.value, (1...12).contains(a.value) {
      (month, day) = (a.value, b.value)
    } else if traditionalScript, (1...12).contains(b.value), (1...12).contains(a.value) {
      (month, day) = (b.value, a.value)
    } else {
      return nil
    }
    guard day <= 31 else { return nil }
    var point = DatePoint(year: year, .calendar(month: .absolute(month), day: day))
    var end = y.end
    if let t = timeOfDay(at: end) {
      point.time = t.time
      end = t.end
    }
    return Point(point: point, end: end, rule: .dmyNumeric)
  }

  /// `2022 11 23`, `2010 01 29`: year, month and day apart by single spaces, nothing numeric after.
  func spacedDate(at i: Int) -> Point? {
    guard let y = digits(i, max: 4), y.end - i == 4, (1000...2999).contains(y.value), at(y.end) == " ",
      let m = digits(y.end + 1, max: 2), (1...12).contains(m.value), at(m.end) == " ",
      let d = digits(m.end + 1, max: 2), (1...31).contains(d.value)
    else { return nil }
    if let next = at(d.end), ScalarClass.isASCIIAlphanumeric(next) || next == " " && (at(d.end + 1).map(ScalarClass.isASCIIDigit) ?? false) { return nil }
    return Point(point: DatePoint(year: .absolute(y.value), .calendar(month: .absolute(m.value), day: d.value)), end: d.end, rule: .ymdNumeric)
  }
}

// Ordinal weeks and weekdays of a month or a year: 第2周, 的第一周, 第一个星期一, 最后一个周三.
extension DateCursor {
  /// After a month or a year (`的` may come first): `第N周` (a week: `weekday` nil) or
  /// `第N个星期X`, `最后一个周X` (that weekday; `nth` −1 for the last). `第N周` needs N ≤ 5 after a
  /// month and N ≤ 53 after a year (the caller checks the month's).
  func ordinalInMonth(at i: Int) -> (nth: Int, weekday: Int?, end: Int)? {
    guard let c = at(i), c == "的" || c == "第" || c == "最" else { return nil }
    var k = c == "的" ? i + 1 : i
    let nth: Int
    if isAt(k, "最后一个") {
      nth = -1; k += 4
    } else if isAt(k, "最后一") {
      nth = -1; k += 3
    } else {
      guard at(k) == "第", let n = number(k + 1, max: 2), (1...53).contains(n.value) else { return nil }
      nth = n.value
      k = n.end
    }
    let counted = at(k) == "个"
    if counted { k += 1 }
    if isAt(k, "星期") || isAt(k, "礼拜") { k += 2 } else if at(k) == "周" { k += 1 } else { return nil }
    if let wd = weekday(at: k), nth <= 5 {
      if let next = at(wd.end), NumeralCharacter.digit(next) != nil || next == "十" { return nil }
      return (nth, wd.weekday, wd.end)
    }
    // 第一周 (no 个): the week itself; 第3个周 is no week.
    guard !counted, nth > 0 else { return nil }
    // 第二周年 is an anniversary.
    if at(k) == "年" { return nil }
    return (nth, nil, k)
  }
}

// Whole calendar units next to the anchor's, counted: 上两周, 下两个月, 上3个季度.
extension DateCursor {
  /// `上两周` (the two weeks before this one), `下两个月`, `上3个季度`, `下三年`: a range of whole
  /// weeks, months, quarters or years ending just before (上) or starting just after (下) the anchor's own,
  /// which is not in it. (Counts from the anchor — 未来三年, 近三月, 过去十年, 未来三天 — are
  /// durations, as SPEC has it.)
  func countedUnits(at i: Int) -> (first: DatePoint, last: DatePoint, end: Int)? {
    guard let c = at(i), let n1 = at(i + 1), ScalarClass.isASCIIDigit(n1) || NumeralCharacter.chineseDigit(n1) != nil || n1 == "十",
      let n = number(i + 1, max: 2), (2...12).contains(n.value)
    else { return nil }
    let sign = c == "上" ? -1 : 1
    var k = n.end
    let counted = at(k) == "个"
    if counted { k += 1 }
    let (first, last) = sign < 0 ? (-n.value, -1) : (1, n.value)
    let points: (DatePoint, DatePoint)
    if isAt(k, "星期") || isAt(k, "礼拜") || at(k) == "周" {
      k += at(k) == "周" ? 1 : 2
      points = (DatePoint(.week(offset: first, weekday: nil)), DatePoint(.week(offset: last, weekday: nil)))
    } else if isAt(k, "季度") {
      k += 2
      points = (DatePoint(.quarter(.relative(first))), DatePoint(.quarter(.relative(last))))
    } else if counted, at(k) == "月" {
      k += 1
      points = (DatePoint(.calendar(month: .relative(first), day: nil)), DatePoint(.calendar(month: .relative(last), day: nil)))
    } else if !counted, at(k) == "年", !(at(k + 1).map { $0 == "级" || $0 == "制" || $0 == "度" || $0 == "代" } ?? false) {
      // 下三年, 上两年 (not 上三年级: to attend the third grade).
      k += 1
      points = (DatePoint(year: .relative(first), .calendar(month: nil, day: nil)), DatePoint(year: .relative(last), .calendar(month: nil, day: nil)))
    } else {
      return nil
    }
    // 上两周内, 下两个月以后: a duration or a count from another point.
    if let next = at(k), next == "内" || next == "以" || next == "后" || next == "前" || next == "之" { return nil }
    return (points.0, points.1, k)
  }

  /// `明后年`, `明后两年`: next year and the one after (as 下两年); not 明后年级, nor a count from them (明后年内).
  func nextTwoYears(at i: Int) -> (first: DatePoint, last: DatePoint, end: Int)? {
    guard isAt(i, "明后") else { return nil }
    var k = i + 2
    if at(k) == "两" || at(k) == "2" { k += 1 }
    guard at(k) == "年", !(at(k + 1).map { $0 == "级" || $0 == "制" || $0 == "度" || $0 == "代" || $0 == "内" || $0 == "以" || $0 == "后" } ?? false)
    else { return nil }
    let year = { (offset: Int) in DatePoint(year: .relative(offset), .calendar(month: nil, day: nil)) }
    return (year(1), year(2), k + 1)
  }
}

// Days in Chinese numerals alone: 二十日, 六日, 三十一号.
extension DateCursor {
  /// Characters before `二十日` after which a day may begin (a clause start needs none).
  static let beforeChineseDay = ScalarBitmap("于在至到止从自及和与、".unicodeScalars)
  /// Characters after `三日` that make it a count or a name (三日内, 六日游, 七日均, 一日之计).
  static let afterChineseDay = ScalarBitmap("内均游以之制班期元起间".unicodeScalars)
  /// Characters after `十二号` that leave it a day (十二号前, 十二号的), not a name (三号线).
  static let afterChineseDayNumber = ScalarBitmap("前后的到至晚早上下当".unicodeScalars)

  /// A day in Chinese numerals with 日 or 号 (`二十日`, `六日`, `三十一号`) where a date may begin:
  /// at the start of a clause or after 于, 在, 至, 到, 从, 自, 及, 和, 、. Counts (三日内, 六日游)
  /// and names (三号线) are no dates; nor are 两日 and 一日 alone (two days, one day).
  func chineseDayOnly(at i: Int) -> Point? {
    if let p = at(i - 1), ScalarClass.isHan(p) || ScalarClass.isASCIIAlphanumeric(p), !Self.beforeChineseDay.contains(p) { return nil }
    guard let d = chinese(i, max: 3), (1...31).contains(d.value), at(d.end) == "日" || at(d.end) == "号" else { return nil }
    // 两日, 一日: counts (两日后, 一日三餐, 一日, 他…).
    if at(i) == "两" || d.end == i + 1 && at(i) == "一" { return nil }
    let e = d.end + 1
    if let next = at(e) {
      if NumeralCharacter.chineseDigit(next) != nil || Self.afterChineseDay.contains(next) && next != "起" { return nil }
      if at(d.end) == "号", ScalarClass.isHan(next), !Self.afterChineseDayNumber.contains(next) { return nil }
    }
    var point = DatePoint(.calendar(month: nil, day: d.value))
    var end = e
    if let t = timeOfDay(at: end) { point.time = t.time; end = t.end }
    return Point(point: point, end: end, rule: .day)
  }
}
