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
    // 2015年和2018年之间: 和/与 make a range only with 之间 after the second date.
    guard let word = rangeWord(at: k, between: true) else { return nil }
    k = skipSpaces(word.end)
    guard let c2 = at(k), !(c2 == "今") else { return nil }
    guard var second = yearLed(at: k) ?? numericDate(at: k) ?? quarterLetter(at: k) ?? monthLed(at: k, year: nil) ?? dayOnly(at: k) ?? chineseDay(at: k) ?? vocabularyPoint(at: k) else { return nil }
    if word.needsBetween {
      if isAt(second.end, "之间") { second.end += 2 } else if isAt(second.end, "间") { second.end += 1 } else { return nil }
    }
    // Both ends must be of a kind: a day range, a month range, a quarter range, a year range.
    switch (first.point.body, second.point.body) {
    case (.calendar, .calendar), (.quarter, .quarter), (.half, .half), (.relativeDay, .relativeDay): break
    case (.week(let offset, _?), .week(_, let weekday?)) where first.rule != .weekend:
      // 周一至周五; 上周一至周五 (the bare weekday is in the first one's week).
      if second.rule == .weekday { second.point.body = .week(offset: offset, weekday: weekday) }
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
