// Counted offsets from the anchor: 5天前, 两年前, 3个月前, 2周之前; 计划三年后, 预计半年后.
extension DateCursor {
  /// `N` days / weeks / months / years before (前, 之前, 以前) the anchor, or after it (后, 之后,
  /// 以后) right after a word of the future (`计划三年后上市`, `将于三天后生效`, `拟在两周后签约`:
  /// the clause looks ahead from the time of writing). Any other count forward is left alone: in
  /// news it counts from the event just told, whose date is seldom stated (`惨败两年半之后`,
  /// `股价飙升一周后`, `两周后，双方签约`): such a count is a date only when a day or month was
  /// stated in its paragraph or the one before, and counts from it (`5月10日…3天后` → 5月13日).
  /// A count alone (三年, 两年内) is a duration and no date;
  /// so are a count after 了 (工作了两年后) and `在此3天前`. Hours and minutes forward are left alone.
  /// Years forward without such a word (`1998年建厂，十年后`) count from the year in focus.
  /// A count and a half (`两个半月前`, `一年半后`, `两个半小时前`) is read as the count plus half a unit.
  /// Characters after `3天前` that make it part of another word (前后, 前景, 前台, 前端, 前者, 前所未有).
  static let afterAgo = ScalarBitmap("后景台端者所".unicodeScalars)
  /// Characters after `3天后` that make it part of another word (后来, 后续, 后面, 后者, 后期, 后半).
  static let afterLater = ScalarBitmap("来续面者期半方世台端果".unicodeScalars)

  func ago(at i: Int) -> Point? {
    if let p = at(i - 1), p == "此" || p == "其" || p == "那" || p == "了" { return nil }
    if isAt(i - 1, "第") || isAt(i - 1, "近") || isAt(i - 2, "过去") || isAt(i - 2, "未来") { return nil }
    // 半年前, 半年后 (six months), 半个月前, 半个月后 (fifteen days). Forward without a word of the
    // future, from the month or day stated before (去年12月加盟，半年后 → June), as 3天后 below.
    if at(i) == "半" {
      let months = isAt(i, "半年")
      guard months || isAt(i, "半个月"), var side = side(at: i + (months ? 2 : 3)) else { return nil }
      if side.sign > 0, !futureCueEnds(before: i) { side.basis = .focus }
      let body: DatePoint.Body = months ? .calendar(month: .relative(6 * side.sign), day: nil) : .relativeDay(15 * side.sign)
      return Point(point: DatePoint(body, basis: side.basis), end: side.end, rule: .countedOffset)
    }
    // (A count has no leading zero: 07年以后 is after 2007.)
    guard let n = number(i, max: 3), n.value > 0, n.value <= 100, at(i) != "0", at(i) != "零", at(i) != "〇" else { return nil }
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
    guard var side = side(at: k) else { return nil }
    if side.sign > 0, unit == .minute || unit == .hour || unit == .hourAndAHalf { return nil }
    if side.sign > 0, !futureCueEnds(before: i) {
      // 十年后, 两年后 after a stated year (1998年…十年后): years from the year in focus; 3天后,
      // 两周后, 两个月后 after a stated day or month (5月10日…3天后): from that day or month. The
      // discourse drops them when no such date was said in the paragraph or the one before.
      guard unit == .year || unit == .day || unit == .week || unit == .month else { return nil }
      side.basis = .focus
    }
    k = side.end
    let offset = side.sign * n.value
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
    case .monthAndAHalf: body = .monthsAndAHalf(offset)
    case .yearAndAHalf: body = .calendar(month: .relative(offset * 12 + 6 * side.sign), day: nil)
    case .hourAndAHalf: body = .relativeMinutes(offset * 60 - 30)
    }
    return Point(point: DatePoint(year: year, body, basis: side.basis), end: k, rule: .countedOffset)
  }

  /// `此后三年` after a stated year (`始建于1998年，此后三年产量翻番`): that year to the year `N`
  /// after it (`1998/2001`), counted from the year in focus; no date without one.
  func yearsAfterThat(at i: Int) -> (first: DatePoint, last: DatePoint, end: Int)? {
    guard isAt(i, "此后"), let n = number(i + 2, max: 2), (1...20).contains(n.value), at(n.end) == "年", !isAt(n.end + 1, "级") else { return nil }
    if let next = at(n.end + 1), next == "半" || next == "多" { return nil }
    let first = DatePoint(year: .relative(0), .calendar(month: nil, day: nil), basis: .focus)
    let last = DatePoint(year: .relative(n.value), .calendar(month: nil, day: nil), basis: .focus)
    return (first, last, n.end + 1)
  }

  /// Whether a word of the future (`dates-tense-cues.tsv`: 将, 计划, 预计, 拟, 有望 …) ends right
  /// before `i`, or before 在 or 于 there (`计划在三年后`).
  func futureCueEnds(before i: Int) -> Bool {
    let end = isAt(i - 1, "在") || isAt(i - 1, "于") ? i - 1 : i
    for start in max(0, end - 3)..<end {
      if let w = vocabulary.tenseCues.longestMatch(in: s, at: start), w.end == end || w.end == i, w.value == .future { return true }
    }
    return false
  }

  /// 前, 之前, 以前 (back: sign −1) or 后, 之后, 以后 (on: +1) at `k`, and where the word ends;
  /// nil when it begins another word (3天前后 is about three days, 5年前景 a prospect, 三年后来
  /// goes on).
  func side(at k: Int) -> (sign: Int, basis: DatePoint.Basis, end: Int)? {
    let sign: Int, end: Int
    if isAt(k, "之前") || isAt(k, "以前") {
      (sign, end) = (-1, k + 2)
    } else if isAt(k, "前") {
      (sign, end) = (-1, k + 1)
    } else if isAt(k, "之后") || isAt(k, "以后") {
      (sign, end) = (1, k + 2)
    } else if isAt(k, "后") {
      (sign, end) = (1, k + 1)
    } else {
      return nil
    }
    if let next = at(end), (sign < 0 ? Self.afterAgo : Self.afterLater).contains(next) { return nil }
    return (sign, .anchor, end)
  }
}
