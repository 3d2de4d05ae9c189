// Relative words, weeks, weekdays, holidays, parts of a year or month.
extension DateCursor {
  /// Characters before 年/月 that make `年初`, `月底` part of another word (每年初, 同月底 …),
  /// not this year's or this month's.
  static let beforeBareYearOrMonth = ScalarBitmap("个每多半几近同当全该往历新旧跨整".unicodeScalars)
  /// Characters before `后天`, `后年` that make 后 the end of another word (日后|天晴邨, 之后, 以后,
  /// 然后, 此后, 最后, 今后, 往后, 其后, 背后, 前后, 落后, 随后, 稍后, 午后).
  static let beforeHou = ScalarBitmap("日之以然此最今往其背前落随稍午".unicodeScalars)
  /// Characters that make a word with a 年 before them (年产, 年均, 年销, 年度, 年化, 年薪, 年营收).
  static let afterYearInAWord = ScalarBitmap("产產均销銷度化薪营營".unicodeScalars)

  /// Whether the `后年` at `i` is no year after next: 后 ends a word before it (此后, 之后) or
  /// the clause before it while 年 begins a word (达产后年产值, 投产后年均 — but 明年和后年产量).
  func isHouEndingAWord(at i: Int) -> Bool {
    guard at(i) == "后", at(i + 1) == "年", let p = at(i - 1) else { return false }
    if Self.beforeHou.contains(p) { return true }
    guard let next = at(i + 2), Self.afterYearInAWord.contains(next) else { return false }
    return ScalarClass.isHan(p) && !Self.clauseLinks.contains(p) && p != "和"
  }

  /// A holiday's name at `i`, with `前夕` after it (春节前夕: its eve) or `档`, `档期` (春节档: the
  /// season of releases around it).
  func holiday(at i: Int) -> (holiday: Holiday, end: Int)? {
    guard var h = vocabulary.holidays.longestMatch(in: s, at: i) else { return nil }
    // 黄金周期 (a golden period), 黄金周边 (gold accessories): the word goes on (黄金周期间 is
    // the golden week's days).
    if h.value.rule == .goldenWeek, let next = at(h.end), next == "边" || (next == "期" && at(h.end + 1) != "间") { return nil }
    // 小年轻 (young people): a longer word that is no date (dates-relative.tsv `none`) holds it.
    if let w = vocabulary.words.longestMatch(in: s, at: i), w.end > h.end, case .none = w.value { return nil }
    // 项目经理覃国庆介绍: a verb of speech after the bare name makes it a person's given name.
    if let verb = vocabulary.cues.longestMatch(in: s, at: h.end), verb.value == .speech { return nil }
    if isAt(h.end, "前夕") {
      h.value.eve = true
      h.end += 2
    } else if isAt(h.end, "档") {
      // 春节档, 国庆档期: the holiday's official days off, as the box office counts them (春节 and 春节假期 name one
      // holiday: `OfficialHoliday` by the name, or with 节 after it, 国庆|节).
      h.value.season = true
      if h.value.officialPeriod == nil {
        let name = String(scalars: s[i..<h.end])
        h.value.officialPeriod = OfficialHoliday(rawValue: name) ?? OfficialHoliday(rawValue: name + "节")
      }
      h.end += isAt(h.end + 1, "期") ? 2 : 1
    }
    if taiwanese, h.value.officialPeriod != nil { h.value.taiwan = true }
    return (h.value, h.end)
  }

  /// `（26日）`, `(3号)` at `i`: a day of the month in parentheses; the offset after the closing one.
  func parenthesisedDay(at i: Int) -> Int? {
    guard at(i) == "（" || at(i) == "(", let d = digits(i + 1, max: 2), (1...31).contains(d.value), isAt(d.end, "日") || isAt(d.end, "号"),
      at(d.end + 1) == "）" || at(d.end + 1) == ")"
    else { return nil }
    return d.end + 2
  }

  func vocabularyPoint(at i: Int) -> Point? {
    if let h = holiday(at: i),
      !(at(h.end - 1).flatMap(NumeralCharacter.digit) != nil && at(h.end).map { NumeralCharacter.digit($0) != nil || $0 == "十" } == true)
    {
      // (五一 and 双11 only when no digit follows: 五一二 is a number.)
      return Point(point: DatePoint(.holiday(h.holiday)), end: h.end, rule: .holiday)
    }
    // 年初, 年底, 月初, 月底 (this year's, this month's).
    if (isAt(i, "年") || isAt(i, "月")), !(at(i - 1).map { NumeralCharacter.digit($0) != nil || Self.beforeBareYearOrMonth.contains($0) } ?? false),
      let part = yearPart(at: i + 1) ?? (isAt(i, "月") ? dekad(at: i + 1) : nil)
    {
      let body: DatePoint.Body = isAt(i, "年") ? .yearPart(part.part) : .monthPart(.relative(0), part.part)
      return Point(point: DatePoint(body), end: part.end, rule: .relativePart)
    }
    // 上半月, 下半月 (of this month).
    if let h = halfOfMonth(at: i) { return Point(point: DatePoint(.monthPart(.relative(0), h.part)), end: h.end, rule: .relativeMonthPart) }
    // 上半财年, 下半财年: a half of the fiscal year that holds the anchor (as 本财年上半年).
    if isAt(i + 1, "半财年"), let c = at(i), c == "上" || c == "下" {
      return Point(point: DatePoint(year: .relative(0), .half(c == "上" ? 1 : 2)), end: i + 4, rule: .fiscalYearHalf, fiscal: true)
    }
    if isAt(i, "本季"), let end = quarterWithoutDu(at: i + 2, start: i) {
      return Point(point: DatePoint(.quarter(.relative(0))), end: end, rule: .relativeQuarter)
    }
    guard let w = vocabulary.words.longestMatch(in: s, at: i) else { return nil }
    if at(i) == "后", let p = at(i - 1), Self.beforeHou.contains(p) { return nil }
    switch w.value {
    case .day(let offset):
      // 明日之星, 今日头条: a figure of speech and a name.
      if let next = at(w.end), next == "之" || isAt(w.end, "头条") { return nil }
      var point = DatePoint(.relativeDay(offset))
      var end = w.end
      // 昨天（26日）, 今日(27日): the same day again in parentheses, one mention (as Singapore's and Malaysia's press
      // write it).
      if let close = parenthesisedDay(at: end) { end = close }
      let evening = at(w.end - 1) == "晚"
      if let t = timeOfDay(at: end, shift: evening ? 12 : 0) { point.time = t.time; end = t.end }
      return Point(point: point, end: end, rule: .relativeDay)
    case .week(let offset):
      if isAt(w.end, "末") { return weekend(offset: offset, end: w.end + 1) }
      // (上周日均处理: 日均, a daily average, follows the week.)
      if let wd = weekday(at: w.end), !(at(wd.end - 1) == "日" && at(wd.end) == "均") {
        return weekdayPoint(DatePoint(.week(offset: offset, weekday: wd.weekday)), end: wd.end, rule: .relativeWeekDay)
      }
      // 下周周六, 上周星期三, 下礼拜礼拜一: the week word, then a weekday word.
      let dayWord = isAt(w.end, "星期") || isAt(w.end, "礼拜") ? 2 : at(w.end) == "周" ? 1 : 0
      if dayWord > 0, let wd = weekday(at: w.end + dayWord), !(at(wd.end).map { NumeralCharacter.digit($0) != nil || $0 == "十" } ?? false) {
        return weekdayPoint(DatePoint(.week(offset: offset, weekday: wd.weekday)), end: wd.end, rule: .relativeWeekDay)
      }
      let end = isAt(w.end, "稍后") ? w.end + 2 : w.end
      return Point(point: DatePoint(.week(offset: offset, weekday: nil)), end: end, rule: .relativeWeek)
    case .weekday:
      if let p = at(i - 1), p == "每" || p == "一" || p == "几" || p == "两" || p == "半" || p == "这" || p == "上" || p == "下" || ScalarClass.isASCIIDigit(p) {
        return nil
      }
      if isAt(w.end, "末"), isAt(i, "周") { return weekend(offset: 0, end: w.end + 1) }
      guard let wd = weekday(at: w.end) else { return nil }
      if let next = at(wd.end), next == "刊" || next == "年" || next == "报" { return nil }
      return weekdayPoint(DatePoint(.week(offset: 0, weekday: wd.weekday)), end: wd.end, rule: .weekday)
    case .quarter(let offset):
      return Point(point: DatePoint(.quarter(.relative(offset))), end: w.end, rule: .relativeQuarter)
    case .month(let offset):
      if let m = monthLed(at: i, year: nil) { return m }
      return Point(point: DatePoint(.calendar(month: .relative(offset), day: nil)), end: w.end, rule: .relativeMonth)
    case .half(let h):
      return Point(point: DatePoint(.half(h)), end: w.end, rule: .half)
    case .narrative(let unit, let offset):
      return narrativePoint(unit, offset, at: i, end: w.end)
    case .year, .part, .fiscalYear, .none:
      return nil
    }
  }

  /// A day of a week and the time of day after it, if any (`下周一中午12时` → that Monday at 12:00).
  func weekdayPoint(_ day: DatePoint, end dayEnd: Int, rule: DateRule) -> Point {
    var point = day
    var end = dayEnd
    if let t = timeOfDay(at: end) { point.time = t.time; end = t.end }
    return Point(point: point, end: end, rule: rule)
  }

  /// A narrative reference (`当日`, `次日`, `此前一周`, `同月`, `当季`, `上年同期`); years (`同年`)
  /// are read with what follows them by `yearLed`, months by `monthLed`.
  func narrativePoint(_ unit: DateVocabulary.NarrativeUnit, _ offset: Int, at i: Int, end wordEnd: Int) -> Point? {
    switch unit {
    case .day:
      var point = DatePoint(.relativeDay(offset), basis: .focus)
      var end = wordEnd
      if let t = timeOfDay(at: end, shift: at(wordEnd - 1) == "晚" ? 12 : 0) { point.time = t.time; end = t.end }
      return Point(point: point, end: end, rule: .narrativeDay)
    case .week:
      return Point(point: DatePoint(.week(offset: offset, weekday: nil), basis: .focus), end: wordEnd, rule: .narrativeWeek)
    case .month:
      return monthLed(at: i, year: nil)
    case .quarter:
      return Point(point: DatePoint(.quarter(.relative(offset)), basis: .focus), end: wordEnd, rule: .narrativeQuarter)
    case .period:
      var point = DatePoint(.samePeriod(yearOffset: offset), basis: .focus)
      // 去年同期: the period in focus, in the year counted from the anchor (last year's), where
      // 上年同期 is the year before the one in focus.
      if let lead = vocabulary.words.longestMatch(in: s, at: i, limit: wordEnd - 1), case .year(let years) = lead.value { point.year = .relative(years) }
      return Point(point: point, end: wordEnd, rule: .samePeriod)
    case .year:
      return nil
    }
  }

  /// `周末`, `下周末`: Saturday to Sunday of that week.
  func weekend(offset: Int, end: Int) -> Point {
    Point(point: DatePoint(.week(offset: offset, weekday: 6)), end: end, rule: .weekend)
  }

  /// 一 … 六, 日, 天, 1 … 7 after a week word.
  func weekday(at i: Int) -> (weekday: Int, end: Int)? {
    guard let c = at(i) else { return nil }
    let value: Int? =
      switch c {
      case "日", "天", "七": 7
      default: NumeralCharacter.digit(c).flatMap { (1...6).contains($0) ? $0 : nil }
      }
    guard let value else { return nil }
    if NumeralCharacter.digit(c) != nil, let next = at(i + 1), NumeralCharacter.digit(next) != nil || next == "十" { return nil }
    return (value, i + 1)
  }

  /// A weekday right after a day (`,星期一`, ` (周五)`, `(六)` as newspapers print it), absorbed
  /// into the day's span: the weekday (1 Monday … 7 Sunday) and where it ends.
  func trailingWeekday(after i: Int) -> (weekday: Int, end: Int)? {
    var k = i
    if at(k) == "," { k += 1 }
    k = skipSpaces(k)
    let open = at(k) == "("
    if open { k += 1 }
    guard let w = vocabulary.words.longestMatch(in: s, at: k), case .weekday = w.value, let wd = weekday(at: w.end) else {
      // 2024年3月2日(六): one Chinese weekday character alone in brackets.
      guard open, let c = at(k), c == "日" || c == "天" || NumeralCharacter.chineseDigit(c).map({ (1...6).contains($0) }) ?? false,
        at(k + 1) == ")", let wd = weekday(at: k)
      else { return nil }
      return (wd.weekday, k + 2)
    }
    if open { return at(wd.end) == ")" ? (wd.weekday, wd.end + 1) : nil }
    return wd
  }
}
