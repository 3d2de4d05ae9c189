// Calendar points: years, numeric dates, months and days, quarters, halves, lunar dates.
extension DateCursor {
  /// One calendar point starting at `i`: every rule is tried and the longest reading wins;
  /// of two as long, the one tried first (the order below).
  func point(at i: Int) -> Point? {
    guard let c = at(i) else { return nil }
    // Each rule is tried only where its first character can stand, and a result is bound
    // with `if let` where it is tried: a `Point?` is large, and handing every rule's `nil`
    // to a helper copied it whole at every position (half the stage's time). The rules
    // without a test of their own here are tried only where `ruleStarts` says they can begin.
    let rules = ruleStarts.rules(at: c)
    var best: Point?
    var bestEnd = i
    let digit = ScalarClass.isASCIIDigit(c)
    if digit {
      if let p = yearRange(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
      if let p = numericDate(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
      if let p = englishDayFirst(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
      if let p = wordPressDate(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
      if let p = dayMonthYear(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
      if let p = spacedDate(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    }
    if rules.contains(.yearLed), let p = yearLed(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    if rules.contains(.ago), let p = ago(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    if !digit, rules.contains(.lunar), let p = lunar(at: i, year: nil), p.end > bestEnd { bestEnd = p.end; best = p }
    if rules.contains(.monthLed), let p = monthLed(at: i, year: nil), p.end > bestEnd { bestEnd = p.end; best = p }
    if c == "前" || c == "首", let p = firstPeriods(at: i, year: nil), p.end > bestEnd { bestEnd = p.end; best = p }
    if rules.contains(.firstPeriodsRange), let p = firstPeriodsRange(at: i, year: nil), p.end > bestEnd { bestEnd = p.end; best = p }
    if digit, let p = dayOnly(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    if !digit, rules.contains(.chineseDayOnly), let p = chineseDayOnly(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    if rules.contains(.quarterLetter), let p = quarterLetter(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    if c == "H", let p = bareHalfLetter(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    if ScalarClass.isASCIILetter(c), let p = englishMonthFirst(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    if rules.contains(.vocabularyPoint), let p = vocabularyPoint(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    if rules.contains(.yearSpan), let p = yearSpan(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    if c == "十", let p = fiveYearPlan(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    if at(i + 1) == "(", let p = numberedRelativeDay(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    if c == "年", let p = withinThisYear(at: i), p.end > bestEnd { bestEnd = p.end; best = p }
    return best
  }

  /// `2026-2027 年`, `2019~2023年`, `2024至2026年`; two years in a row before the season they
  /// span (`2026—2027学年`, `2025-26赛季`: the years, without the season's word).
  func yearRange(at i: Int) -> Point? {
    guard let a = digits(i, max: 4), a.end - i == 4, (1000...2999).contains(a.value) else { return nil }
    var k = skipSpaces(a.end)
    guard let word = rangeWord(at: k) else { return nil }
    let zhi = isAt(k, "至")
    k = skipSpaces(word.end)
    let first = DatePoint(year: .absolute(a.value), .calendar(month: nil, day: nil))
    if let next = yearOfSeason(after: a.value, at: k) {
      return Point(point: first, end: next.end, rule: .yearRange, throughYear: a.value + 1)
    }
    guard let b = digits(k, max: 4), b.end - k == 4, (1000...2999).contains(b.value), b.value > a.value else { return nil }
    let e = skipSpaces(b.end)
    if isAt(i - 1, "从"), !zhi, !isAt(e, "年"), !(at(b.end).map(ScalarClass.isASCIIAlphanumeric) ?? false) {
      return Point(point: first, end: b.end, rule: .yearRange, throughYear: b.value)
    }
    guard isAt(e, "年"), !isAt(e + 1, "代") else { return nil }
    return Point(point: first, end: e + 1, rule: .yearRange, throughYear: b.value)
  }

  /// The year after `year` at `k`, in four digits or its last two (`2027`, `27`), when a season
  /// that spans two years follows it (a `season` cue of dates-cues.tsv, 学年 赛季 雪季 榨季, a
  /// fiscal year, or a period word: 2026—2027学年度, 2025-26赛季).
  func yearOfSeason(after year: Int, at k: Int) -> (value: Int, end: Int)? {
    guard let b = digits(k, max: 4), b.end - k == 4 ? b.value == year + 1 : b.end - k == 2 && b.value == (year + 1) % 100,
      let cue = vocabulary.cues.longestMatch(in: s, at: b.end)
    else { return nil }
    switch cue.value {
    case .season, .fiscalYear, .glossedPeriod: return (year + 1, b.end)
    default: return nil
    }
  }

  /// `2025-12-13`, `2025/12/13`, `2025.12.13`, `2025-12` (with a time after a day); in a
  /// Taiwanese article also a year of the Republic of China with its month and day
  /// (`115/11/17 14:22` = 2026-11-17), never after a digit or a separator.
  func numericDate(at i: Int) -> Point? {
    guard let y = digits(i, max: 4) else { return nil }
    let afterNumber = at(i - 1).map { ScalarClass.isASCIIDigit($0) || $0 == "/" || $0 == "." || $0 == "-" } ?? false
    let republic = taiwanese && y.end - i == 3 && (100...199).contains(y.value) && !afterNumber
    guard y.end - i == 4 && (1000...2999).contains(y.value) || republic else { return nil }
    let year = republic ? 1911 + y.value : y.value
    guard let sep = at(y.end), sep == "-" || sep == "/" || sep == "." else { return nil }
    guard let m = digits(y.end + 1, max: 2), (1...12).contains(m.value) else { return nil }
    if at(m.end) == sep, let d = digits(m.end + 1, max: 2) {
      // (A `T` and a time may follow: 2025-03-04T09:15:27.)
      let timeFollows = at(d.end) == "T" && (at(d.end + 1).map(ScalarClass.isASCIIDigit) ?? false)
      guard timeFollows || !(at(d.end).map { ScalarClass.isASCIIAlphanumeric($0) || $0 == sep } ?? false) else { return nil }
      guard !republic || CivilDate.isValid(year: year, month: m.value, day: d.value) else { return nil }
      var point = DatePoint(year: .absolute(year), .calendar(month: .absolute(m.value), day: d.value))
      var end = d.end
      if at(end) == "T", let t = clockTime(at: end + 1) {
        point.time = t.time
        end = t.end
      } else if let t = timeOfDay(at: end) {
        point.time = t.time
        end = t.end
      }
      let e = skipSpaces(end)
      if isAt(e, "日") || isAt(e, "号") { end = e + 1 }
      return Point(point: point, end: end, rule: .ymdNumeric)
    }
    // Year and month only: `2007-05` (never `2025.5`: a decimal; never a year of the Republic:
    // 115/11 is a fraction).
    guard !republic, sep != ".", m.end - (y.end + 1) == 2, !(at(m.end).map { ScalarClass.isASCIIAlphanumeric($0) || $0 == sep || $0 == "." } ?? false) else {
      return nil
    }
    return Point(point: DatePoint(year: .absolute(y.value), .calendar(month: .absolute(m.value), day: nil)), end: m.end, rule: .ymNumeric)
  }

  /// A year, then what may follow it (quarter, half, holiday, part, month and day).
  func yearLed(at i: Int) -> Point? {
    guard let y = year(at: i) else { return nil }
    let k = skipSpaces(y.end)
    if y.needsPeriod { return periodOfBareYear(y, at: k) }
    func led(_ tail: DateRule.YearTail, _ point: DatePoint, _ end: Int, fiscal: Bool = y.fiscal) -> Point? {
      var point = point
      if y.form == .narrative { point.basis = .focus }
      return DateRule.yearLed(y.form, tail).map { Point(point: point, end: end, rule: $0, fiscal: fiscal) }
    }
    if let q = quarter(at: k) {
      // 2024年一季度末: the quarter's last month.
      if !(y.fiscal || q.fiscal), case .absolute(let n) = q.quarter, let part = quarterPart(at: q.end),
        let p = led(.quarter, DatePoint(year: y.year, .calendar(month: .absolute(3 * n - 2 + part.offset), day: nil)), part.end)
      {
        return p
      }
      if let p = led(.quarter, DatePoint(year: y.year, .quarter(q.quarter)), q.end, fiscal: y.fiscal || q.fiscal) { return p }
    }
    if !y.needsPeriod, let q = regionalQuarter(at: k), let p = led(.quarter, DatePoint(year: y.year, .quarter(q.quarter)), q.end) { return p }
    if let w = vocabulary.words.longestMatch(in: s, at: k), case .half(let h) = w.value, let p = led(.half, DatePoint(year: y.year, .half(h)), w.end) {
      return p
    }
    if let f = firstPeriods(at: k, year: y.year), let p = led(.firstPeriods, f.point, f.end) { return p }
    if let (h, end) = halfLetter(at: k), let p = led(.half, DatePoint(year: y.year, .half(h)), end) { return p }
    if let h = holiday(at: k), let p = led(.holiday, DatePoint(year: y.year, .holiday(h.holiday)), h.end, fiscal: false) {
      return p
    }
    if let l = lunar(at: k, year: y.year), let p = led(.lunar, l.point, l.end, fiscal: false) { return p }
    // 今年全年, 2024年全年, FY2025全年, 今年年内: the whole year.
    if y.suffixedByYear || y.fiscal, isAt(k, "全年") || y.suffixedByYear && isAt(k, "年内") && y.form != .narrative,
      let p = led(.none, DatePoint(year: y.year, .calendar(month: nil, day: nil)), k + 2)
    {
      return p
    }
    if let season = season(at: k), let p = led(.season, DatePoint(year: y.year, .season(season.season)), season.end, fiscal: false) { return p }
    // 2025年底, 今年年底.
    if y.suffixedByYear, let part = yearPart(at: y.end) ?? (isAt(y.end, "年") ? yearPart(at: y.end + 1) : nil),
      let p = led(.part, DatePoint(year: y.year, .yearPart(part.part)), part.end)
    {
      return p
    }
    if y.suffixedByYear || y.relative, let f = firstPeriodsRange(at: k, year: y.year), let p = led(.firstPeriods, f.point, f.end) { return p }
    if y.suffixedByYear || y.relative, let m = monthLed(at: k, year: y.year) {
      // 2019年十月的第一周, 去年四月的最后一个星期一: the ordinal rules name no year.
      if m.rule == .monthWeek || m.rule == .monthNthWeekday, y.form == .stated || y.form == .relative { return m }
      if let tail = m.rule.monthTail, let p = led(tail, m.point, m.end) { return p }
    }
    // 2021年的第三个月, 明年第九个月: a month of the year counted; 2021年的最后4个月: its last months.
    if y.suffixedByYear, y.form == .stated || y.form == .relative, let o = monthOrdinalOfYear(at: k) {
      if o.last {
        return led(.firstPeriods, DatePoint(year: y.year, .lastPeriods(o.division, count: o.n)), o.end)
      }
      return led(.month, DatePoint(year: y.year, .calendar(month: .absolute(o.n), day: nil)), o.end)
    }
    // 2021年的第一周, 今年第10周: a week of the year (ISO 8601).
    if y.suffixedByYear, y.form == .stated || y.form == .relative, let o = ordinalInMonth(at: k), o.weekday == nil, o.nth > 0 {
      return Point(point: DatePoint(year: y.year, .weekOf(month: nil, nth: o.nth)), end: o.end, rule: .yearWeek)
    }
    guard y.suffixedByYear || y.fiscal else { return nil }
    // 5000年 alone is a count of years (5000年历史); a year of its own is 1000–2999.
    if case .absolute(let v) = y.year, !(1000...2999).contains(v), !y.anyYear { return nil }
    return led(.none, DatePoint(year: y.year, .calendar(month: nil, day: nil)), y.end)
  }

  /// After a year (`的` may come first): `第N个月` (the Nth month: `last` false), `最后N个月`,
  /// `最后一个季度`, `最后两季` (its last N months or quarters: `last` true).
  func monthOrdinalOfYear(at i: Int) -> (n: Int, division: YearDivision, last: Bool, end: Int)? {
    var k = isAt(i, "的") ? i + 1 : i
    if isAt(k, "第"), let n = number(k + 1, max: 2), (1...12).contains(n.value), isAt(n.end, "个月") {
      return (n.value, .month, false, n.end + 2)
    }
    guard isAt(k, "最后") else { return nil }
    k += 2
    guard let n = number(k, max: 2) else { return nil }
    k = n.end
    if isAt(k, "个") { k += 1 }
    guard let (division, end) = periodUnit(at: k, bareSeason: true), (1...division.perYear).contains(n.value) else { return nil }
    return (n.value, division, true, end)
  }

  /// After a year that alone would be a count (`18年`, `两千年`): only a month, a quarter or a
  /// half makes it a date (`18年10月1日`, `25年Q3`, `两千年三月`).
  func periodOfBareYear(_ y: YearMatch, at k: Int) -> Point? {
    if let q = quarter(at: k) { return Point(point: DatePoint(year: y.year, .quarter(q.quarter)), end: q.end, rule: .yearQuarter, fiscal: q.fiscal) }
    if let w = vocabulary.words.longestMatch(in: s, at: k), case .half(let h) = w.value {
      return Point(point: DatePoint(year: y.year, .half(h)), end: w.end, rule: .yearHalf)
    }
    if let (h, end) = halfLetter(at: k) { return Point(point: DatePoint(year: y.year, .half(h)), end: end, rule: .yearHalf) }
    if let f = firstPeriodsRange(at: k, year: y.year) { return Point(point: f.point, end: f.end, rule: .yearFirstPeriods) }
    // A numbered month only (18年上个月 is eighteen years, then last month).
    guard let c = at(k), ScalarClass.isASCIIDigit(c) || NumeralCharacter.chineseDigit(c) != nil || c == "十",
      let m = monthLed(at: k, year: y.year), let tail = m.rule.monthTail, let rule = DateRule.yearLed(.stated, tail)
    else { return nil }
    return Point(point: m.point, end: m.end, rule: rule)
  }

  struct YearMatch {
    var year: YearReference
    var end: Int
    var form: DateRule.YearForm
    var fiscal: Bool { form == .fiscal }
    /// Ends in 年 (or 财年): a month or a part may follow directly.
    var suffixedByYear: Bool
    var relative: Bool
    /// Alone a count of years (`18年`, `两千年`): a date only before a month, quarter or half.
    var needsPeriod = false
    /// A year outside 1000–2999 that is still a year alone (`公元753年`).
    var anyYear = false
  }

  /// Whether a reign or era name (`dates-eras.tsv`: 民国, 康熙, 昭和) ends right before `i`:
  /// its years are counted from its own start (民国98年 is 2009, 康熙20年 1681), so a
  /// two-digit year after it is no year of the Common Era.
  func followsEraName(_ i: Int) -> Bool {
    vocabulary.eras.longestMatch(in: s, endingAt: i, maxLength: vocabulary.longestEra) != nil
  }

  /// Where a Chinese year written with place units (`两千零四年`, `一千九百九十八年`) would be
  /// a count of years instead (两千零四年前, 一千五百年来).
  static let countAfterPlaceUnitYear: Set<Unicode.Scalar> = Set("前后来间多左半".unicodeScalars)

  /// `2025年`, `2025 年`, `二〇二五年`, `2025财年`, `2025年度`, `FY2026`, `今年`, `去年` …; also a
  /// bare `2025` before a quarter (`2025Q4`, `2025 Q4`).
  func year(at i: Int) -> YearMatch? {
    guard let c = at(i) else { return nil }
    if ScalarClass.isASCIIDigit(c) {
      guard let y = digits(i, max: 4) else { return nil }
      // 98年度, 98年6月 in a Taiwanese article: years of the Republic of China (1949 on); 98年
      // alone is a count of years there too.
      if taiwanese, y.end - i == 2, (38...99).contains(y.value), isAt(y.end, "年"), !isAt(y.end + 1, "前"), !isAt(y.end + 1, "代"), !isAt(i - 1, "第"),
        !followsEraName(i)
      {
        let fiscal = isAt(y.end + 1, "度")
        return YearMatch(
          year: .absolute(1911 + y.value), end: fiscal ? y.end + 2 : y.end + 1, form: .stated, suffixedByYear: true, relative: false, needsPeriod: !fiscal)
      }
      // 18年10月, 25年Q3: two digits and 年 (never after 第: 第18年).
      if y.end - i == 2, isAt(y.end, "年"), !isAt(y.end + 1, "前"), !isAt(y.end + 1, "代"), !isAt(i - 1, "第"), !followsEraName(i) {
        // 07年 (a leading zero) is no count of years: a year alone.
        return YearMatch(year: .twoDigit(y.value), end: y.end + 1, form: .stated, suffixedByYear: true, relative: true, needsPeriod: c != "0")
      }
      // 113年度, 116年底 in a Taiwanese article: years of the Republic of China (民国 left out).
      if taiwanese, y.end - i == 3, (100...199).contains(y.value), isAt(y.end, "年"), !isAt(y.end + 1, "代") {
        let end = isAt(y.end + 1, "度") ? y.end + 2 : y.end + 1
        return YearMatch(year: .absolute(1911 + y.value), end: end, form: .stated, suffixedByYear: true, relative: false)
      }
      guard y.end - i == 4 else { return nil }
      let k = skipSpaces(y.end)
      if isAt(k, "财年") || isAt(k, "财政年度") {
        return YearMatch(year: .absolute(y.value), end: k + (isAt(k, "财年") ? 2 : 4), form: .fiscal, suffixedByYear: true, relative: false)
      }
      // 2030年前 is "before 2030" (four digits are no count of years), 80年代 a decade.
      if isAt(k, "年") && !isAt(k + 1, "代") && ((1000...2999).contains(y.value) || !isAt(k + 1, "前")) {
        let end = isAt(k + 1, "度") ? k + 2 : k + 1
        return YearMatch(year: .absolute(y.value), end: end, form: .stated, suffixedByYear: true, relative: false)
      }
      if (1000...2999).contains(y.value), (at(k) == "Q" || at(k) == "q" || at(k) == "H"), at(k + 1).map(ScalarClass.isASCIIDigit) ?? false {
        return YearMatch(year: .absolute(y.value), end: y.end, form: .stated, suffixedByYear: false, relative: false)
      }
      return nil
    }
    if c == "F" || c == "f", at(i + 1) == "Y" || at(i + 1) == "y" {
      let k = at(i + 2) == " " ? i + 3 : i + 2
      guard let y = digits(k, max: 4), y.end - k == 4 || y.end - k == 2, !(at(y.end).map(ScalarClass.isASCIILetter) ?? false) else { return nil }
      return YearMatch(year: .absolute(y.end - k == 2 ? 2000 + y.value : y.value), end: y.end, form: .fiscal, suffixedByYear: false, relative: false)
    }
    if c == "民" || c == "公", let m = markedYear(at: i) { return m }
    if at(i + 1) == "(", let m = numberedRelativeYear(at: i) { return m }
    if NumeralCharacter.chineseDigit(c) != nil {
      // Digit by digit, exactly four: 二〇二五年.
      var k = i, v = 0
      while k - i < 4, let d = at(k).flatMap(NumeralCharacter.chineseDigit) { v = v * 10 + d; k += 1 }
      if k - i == 4, at(k).flatMap(NumeralCharacter.chineseDigit) == nil, isAt(k, "年") {
        return YearMatch(year: .absolute(v), end: k + 1, form: .stated, suffixedByYear: true, relative: false)
      }
      if let y = digitByDigitYear(at: i) { return y }
      return placeUnitYear(at: i)
    }
    if let w = vocabulary.words.longestMatch(in: s, at: i) {
      switch w.value {
      case .year(let offset):
        if isHouEndingAWord(at: i) { return nil }
        // 2019年至今年均增长: 至今 ("until now") and 年均 ("a year on average"), no 今年.
        if c == "今", at(i - 1) == "至", at(w.end) == "均" { return nil }
        // 马上一年半, 上年纪: 上一年 and 上年 inside other words; 上一年半, 下一年多 are counts.
        if c == "上" || c == "下" {
          if let p = at(i - 1), Self.beforeUpperYear.contains(p) { return nil }
          if let next = at(w.end), Self.afterUpperYear.contains(next) { return nil }
        }
        return YearMatch(year: .relative(offset), end: w.end, form: .relative, suffixedByYear: true, relative: true)
      case .narrative(.year, let offset):
        // 全年 (the year the text is talking about) is no year inside 安全, 完全, 健全 …
        if c == "全", let p = at(i - 1), Self.beforeWholeYear.contains(p) { return nil }
        // … nor 上年 inside 马上, 以上 or before 纪 (上年纪).
        if c == "上" {
          if let p = at(i - 1), Self.beforeUpperYear.contains(p) { return nil }
          if let next = at(w.end), Self.afterUpperYear.contains(next) { return nil }
        }
        return YearMatch(year: .relative(offset), end: w.end, form: .narrative, suffixedByYear: true, relative: true)
      case .fiscalYear(let offset): return YearMatch(year: .relative(offset), end: w.end, form: .fiscal, suffixedByYear: true, relative: true)
      default: break
      }
    }
    return nil
  }

  /// Characters before `上一年`, `上年` that make them part of another word (马上, 以上, 往上).
  static let beforeUpperYear = ScalarBitmap("马以而之向往早晚路线网爬".unicodeScalars)
  /// Characters before `全年` that make 全 part of another word (安全年检, 完全年轻化, 健全).
  static let beforeWholeYear = ScalarBitmap("安完健齐周保成顾俱十".unicodeScalars)
  /// Characters after them that make a count or another word (一年半, 一年多, 上年纪, 一年来).
  static let afterUpperYear = ScalarBitmap("半多纪来间".unicodeScalars)

  /// `两千零四年`, `二千零二十五年`, `一千九百九十八年`: a year of 1000–2999 written with 千, 百
  /// and 十. A round one (`两千年`) is as often two thousand years: it needs a month after it.
  func placeUnitYear(at i: Int) -> YearMatch? {
    var k = i, thousands = false
    while k - i < 9, let c = at(k), NumeralCharacter.chineseDigit(c) != nil || NumeralCharacter.smallUnit(c) != nil {
      if NumeralCharacter.smallUnit(c) == 1000 { thousands = true }
      k += 1
    }
    guard thousands, isAt(k, "年"), !isAt(k + 1, "代"), let v = NumeralCharacter.smallInteger(s[i..<k]), (1000...2999).contains(v) else { return nil }
    if let next = at(k + 1), Self.countAfterPlaceUnitYear.contains(next) || isAt(k + 1, "之久") { return nil }
    return YearMatch(year: .absolute(v), end: k + 1, form: .stated, suffixedByYear: true, relative: false, needsPeriod: v % 100 == 0)
  }

  /// `第四季度`, `四季度`, `一季度`, `首季度`, `Q4`, `第1季度`, `第一财季`.
  func quarter(at i: Int) -> (quarter: QuarterReference, end: Int, fiscal: Bool)? {
    if let c = at(i), c == "Q" || c == "q", let q = digits(i + 1, max: 1), (1...4).contains(q.value), !(at(q.end).map(ScalarClass.isASCIIAlphanumeric) ?? false)
    {
      return (.absolute(q.value), q.end, false)
    }
    if isAt(i, "首季度") { return (.absolute(1), i + 3, false) }
    let k = isAt(i, "第") ? i + 1 : i
    guard let q = number(k, max: 1), (1...4).contains(q.value) else { return nil }
    if isAt(q.end, "季度") { return (.absolute(q.value), q.end + 2, false) }
    if isAt(q.end, "财季") { return (.absolute(q.value), q.end + 2, true) }
    // 第三季: Hong Kong and Taiwan write the quarter without 度 where a business word follows
    // (第三季合併營收, 第四季起: the `quarter-context` words of `dates-cues.tsv`); a series' season
    // (這部劇的第二季, 第4季共有10集) has none.
    if k > i, isAt(q.end, "季"), let cue = vocabulary.cues.longestMatch(in: s, at: q.end + 1), cue.value == .quarterContext {
      return (.absolute(q.value), q.end + 1, false)
    }
    // In Traditional script 第四季 is a quarter wherever no series is named beside it (預期第四季仍有…).
    if k > i, traditionalScript, isAt(q.end, "季"), !isAt(q.end + 1, "节"), !namesASeries(before: i, after: q.end + 1) {
      return (.absolute(q.value), q.end + 1, false)
    }
    return nil
  }

  /// `本季` without 度 (Hong Kong and Taiwan write this quarter so): where 季 ends at `k`, the end of the quarter when
  /// a `quarter-context` word follows (本季营收) or, in Traditional script, no series is named beside it and no other
  /// word goes on (本季度 is the vocabulary's, 本季节 a season of the year, 本季赛 a sports season).
  func quarterWithoutDu(at k: Int, start: Int) -> Int? {
    if let next = at(k), next == "度" || next == "节" || next == "赛" { return nil }
    if let cue = vocabulary.cues.longestMatch(in: s, at: k), cue.value == .quarterContext { return k }
    return traditionalScript && !namesASeries(before: start, after: k) ? k : nil
  }

  /// How far after `第二季` a `season-context` cue makes it a series' season (第二季將於下月播出).
  static let seasonReach = 6

  /// Whether a series is named beside the 第N季 that starts at `start` and ends at `end`: a
  /// `season-context` cue ending right before it (這部劇的|第二季 holds 剧 two characters before:
  /// 的 may stand between) or starting within `seasonReach` characters after it (第二季|共有10|集).
  func namesASeries(before start: Int, after end: Int) -> Bool {
    var b = start
    if b > 0, s[b - 1] == "的" { b -= 1 }
    if let cue = vocabulary.cues.longestMatch(in: s, endingAt: b, maxLength: 3), cue.value == .seasonContext { return true }
    var k = end
    while k < s.count, k - end < Self.seasonReach, !ScalarClass.endsClause(s[k]) {
      if let cue = vocabulary.cues.longestMatch(in: s, at: k), cue.value == .seasonContext { return true }
      k += 1
    }
    return false
  }

  /// `H1`, `H2` right after a year.
  /// `H1`, `H2` without a year, only before a word that makes it a period of a year
  /// (`quarter-context` in dates-cues.tsv: `H1 revenue`, `H2营收`), not H1 visas nor H2 gas.
  func bareHalfLetter(at i: Int) -> Point? {
    guard let (h, end) = halfLetter(at: i) else { return nil }
    let k = skipSpaces(end)
    guard let cue = vocabulary.cues.longestMatch(in: s, at: k), cue.value == .quarterContext,
      !(at(cue.end).map(ScalarClass.isASCIILetter) ?? false)
    else { return nil }
    return Point(point: DatePoint(.half(h)), end: end, rule: .half)
  }

  func halfLetter(at i: Int) -> (Int, Int)? {
    guard at(i) == "H", let h = digits(i + 1, max: 1), (1...2).contains(h.value), !(at(h.end).map(ScalarClass.isASCIIAlphanumeric) ?? false) else { return nil }
    return (h.value, h.end)
  }

  /// Measure words after which 初一, 初二 … are "early this year/month, one …" (本月初一篇文章).
  static let measureWords = ScalarBitmap("篇个次位家名项条件份场轮批款部".unicodeScalars)

  /// Second characters of words that begin with 头 or 尾 (头发, 头条, 头版, 头号; 尾声, 尾巴, 尾款,
  /// 尾数, 尾盘): after them 月头, 月尾 are no part of a month.
  static let afterHead = ScalarBitmap("发条版号等部脑疼痛像目领奖盔顶巾羊牌班车".unicodeScalars)
  static let afterTail = ScalarBitmap("声巴款数盘号部随气货灯翼页端矿水箱".unicodeScalars)

  /// `初`, `底`, `末`, `中` right after 年 or 月 (`中` only before a non-ideograph: `2025年中国`
  /// is not mid-2025).
  func yearPart(at i: Int) -> (part: PeriodPart, end: Int)? {
    guard let w = vocabulary.words.longestMatch(in: s, at: i), case .part(let part) = w.value else { return nil }
    if part == .middle, let next = at(w.end), ScalarClass.isHan(next), next != "旬" { return nil }
    // 初一 is a lunar day, unless a measure word follows (本月初一篇文章: early this month, one article).
    if part == .early, let next = at(w.end), NumeralCharacter.chineseDigit(next) != nil || next == "十",
      !(at(w.end + 1).map { Self.measureWords.contains($0) } ?? false)
    {
      return nil
    }
    if w.end - i == 1, let next = at(w.end), part != .middle, next == "期" || next == "步" || next == "部" || next == "线" { return nil }
    // Cantonese 月头, 月尾, 年尾 (月初, 月底, 年底): never 年头 (这年头, 三个年头: years), nor 头 or 尾
    // starting a word (头发, 头条, 尾声, 尾款: 岁月尾声 is no month's end).
    if w.end - i == 1, let c = at(i), c == "头" || c == "尾" {
      if c == "头", isAt(i - 1, "年") { return nil }
      if let next = at(w.end), (c == "头" ? Self.afterHead : Self.afterTail).contains(next) || ScalarClass.isASCIIAlphanumeric(next) { return nil }
    }
    return (part, w.end)
  }

  /// A month and what follows it: `12月13日`, `1 月 27 日 08:00`, `3月`, `3月底`, `本月15日`.
  func monthLed(at i: Int, year: YearReference?) -> Point? {
    var month: MonthReference
    var k: Int
    var relative = false
    var narrative = false
    let word = vocabulary.words.longestMatch(in: s, at: i)
    if let w = word, case .month(let offset) = w.value {
      month = .relative(offset)
      k = w.end
      relative = true
    } else if let w = word, case .narrative(.month, let offset) = w.value {
      month = .relative(offset)
      k = w.end
      narrative = true
    } else {
      guard let m = number(i, max: 2) else { return nil }
      let e = skipSpaces(m.end)
      // 3-5月, 2018年2——4月, 三至五月: the first month of a range that writes 月 once.
      if !isAt(e, "月"), monthRangeFollows(from: m.value, at: e), !(at(i - 1).map { ScalarClass.isASCIIDigit($0) || $0 == "." || $0 == "第" } ?? false) {
        return Point(point: DatePoint(year: year, .calendar(month: .absolute(m.value), day: nil)), end: m.end, rule: .month)
      }
      guard isAt(e, "月"), !isAt(e + 1, "份额") else { return nil }
      if let c = at(i), !ScalarClass.isASCIIDigit(c) {
        // A lunar month (正月十五, 八月十五 after 农历) is read by `lunar`; a Chinese month
        // needs a year, a day or a clear end (三月 alone is often a count).
        if m.value > 12 { return nil }
      }
      // 近三月, 近3月: months counted back from the anchor (a duration), not March.
      if isAt(i - 1, "近") { return nil }
      month = .absolute(m.value)
      k = e + 1
      if isAt(k, "份") { k += 1 }
    }
    let afterMonth = k
    let basis: DatePoint.Basis = narrative ? .focus : .anchor
    func rule(_ plain: DateRule, _ relativeRule: DateRule) -> DateRule { narrative ? .narrativeMonth : relative ? relativeRule : plain }
    // 本月第2周, 十月的第一周, 十月第一个星期一, 四月的最后一个星期一.
    if !narrative, let o = ordinalInMonth(at: k) {
      let body: DatePoint.Body = o.weekday.map { .nthWeekday(month: month, nth: o.nth, weekday: $0) } ?? .weekOf(month: month, nth: o.nth)
      return Point(point: DatePoint(year: year, body), end: o.end, rule: o.weekday == nil ? .monthWeek : .monthNthWeekday)
    }
    // 12月下半月; 十二月月底 (the month said twice).
    if let part = yearPart(at: k) ?? dekad(at: k) ?? halfOfMonth(at: k) ?? firstDaysOfMonth(at: k) ?? (isAt(k, "月") ? yearPart(at: k + 1) : nil) {
      return Point(point: DatePoint(year: year, .monthPart(month, part.part), basis: basis), end: part.end, rule: rule(.monthPart, .relativeMonthPart))
    }
    let d0 = skipSpaces(k)
    if let d = number(d0, max: 2) {
      let e = skipSpaces(d.end)
      if isAt(e, "日") || isAt(e, "号") {
        var point = DatePoint(year: year, .calendar(month: month, day: d.value), basis: basis)
        var end = e + 1
        if let t = timeOfDay(at: end) { point.time = t.time; end = t.end }
        return Point(point: point, end: end, rule: rule(.monthDay, .relativeMonthDay))
      }
      // 八月十五, 一月二十三: a Chinese day without 日 at the end of a phrase, or before the end
      // of a range (二月十三到十五).
      if d0 == k, let c = at(d0), !ScalarClass.isASCIIDigit(c),
        !(at(d.end).map { ScalarClass.isHan($0) || ScalarClass.isASCIIAlphanumeric($0) } ?? false) || dayRangeFollows(at: d.end)
      {
        return Point(point: DatePoint(year: year, .calendar(month: month, day: d.value), basis: basis), end: d.end, rule: rule(.monthDay, .relativeMonthDay))
      }
    }
    // A Chinese month alone must not be a name (五月天).
    if let c = at(i), NumeralCharacter.chineseDigit(c) != nil || c == "十", year == nil, isAt(afterMonth, "天") { return nil }
    return Point(point: DatePoint(year: year, .calendar(month: month, day: nil), basis: basis), end: afterMonth, rule: rule(.month, .relativeMonth))
  }

  /// Whether a range word and a later month with 月 follow at `k` (`-5月`, `——4月`, `至五月`);
  /// a winter's months run into the next year (`十二至一月`, `11-2月`: from September or later
  /// to April or earlier).
  func monthRangeFollows(from first: Int, at k: Int) -> Bool {
    guard (1...12).contains(first), let word = rangeWord(at: k), !word.needsBetween else { return false }
    let j = skipSpaces(word.end)
    guard let n = number(j, max: 2), n.value > first || first >= 9 && n.value <= 4, (1...12).contains(n.value) else { return false }
    let e = skipSpaces(n.end)
    return isAt(e, "月") && !isAt(e + 1, "份额")
  }

  /// Whether a range word and a day follow at `k` (`到十五`, `至十五号`; not `到十五家`).
  func dayRangeFollows(at k: Int) -> Bool {
    guard let word = rangeWord(at: k), !word.needsBetween, let n = number(skipSpaces(word.end), max: 2), (1...31).contains(n.value) else { return false }
    return isAt(n.end, "日") || isAt(n.end, "号") || endsElidedEnd(at: n.end)
  }

  func dekad(at i: Int) -> (part: PeriodPart, end: Int)? {
    guard let w = vocabulary.words.longestMatch(in: s, at: i), case .part(let part) = w.value, w.end - i == 2 else { return nil }
    return (part, w.end)
  }

  /// Characters after `12号` that leave it a day (12号前, 12号的, 12号晚上), not a name (3号线).
  static let afterDayNumber = ScalarBitmap("前后起的到至晚早上下当".unicodeScalars)

  /// `13日`, `27号` alone (Arabic digits; a bare Chinese day is too often a count).
  func dayOnly(at i: Int) -> Point? {
    guard let c = at(i), ScalarClass.isASCIIDigit(c), let d = digits(i, max: 2) else { return nil }
    let e = skipSpaces(d.end)
    // 12号 is a day only where no noun follows (3号线, 1号店 are names), or where it goes on a
    // list of days (9月10号，11号，12号都有雨).
    let hao = isAt(e, "号") && (!(at(e + 1).map { ScalarClass.isHan($0) && !Self.afterDayNumber.contains($0) } ?? false) || continuesDayList(before: i))
    guard isAt(e, "日") || hao, !isAt(i - 1, "第") else { return nil }
    if hao, namesNumberedThings(at: i, hao: e) { return nil }
    // 3日内, 7日均线, 7日年化: durations and windows.
    if let next = at(e + 1), next == "内" || next == "均" || next == "年" || next == "线" || (next == "以" || next == "之") && isAt(e + 2, "内") { return nil }
    var point = DatePoint(.calendar(month: nil, day: d.value))
    var end = e + 1
    if let t = timeOfDay(at: end) { point.time = t.time; end = t.end }
    return Point(point: point, end: end, rule: .day)
  }

  /// Characters between the days of a list (9月10号，11号和12号).
  static let dayListLinks = ScalarBitmap("，,、和及与".unicodeScalars)

  /// Whether a list link stands right before `i` and a day (`10号`, `10日`) before it.
  func continuesDayList(before i: Int) -> Bool {
    guard let link = at(i - 1), Self.dayListLinks.contains(link), let unit = at(i - 2), unit == "号" || unit == "日" else { return false }
    return at(i - 3).map(ScalarClass.isASCIIDigit) ?? false
  }

  /// Whether `N号` at `i` (its 号 at `hao`) is one of a list of bare numbers whose last member
  /// names a thing (扩建9号、10号泊位: berths; 1号、2号线): no month heads the list, and a noun
  /// follows its last 号 (9月10号，11号，12号都有雨 is a list of days).
  func namesNumberedThings(at i: Int, hao: Int) -> Bool {
    // Both walks stop after `maxListWalk` members: a text of `1号、` repeated stays linear.
    var head = i
    var members = 0
    while members < Self.maxListWalk, continuesDayList(before: head) {
      members += 1
      var k = head - 3
      while let c = at(k - 1), ScalarClass.isASCIIDigit(c) { k -= 1 }
      head = k
    }
    if isAt(head - 1, "月") { return false }
    var last = hao
    var k = hao + 1
    members = 0
    while members < Self.maxListWalk, let link = at(k), Self.dayListLinks.contains(link), let d = digits(k + 1, max: 2), isAt(d.end, "号") {
      members += 1
      last = d.end
      k = d.end + 1
    }
    guard let next = at(last + 1), ScalarClass.isHan(next) else { return false }
    return !Self.afterDayNumber.contains(next) && !Self.afterDayList.contains(next)
  }

  /// The most members of a list of days walked either way (a month has 31 days).
  static let maxListWalk = 31

  /// Words after the last day of a list that leave it days (12号都有雨, 12号均为工作日).
  static let afterDayList = ScalarBitmap("都也还就才将已均各".unicodeScalars)

  /// `十二日` as the end of a range (`一月十日到十二日`).
  func chineseDay(at i: Int) -> Point? {
    guard let c = at(i), !ScalarClass.isASCIIDigit(c), let d = chinese(i, max: 3), (1...31).contains(d.value), isAt(d.end, "日") || isAt(d.end, "号") else {
      return nil
    }
    return Point(point: DatePoint(.calendar(month: nil, day: d.value)), end: d.end + 1, rule: .day)
  }

  /// `Q4`, `Q3 2025`, `Q1 FY2026` (a quarter named before its year).
  func quarterLetter(at i: Int) -> Point? {
    guard let q = quarter(at: i) else { return nil }
    if let c = at(i), c == "Q" || c == "q" {
      let k = skipSpaces(q.end)
      if let y = digits(k, max: 4), y.end - k == 4, (1000...2999).contains(y.value), !(at(y.end).map(ScalarClass.isASCIIAlphanumeric) ?? false) {
        return Point(point: DatePoint(year: .absolute(y.value), .quarter(q.quarter)), end: y.end, rule: .quarterYear)
      }
      if let y = year(at: k), y.fiscal {
        return Point(point: DatePoint(year: y.year, .quarter(q.quarter)), end: y.end, rule: .quarterFiscalYear, fiscal: true)
      }
    }
    if !q.fiscal, case .absolute(let n) = q.quarter, let part = quarterPart(at: q.end) {
      return Point(point: DatePoint(.calendar(month: .absolute(3 * n - 2 + part.offset), day: nil)), end: part.end, rule: .quarter)
    }
    return Point(point: DatePoint(.quarter(q.quarter)), end: q.end, rule: .quarter, fiscal: q.fiscal)
  }

  /// `末`, `底` right after a quarter (its last month: `一季度末` → March) or `初` (its first);
  /// not `末期`, nor `初一` (a lunar day).
  func quarterPart(at i: Int) -> (offset: Int, end: Int)? {
    guard let c = at(i) else { return nil }
    let next = at(i + 1)
    if c == "末" || c == "底" { return next == "期" ? nil : (2, i + 1) }
    if c == "初", !(next.map { NumeralCharacter.chineseDigit($0) != nil || $0 == "十" } ?? false) { return (0, i + 1) }
    return nil
  }

  /// `农历正月十五`, `农历2015年十月初一`, `正月初一`, `腊月二十三`, `大年初三`, `闰四月初五`,
  /// `农历8月23号`; without a day the whole month: `农历十月`, `闰四月`, `腊月`.
  func lunar(at i: Int, year: YearReference?) -> Point? {
    var k = i
    var marked = false
    if isAt(k, "农历") || isAt(k, "阴历") {
      k += 2
      marked = true
    }
    var y = year
    if marked, year == nil, let ym = self.year(at: k), ym.suffixedByYear, !ym.fiscal, !ym.needsPeriod {
      y = ym.year
      k = ym.end
    }
    if isAt(k, "大年初") || isAt(k, "大年") && isAt(k + 2, "初") {
      guard let d = chinese(k + 3, max: 2), (1...10).contains(d.value) else { return nil }
      return Point(point: DatePoint(year: y, .lunar(month: 1, day: d.value, leap: false)), end: d.end, rule: .lunar)
    }
    var leap = false
    if isAt(k, "闰") { leap = true; k += 1 }
    var month: Int
    var strongMonth = false
    if let named = vocabulary.lunarMonths.longestMatch(in: s, at: k) {
      month = named.value
      k = named.end
      strongMonth = true
    } else {
      // 农历十月, 农历8月 (digits only after 农历 or 闰).
      guard let m = chinese(k, max: 2) ?? ((marked || leap) ? digits(k, max: 2) : nil), (1...12).contains(m.value), isAt(m.end, "月") else { return nil }
      month = m.value
      k = m.end + 1
    }
    var day: Int?
    var chu = false
    if isAt(k, "初"), let d = chinese(k + 1, max: 2), (1...10).contains(d.value) {
      day = d.value
      k = d.end
      chu = true
    } else if (marked || strongMonth || leap), let d = chinese(k, max: 3) ?? (marked || leap ? digits(k, max: 2) : nil), (1...30).contains(d.value) {
      day = d.value
      k = d.end
      // 农历8月23号, 农历八月十五日.
      if isAt(k, "日") || isAt(k, "号") { k += 1 }
    } else if !(marked || strongMonth || leap) {
      return nil
    }
    guard marked || strongMonth || leap || chu else { return nil }
    // 农历十月, 闰四月, 腊月, 腊月份: the whole month.
    if day == nil, isAt(k, "份") { k += 1 }
    var point = DatePoint(year: y, .lunar(month: month, day: day, leap: leap))
    if let t = timeOfDay(at: k) { point.time = t.time; k = t.end }
    return Point(point: point, end: k, rule: .lunar)
  }
}
