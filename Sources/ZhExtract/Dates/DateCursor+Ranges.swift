// The end of a range after a first point.
extension DateCursor {
  /// `至15日`, `到2025Q4`, `-2026年`, `~12月` after a point: the end of a range (or the end
  /// the first rule read itself: `2024-2026年`, `周末`).
  func rangeEnd(after first: Point) -> Point? {
    if let year = first.throughYear {
      return Point(point: DatePoint(year: .absolute(year), .calendar(month: nil, day: nil)), end: first.end, rule: first.rule)
    }
    // 周末: its Saturday to its Sunday.
    if first.rule == .weekend, case .week(let offset, _) = first.point.body {
      return Point(point: DatePoint(.week(offset: offset, weekday: 7)), end: first.end, rule: first.rule)
    }
    var k = skipSpaces(first.end)
    // 即日起至4月30日, 今天起到5月底: from a day word on, to a date.
    if at(k) == "起", rangeWord(at: k + 1, between: false).map({ !$0.needsBetween }) ?? false { k += 1 }
    // 2015年和2018年之间: 和/与 make a range only with 之间 after the second date.
    guard let word = rangeWord(at: k, between: true) else { return nil }
    k = skipSpaces(word.end)
    if let time = first.point.time, !word.needsBetween, let end = timeRangeEnd(after: first, from: time, at: k) { return end }
    // 至今 is "until now" (2019年至今年均增长 too); 至今年2月 ends at a month of this year.
    guard let c2 = at(k), c2 != "今" || isAt(k, "今年") && yearLed(at: k).map({ !Self.isBareYear($0.point) }) ?? false else { return nil }
    // 除夕至正月初七, 正月初一至正月十五: after a day of the Chinese calendar, its month names the end.
    let startsLunar: Bool
    switch first.point.body {
    case .lunar(_, _?, _), .holiday: startsLunar = true
    default: startsLunar = false
    }
    guard
      var second = (startsLunar ? lunar(at: k, year: nil) : nil) ?? yearLed(at: k) ?? numericDate(at: k) ?? quarterLetter(at: k) ?? monthLed(at: k, year: nil)
        ?? dayOnly(at: k) ?? chineseDay(at: k)
        ?? vocabularyPoint(at: k) ?? elidedEnd(after: first, at: k, needsBetween: word.needsBetween)
    else { return nil }
    if word.needsBetween {
      if isAt(second.end, "之间") { second.end += 2 } else if isAt(second.end, "间") { second.end += 1 } else { return nil }
    }
    // Both ends must be of a kind: a day range, a month range, a quarter range, a year range.
    switch (first.point.body, second.point.body) {
    case (.calendar, .calendar), (.quarter, .quarter), (.half, .half), (.relativeDay, .relativeDay): break
    // 3月中旬至4月上旬, 1月下旬至2月下旬: from the first part's first day to the second's last.
    case (.monthPart(.absolute, _), .monthPart(.absolute, _)): break
    case (.relativeDay, .calendar(_?, _?)): break
    // 去年春节到元宵节: a holiday to a later one (a year-less end takes the start's year).
    case (.holiday, .holiday) where second.point.year == nil: break
    // 大年初一至初三, 除夕至正月初七, 腊月二十三至除夕: days of one Chinese year.
    case (.lunar(_, _?, _), .lunar(_, _?, _)) where second.point.year == nil, (.holiday, .lunar(_, _?, _)) where second.point.year == nil,
      (.lunar(_, _?, _), .holiday) where second.point.year == nil:
      break
    case (.week(let offset, let startDay?), .week(_, let weekday?)) where first.rule != .weekend:
      // 周一至周五; 上周一至周五 (the bare weekday is in the first one's week, or the week after
      // when it would come before the start: 下周日至周三, 周五至周一).
      if second.rule == .weekday { second.point.body = .week(offset: weekday < startDay ? offset + 1 : offset, weekday: weekday) }
    default: return nil
    }
    if case .calendar(let m1, let d1) = first.point.body, case .calendar(let m2, let d2) = second.point.body {
      // `2025年-12月`: a year cannot end at a month; a day range needs days on both sides.
      if (d1 == nil) != (d2 == nil) { return nil }
      if m1 == nil && d1 == nil && (m2 != nil || second.point.year == nil) { return nil }
    }
    return second
  }
}

extension DateCursor {
  /// Whether `point` is a year and nothing finer (`2025年`, `今年`).
  static func isBareYear(_ point: DatePoint) -> Bool {
    if case .calendar(nil, nil) = point.body { return true }
    return false
  }
}

// The end of a range that leaves out its unit.
extension DateCursor {
  /// An end written without the unit the start has: the day of a day (`二月十三到十五停水`,
  /// `3月1日至15`), the day of a Chinese month (`大年初一至初三`, `腊月二十三至三十`) and the weekday of a weekday (`星期三至四有雨`, `周一到五`). A measure word, a
  /// unit or a digit after the number makes it a count or a figure (`3月1日至15家`, `周三至四成`,
  /// `星期三到四点`, `3月1日至15%`).
  func elidedEnd(after first: Point, at k: Int, needsBetween: Bool) -> Point? {
    guard !needsBetween else { return nil }
    switch first.point.body {
    case .calendar(_, _?) where first.point.time == nil:
      guard let d = number(k, max: 2), (1...31).contains(d.value), endsElidedEnd(at: d.end) else { return nil }
      return Point(point: DatePoint(.calendar(month: nil, day: d.value)), end: d.end, rule: .day)
    case .lunar(let month, _?, let leap):
      let chu = isAt(k, "初")
      guard let d = chinese(chu ? k + 1 : k, max: chu ? 2 : 3), (chu ? 1...10 : 11...30).contains(d.value), endsElidedEnd(at: d.end) else { return nil }
      return Point(point: DatePoint(.lunar(month: month, day: d.value, leap: leap)), end: d.end, rule: .lunar)
    case .week(_, _?) where first.rule != .weekend:
      guard let c = at(k), !ScalarClass.isASCIIDigit(c), let wd = weekday(at: k), endsElidedEnd(at: wd.end) else { return nil }
      return Point(point: DatePoint(.week(offset: 0, weekday: wd.weekday)), end: wd.end, rule: .weekday)
    default:
      return nil
    }
  }

  /// Measure words and units that make a number after a range word a count, not a day.
  static let unitsAfterNumber = ScalarBitmap("个人家名位次元万亿千百十岁点时分秒年月日号天周倍件条项篇辆台只吨米斤度成折届期批季级层楼股场".unicodeScalars)

  /// Whether the text ends at `i`, or a clause's punctuation, a space or a word that is no unit
  /// stands there.
  func endsElidedEnd(at i: Int) -> Bool {
    guard let c = at(i) else { return true }
    if ScalarClass.endsClause(c) || ScalarClass.isSpace(c) { return true }
    return ScalarClass.isHan(c) && !Self.unitsAfterNumber.contains(c)
  }
}

// The end of a time range on one day.
extension DateCursor {
  /// `今晚八点到九点`, `昨天5:00-6:00`, `明天下午两点到五点`: a time after the range word ends the
  /// range on the first point's day. An hour before 12 without its own time-of-day word takes the
  /// afternoon when the range began in it and that keeps the end after the start (`下午两点到五点`
  /// → 17:00); an end not after the start is no range (`晚上11点到1点` crosses midnight).
  func timeRangeEnd(after first: Point, from start: TimeOfDay, at k: Int) -> Point? {
    guard let t = timeOfDay(at: k) else { return nil }
    var hour = t.time.hour
    // (`今晚8点至8点半`: 8点半 after 20:00 is 20:30.)
    if start.hour >= 12, hour < 12, (hour + 12) * 60 + (t.time.minute ?? 0) > start.hour * 60 + (start.minute ?? 0),
      vocabulary.timesOfDay.longestMatch(in: s, at: k) == nil
    {
      hour += 12
    }
    guard hour * 60 + (t.time.minute ?? 0) > start.hour * 60 + (start.minute ?? 0) else { return nil }
    var second = first
    second.point.time = TimeOfDay(hour: hour, minute: t.time.minute, second: t.time.second)
    second.end = t.end
    second.throughYear = nil
    return second
  }
}

// Intervals open on one side: 或之后, 及以前, 以来, 起, 之前 (`dates-open-bounds.tsv`).
extension DateCursor {
  /// What may follow `起` for it to close a date (2024年起实施, 12月1日起,): punctuation, a range
  /// word, 或 (自2016年9月1日起或2016年1月1日之前), or a verb of coming into force; 起诉, 起步 are other words.
  static let afterQi = ScalarBitmap("，。、；：,.;:的至到或".unicodeScalars)

  /// The open side after a date ending at `i` (the date began at `start`), and where it ends.
  /// `开始` only after 从 or 自 before the date (会议于12月13日开始 is the day it starts), and
  /// not before 时, 前, 后 (开始时间, 开始前).
  func openBound(after i: Int, from start: Int) -> (bound: OpenInterval, end: Int)? {
    guard let w = vocabulary.openBounds.longestMatch(in: s, at: i) else { return nil }
    let word = s[i..<w.end]
    if word.count == 2, word.first == "开", word.last == "始" {
      guard isAt(start - 1, "从") || isAt(start - 1, "自") else { return nil }
      if let next = at(w.end), next == "时" || next == "前" || next == "后" { return nil }
    }
    if word.count == 1, word.first == "起", let next = at(w.end), ScalarClass.isHan(next), !Self.afterQi.contains(next),
      !(isAt(w.end, "实施") || isAt(w.end, "施行") || isAt(w.end, "执行") || isAt(w.end, "生效") || isAt(w.end, "正式") || isAt(w.end, "开始"))
    {
      return nil
    }
    return (w.value, w.end)
  }
}
