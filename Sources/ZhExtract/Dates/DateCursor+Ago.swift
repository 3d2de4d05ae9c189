// Counted offsets back from the anchor: 5天前, 两年前, 3个月前, 2周之前.
extension DateCursor {
  /// `N` days / weeks / months / years before (前, 之前, 以前) the anchor. A count alone (三年,
  /// 两年内) is a duration and no date. `N年后` is left alone: in news it counts mostly from
  /// the event just told (工作了两年后, 两周后), not from the publication date; so is `在此3天前`.
  /// A count and a half (`两个半月前`, `一年半前`, `两个半小时前`) is read as the count plus half a unit.
  /// Characters after `3天前` that make it part of another word (前后, 前景, 前台, 前端, 前者, 前所未有).
  static let afterAgo = ScalarBitmap("后景台端者所".unicodeScalars)

  func ago(at i: Int) -> Point? {
    if let p = at(i - 1), p == "此" || p == "其" || p == "那" || p == "了" { return nil }
    if isAt(i - 1, "第") || isAt(i - 1, "近") || isAt(i - 2, "过去") || isAt(i - 2, "未来") { return nil }
    // 半年前 (six months), 半个月前 (fifteen days).
    if at(i) == "半" {
      if isAt(i, "半年前") || isAt(i, "半年之前") || isAt(i, "半年以前") {
        let end = isAt(i, "半年前") ? i + 3 : i + 4
        if let next = at(end), Self.afterAgo.contains(next) { return nil }
        return Point(point: DatePoint(.calendar(month: .relative(-6), day: nil)), end: end, rule: .countedOffset)
      }
      if isAt(i, "半个月前") { return Point(point: DatePoint(.relativeDay(-15)), end: i + 4, rule: .countedOffset) }
      return nil
    }
    guard let n = number(i, max: 3), n.value > 0, n.value <= 100 else { return nil }
    var k = n.end
    enum Unit { case minute, hour, day, week, month, year, monthAndAHalf, yearAndAHalf, hourAndAHalf }
    var unit: Unit
    // 两个半月前, 一年半前, 两个半小时前: a count and a half.
    if isAt(k, "个半月") {
      unit = .monthAndAHalf; k += 3
    } else if isAt(k, "年半") {
      unit = .yearAndAHalf; k += 2
    } else if isAt(k, "个半小时") {
      unit = .hourAndAHalf; k += 4
    } else if isAt(k, "天") || isAt(k, "日") {
      unit = .day; k += 1
    } else if isAt(k, "个小时") {
      unit = .hour; k += 3
    } else if isAt(k, "小时") {
      unit = .hour; k += 2
    } else if isAt(k, "分钟") {
      unit = .minute; k += 2
    } else if isAt(k, "周") {
      unit = .week; k += 1
    } else if isAt(k, "个星期") || isAt(k, "个礼拜") {
      unit = .week; k += 3
    } else if isAt(k, "星期") {
      unit = .week; k += 2
    } else if isAt(k, "个月") {
      unit = .month; k += 2
    } else if isAt(k, "年") {
      unit = .year; k += 1
    } else {
      return nil
    }
    let sign = -1
    if isAt(k, "之前") || isAt(k, "以前") { k += 2 } else if isAt(k, "前") { k += 1 } else { return nil }
    // 3天前后 (about three days), 5年前景 (a prospect), 3年前所未有: not an offset.
    if let next = at(k), Self.afterAgo.contains(next) { return nil }
    let offset = sign * n.value
    let body: DatePoint.Body
    var year: YearReference?
    switch unit {
    case .minute: body = .relativeMinutes(offset)
    case .hour: body = .relativeMinutes(offset * 60)
    case .day: body = .relativeDay(offset)
    case .week: body = .week(offset: offset, weekday: nil)
    case .month: body = .calendar(month: .relative(offset), day: nil)
    case .year:
      body = .calendar(month: nil, day: nil)
      year = .relative(offset)
    case .monthAndAHalf: body = .monthsAndAHalfAgo(n.value)
    case .yearAndAHalf: body = .calendar(month: .relative(offset * 12 - 6), day: nil)
    case .hourAndAHalf: body = .relativeMinutes(offset * 60 - 30)
    }
    return Point(point: DatePoint(year: year, body), end: k, rule: .countedOffset)
  }
}
