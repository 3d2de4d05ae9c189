// Damaged scrapes: digits run together by a scraper that dropped 年/月/日.
extension DateCursor {
  /// Digits glued together by a scraper that dropped 年/月: `时间:20251110` (a compact date
  /// after a dateline cue), `202410月` (2024年10月), `627日` (6月27日 — read only when one
  /// split is possible). What cannot be read with confidence is declined with a reason.
  func damaged(at i: Int) -> DateScanner.Match? {
    guard let run = digits(i, max: 8) else { return nil }
    let length = run.end - i
    let after = skipSpaces(run.end)
    let cue = hasCompactCue(before: i)
    if length == 8 && cue && !(at(run.end).map(ScalarClass.isASCIIAlphanumeric) ?? false) {
      let y = run.value / 10000, m = run.value / 100 % 100, d = run.value % 100
      guard CivilDate.isValid(year: y, month: m, day: d), (1000...2999).contains(y) else {
        return DateScanner.Match(
          start: i, end: run.end, expression: nil, rule: nil,
          declined: ("dates.declined-compact", "\(AnalysisText.string(s[i..<run.end])) after a date cue is no valid YYYYMMDD date"))
      }
      return DateScanner.Match(
        start: i, end: run.end, expression: DateExpression(DatePoint(year: .absolute(y), .calendar(month: .absolute(m), day: d))), rule: .compactDate)
    }
    if length == 7 && cue && !(at(run.end).map(ScalarClass.isASCIIAlphanumeric) ?? false) {
      // 2025116: 2025-1-16 or 2025-11-6. The year is certain, the day is not.
      let y = run.value / 1000
      guard (1000...2999).contains(y) else { return nil }
      return DateScanner.Match(
        start: i, end: run.end, expression: DateExpression(DatePoint(year: .absolute(y), .calendar(month: nil, day: nil))), rule: .compactDateYearOnly,
        declined: (
          "dates.declined-compact",
          "\(AnalysisText.string(s[i..<run.end])): seven digits after a date cue; month and day could be split more than one way, only the year \(y) is read"
        ))
    }
    if length == 4, at(run.end) == "Q", let q = digits(run.end + 1, max: 16), q.end - run.end - 1 > 1 {
      // 2024Q12025Q4: two quarters run together (a dropped 到); which digits belong where is a guess.
      var end = q.end
      while end - i < 24, let c = at(end), ScalarClass.isASCIIAlphanumeric(c) { end += 1 }
      return DateScanner.Match(
        start: i, end: end, expression: nil, rule: nil,
        declined: ("dates.declined-run-together", "\(AnalysisText.string(s[i..<end])): quarters or years run together; not read"))
    }
    if length == 4, isAt(after, "月"), (1000...2999).contains(run.value) {
      // 2025月: the month's digits were lost; the year is certain.
      return DateScanner.Match(
        start: i, end: run.end, expression: DateExpression(DatePoint(year: .absolute(run.value), .calendar(month: nil, day: nil))), rule: .damagedYearOnly,
        declined: ("dates.declined-damaged-month", "\(run.value)月: the month's digits are missing; only the year \(run.value) is read"))
    }
    if (5...6).contains(length), isAt(after, "月") {
      let y = Int(String(AnalysisText.string(s[i..<(i + 4)]))) ?? 0
      let m = run.value % (length == 5 ? 10 : 100)
      guard (1000...2999).contains(y), (1...12).contains(m), length == 5 || s[i + 4] != "0" || m < 10 else { return nil }
      var end = after + 1
      if isAt(end, "份") { end += 1 }
      return DateScanner.Match(
        start: i, end: end, expression: DateExpression(DatePoint(year: .absolute(y), .calendar(month: .absolute(m), day: nil))), rule: .damagedYearMonth)
    }
    if (3...4).contains(length), isAt(after, "日"), !isAt(i - 1, "第") {
      let text = AnalysisText.string(s[i..<run.end])
      var splits: [(Int, Int)] = []
      for cut in 1..<length {
        let m = run.value / pow10(length - cut), d = run.value % pow10(length - cut)
        if (1...12).contains(m), d >= 1, d <= CivilDate.daysIn(year: 2000, month: m), s[i] != "0", length - cut <= 2 { splits.append((m, d)) }
      }
      if splits.count == 1, let (m, d) = splits.first {
        return DateScanner.Match(
          start: i, end: after + 1, expression: DateExpression(DatePoint(.calendar(month: .absolute(m), day: d))), rule: .damagedMonthDay)
      }
      return DateScanner.Match(
        start: i, end: after + 1, expression: nil, rule: nil,
        declined: (
          "dates.declined-damaged-day",
          "\(text)\(at(after).map { String($0) } ?? ""): month and day run together and could be split \(splits.count) ways; not read"
        ))
    }
    return nil
  }

  /// Whether a publication cue (`dates-cues.tsv`: 时间, 日期, 发布于) ends before `i`, with
  /// only spaces and colons between.
  func hasCompactCue(before i: Int) -> Bool {
    var k = i
    while let c = at(k - 1), c == " " || c == ":" || c == "：" { k -= 1 }
    guard k > 0, let cue = vocabulary.cues.longestMatch(in: s, endingAt: k, maxLength: vocabulary.longestCue) else { return false }
    return cue.value == .published
  }

  fileprivate func pow10(_ n: Int) -> Int { n == 1 ? 10 : n == 2 ? 100 : n == 3 ? 1000 : 1 }
}
